package dev.appintel.generator.probe;

import dev.appintel.generator.model.Operation;
import java.util.Objects;
import java.util.Optional;

/**
 * One call the probe makes: an operation, for one value of its platform path parameter
 * ({@code os}) when it has one.
 */
record ProbeTarget(Operation operation, Optional<String> platform) {

    ProbeTarget {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(platform, "platform");
    }

    /** Whether the operation lists cohorts that other operations take ({@code .../cohorts}). */
    boolean listsCohorts() {
        return operation.path().endsWith(RequestPlanner.COHORTS);
    }

    /** {@code getApps (ios)}, or the operationId alone. */
    String describe() {
        return operation.operationId() + platform.map(value -> " (" + value + ")").orElse("");
    }
}
