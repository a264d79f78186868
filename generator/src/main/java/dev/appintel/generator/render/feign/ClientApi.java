package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.ApiModel;
import java.util.List;
import java.util.Objects;

/**
 * The public Java API of the client that {@link FeignClientTarget} generates for a model: its
 * types and their members, named as the generated code names them. It is computed from the model
 * with the target's own naming and type rendering, so two specs' clients can be compared without
 * rendering or reading generated text.
 *
 * @param types every generated type of the {@code model} and {@code api} packages, sorted by
 *              package, then name
 */
public record ClientApi(List<Type> types) {

    public ClientApi {
        types = List.copyOf(types);
    }

    /** The Java API of the client generated for {@code model}. */
    public static ClientApi of(ApiModel model) {
        return new ClientApiReader(model).read();
    }

    /** What a generated type is, and the package (under the base package) it is in. */
    public enum TypeKind {
        RECORD("record", "model"),
        ENUM("enum", "model"),
        VALUE_CLASS("value class", "model"),
        SEALED_INTERFACE("sealed interface", "model"),
        FEIGN_INTERFACE("Feign interface", "api"),
        REQUEST_RECORD("request record", "api"),
        ACCESSOR_INTERFACE("accessor interface", "api");

        private final String label;
        private final String subpackage;

        TypeKind(String label, String subpackage) {
            this.label = label;
            this.subpackage = subpackage;
        }

        /** How reports name the kind, e.g. {@code record}. */
        public String label() {
            return label;
        }

        /** The package under the base package, e.g. {@code model}. */
        public String subpackage() {
            return subpackage;
        }
    }

    /** What a member of a generated type is. */
    public enum MemberKind {
        /** A record component. */
        COMPONENT,
        /** A public method whose existence or signature depends on the spec. */
        METHOD,
        /** An enum constant. */
        CONSTANT,
        /** A record a sealed interface permits. */
        ALTERNATIVE
    }

    /**
     * One generated type.
     *
     * @param kind    what it is
     * @param name    its simple name, e.g. {@code App}
     * @param members its members in declaration order
     */
    public record Type(TypeKind kind, String name, List<Member> members) {

        public Type {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            members = List.copyOf(members);
        }
    }

    /**
     * One member of a generated type. Types are written by their simple names, e.g.
     * {@code List<App>}.
     *
     * @param kind      what it is
     * @param key       what identifies it within its type and kind: a component's or constant's
     *                  name, a method's name, followed by its parameter types when the name is
     *                  overloaded, e.g. {@code getSales(GetSalesRequest)}
     * @param signature what callers depend on: a component's type, a method's declaration (e.g.
     *                  {@code AppList getApps(String os, List<String> appIds)}), a constant's wire
     *                  value as a Java literal, an alternative's name
     */
    public record Member(MemberKind kind, String key, String signature) {

        public Member {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(signature, "signature");
        }
    }
}
