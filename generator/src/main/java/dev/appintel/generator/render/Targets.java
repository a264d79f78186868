package dev.appintel.generator.render;

import dev.appintel.generator.render.feign.FeignClientTarget;
import dev.appintel.generator.render.mock.MockServerTarget;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The targets this generator knows, by the name used on the command line and in the plugin. */
public final class Targets {

    private static final Map<String, Supplier<Target>> BY_NAME = new TreeMap<>(Map.of(
            FeignClientTarget.NAME, FeignClientTarget::new,
            MockServerTarget.NAME, MockServerTarget::new));

    private Targets() {
    }

    /** The target called {@code name}, if there is one. */
    public static Optional<Target> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name)).map(Supplier::get);
    }

    /** The known target names, sorted. */
    public static Iterable<String> names() {
        return BY_NAME.keySet();
    }
}
