package dev.appintel.generator.probe;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The result of a probe: every call made and every finding, sorted by {@link Finding#ORDER}.
 * Nothing in it holds the token.
 *
 * @param baseUrl    the service probed
 * @param spec       the spec's file name
 * @param specSha256 hex SHA-256 of the spec's bytes
 * @param today      the day the request dates were derived from
 * @param operations how many operations the spec has
 * @param calls      in the order made
 * @param findings   sorted
 */
public record ProbeReport(String baseUrl, String spec, String specSha256, LocalDate today, int operations,
        List<ProbeCall> calls, List<Finding> findings) {

    public ProbeReport {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(specSha256, "specSha256");
        Objects.requireNonNull(today, "today");
        calls = List.copyOf(calls);
        findings = findings.stream().sorted(Finding.ORDER).toList();
    }

    /** Whether any finding is drift (not a note). */
    public boolean hasDrift() {
        return drift() > 0;
    }

    /** How many findings are drift. */
    public long drift() {
        return findings.stream().filter(finding -> finding.severity() == Finding.Severity.DRIFT).count();
    }

    /** How many findings are notes on provisional shapes. */
    public long notes() {
        return findings.size() - drift();
    }

    /** How many operations answered at least one call with a 2xx status. */
    public long operationsChecked() {
        return calls.stream().filter(ProbeCall::succeeded).map(ProbeCall::operationId).distinct().count();
    }

    /** How many calls are of {@code result}. */
    public long calls(ProbeCall.Result result) {
        return calls.stream().filter(call -> call.result() == result).count();
    }
}
