package dev.appintel.generator.model;

import java.util.Objects;

/**
 * One enum value: as written in the spec (and on the wire), and as a Java constant name.
 * For example {@code 9:16} becomes {@code V_9_16} and {@code video-rewarded} becomes
 * {@code VIDEO_REWARDED}.
 */
public record EnumConstant(String value, String javaName) {

    public EnumConstant {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(javaName, "javaName");
    }
}
