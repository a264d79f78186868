package dev.appintel.generator.probe;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a probe needs. {@link #toString()} masks the token.
 *
 * @param baseUrl         the service, e.g. {@code https://api.example.com} or {@code http://127.0.0.1:4010}
 * @param token           the API key's value
 * @param spec            the spec file; empty for the bundled spec
 * @param outputDirectory where {@code probe-report.md} and {@code probe-report.json} go
 * @param pacing          timeouts, budget, pause and retries
 * @param today           the day request dates are derived from
 */
public record ProbeConfig(URI baseUrl, String token, Optional<Path> spec, Path outputDirectory, Pacing pacing,
        LocalDate today) {

    /** The default report directory, relative to the working directory. */
    public static final Path DEFAULT_OUTPUT = Path.of("target", "appintel");

    public ProbeConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(pacing, "pacing");
        Objects.requireNonNull(today, "today");
        String scheme = baseUrl.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the base URL must be an absolute http or https URL, got "
                    + new Redactor(token).redact(baseUrl.toString()));
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("the base URL must have no query or fragment, got "
                    + new Redactor(token).redact(baseUrl.toString()));
        }
    }

    /** A probe of {@code baseUrl} with the bundled spec, the default report directory and pacing, dated today. */
    public static ProbeConfig of(URI baseUrl, String token) {
        return new ProbeConfig(baseUrl, token, Optional.empty(), DEFAULT_OUTPUT, Pacing.DEFAULT, LocalDate.now());
    }

    /** This configuration with another spec file. */
    public ProbeConfig withSpec(Path file) {
        return new ProbeConfig(baseUrl, token, Optional.of(file), outputDirectory, pacing, today);
    }

    /** This configuration with another report directory. */
    public ProbeConfig withOutputDirectory(Path directory) {
        return new ProbeConfig(baseUrl, token, spec, directory, pacing, today);
    }

    /** This configuration with another pacing. */
    public ProbeConfig withPacing(Pacing value) {
        return new ProbeConfig(baseUrl, token, spec, outputDirectory, value, today);
    }

    /** This configuration dated {@code day}. */
    public ProbeConfig withToday(LocalDate day) {
        return new ProbeConfig(baseUrl, token, spec, outputDirectory, pacing, day);
    }

    @Override
    public String toString() {
        return "ProbeConfig[baseUrl=" + baseUrl + ", token=" + Redactor.MASK + ", spec=" + spec + ", outputDirectory="
                + outputDirectory + ", pacing=" + pacing + ", today=" + today + "]";
    }
}
