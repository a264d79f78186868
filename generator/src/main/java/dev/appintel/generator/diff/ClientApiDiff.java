package dev.appintel.generator.diff;

import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.render.feign.ClientApi;
import dev.appintel.generator.render.feign.ClientApi.Member;
import dev.appintel.generator.render.feign.ClientApi.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lists what a spec change does to the Java API of the client the {@code feign-client} target
 * generates: types added, removed or of another kind, and their members (API methods, record
 * components, enum constants, permitted records) added, removed or with another signature. A
 * type added or removed is one change; its members are not listed again.
 */
public final class ClientApiDiff {

    private ClientApiDiff() {
    }

    /** The changes from the client generated for {@code baseline} to the one for {@code current}, in {@link ApiChange#ORDER}. */
    public static List<ApiChange> compare(ApiModel baseline, ApiModel current) {
        return compare(ClientApi.of(baseline), ClientApi.of(current));
    }

    /** The changes from one client API to another, in {@link ApiChange#ORDER}. */
    public static List<ApiChange> compare(ClientApi baseline, ClientApi current) {
        Map<String, Type> before = byPackageAndName(baseline);
        Map<String, Type> after = byPackageAndName(current);
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<ApiChange> changes = new ArrayList<>();
        for (String key : keys) {
            Type old = before.get(key);
            Type now = after.get(key);
            if (old == null) {
                changes.add(new ApiChange(ApiChangeKind.TYPE_ADDED, now.name(), now.kind().label()));
            } else if (now == null) {
                changes.add(new ApiChange(ApiChangeKind.TYPE_REMOVED, old.name(), old.kind().label()));
            } else if (old.kind() != now.kind()) {
                // Members of another kind of type do not compare; the new kind says enough.
                changes.add(new ApiChange(ApiChangeKind.TYPE_KIND_CHANGED, now.name(),
                        old.kind().label() + " → " + now.kind().label()));
            } else {
                members(old, now, changes);
            }
        }
        changes.sort(ApiChange.ORDER);
        return List.copyOf(changes);
    }

    private static void members(Type old, Type now, List<ApiChange> changes) {
        Map<String, Member> before = byKindAndKey(old);
        Map<String, Member> after = byKindAndKey(now);
        for (Map.Entry<String, Member> entry : before.entrySet()) {
            Member was = entry.getValue();
            Member is = after.get(entry.getKey());
            String element = old.name() + "." + was.key();
            if (is == null) {
                changes.add(new ApiChange(ApiChangeKind.removed(was.kind()), element, was.signature()));
            } else if (!is.signature().equals(was.signature())) {
                changes.add(new ApiChange(ApiChangeKind.changed(was.kind()), element,
                        was.signature() + " → " + is.signature()));
            }
        }
        for (Map.Entry<String, Member> entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                Member is = entry.getValue();
                changes.add(new ApiChange(ApiChangeKind.added(is.kind()), now.name() + "." + is.key(), is.signature()));
            }
        }
    }

    /** A model and an api type may share a simple name, so the package is part of the key. */
    private static Map<String, Type> byPackageAndName(ClientApi api) {
        Map<String, Type> types = new LinkedHashMap<>();
        for (Type type : api.types()) {
            types.put(type.kind().subpackage() + "." + type.name(), type);
        }
        return types;
    }

    private static Map<String, Member> byKindAndKey(Type type) {
        Map<String, Member> members = new LinkedHashMap<>();
        for (Member member : type.members()) {
            members.put(member.kind() + " " + member.key(), member);
        }
        return members;
    }
}
