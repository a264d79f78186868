package dev.appintel.generator.diff;

import java.util.List;
import java.util.Objects;

/**
 * Every change from a baseline spec to the current one, most severe first, each located in the
 * spec it belongs to, what they do to the generated client's Java API, and the interactions of the
 * baseline's pact that the new mock breaks (known only once the contract tests have run).
 *
 * @param clientApi         the changes to the Java API of the {@code feign-client} target's client,
 *                          in {@link ApiChange#ORDER}
 * @param contractFindings  the baseline pact's interactions the new mock breaks, each breaking
 */
public record ChangeReport(SpecIdentity baseline, SpecIdentity current, List<Change> changes,
        List<ApiChange> clientApi, List<ContractFinding> contractFindings) {

    public ChangeReport {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(current, "current");
        changes = List.copyOf(changes);
        clientApi = List.copyOf(clientApi);
        contractFindings = List.copyOf(contractFindings);
    }

    /** A report of the specs alone, before any contract test has run. */
    public ChangeReport(SpecIdentity baseline, SpecIdentity current, List<Change> changes, List<ApiChange> clientApi) {
        this(baseline, current, changes, clientApi, List.of());
    }

    /** This report with the contract tests' findings. */
    public ChangeReport withContractFindings(List<ContractFinding> findings) {
        return new ChangeReport(baseline, current, changes, clientApi, findings);
    }

    /** How many changes have this class. */
    public long count(Impact impact) {
        return changes.stream().filter(change -> change.impact() == impact).count();
    }

    /** The changes that break clients or mock users. */
    public List<Change> breakingChanges() {
        return changes.stream().filter(change -> change.impact().breaking()).toList();
    }

    /** Whether any change breaks clients or mock users, or the new mock breaks a baseline interaction. */
    public boolean hasBreakingChanges() {
        return !breakingChanges().isEmpty() || !contractFindings.isEmpty();
    }

    /** The file a change's location is in. */
    public String fileOf(Change change) {
        return change.side() == Change.Side.BASELINE ? baseline.file() : current.file();
    }

    /** Where a change is, e.g. {@code app-intelligence.yaml:120:11}, or its pointer when its line is unknown. */
    public String whereIs(Change change) {
        var location = change.location();
        return location.line() == 0 ? fileOf(change) + " " + location.pointer()
                : fileOf(change) + ":" + location.line() + ":" + location.column();
    }

    /**
     * E.g. {@code 2 breaking for clients, 0 breaking for mock users, 5 safe}; changes that break
     * only strict clients are counted when there are any.
     */
    public String summary() {
        long strict = count(Impact.BREAKS_STRICT_CLIENTS);
        return count(Impact.BREAKS_CLIENTS) + " " + Impact.BREAKS_CLIENTS.label() + ", "
                + count(Impact.BREAKS_MOCK_USERS) + " " + Impact.BREAKS_MOCK_USERS.label() + ", "
                + (strict == 0 ? "" : strict + " " + Impact.BREAKS_STRICT_CLIENTS.label() + ", ")
                + count(Impact.SAFE) + " " + Impact.SAFE.label()
                + (contractFindings.isEmpty() ? "" : "; " + contractFindings.size() + " baseline pact interaction"
                        + (contractFindings.size() == 1 ? "" : "s") + " broken by the new mock");
    }

    /** The changes that break only clients which reject unknown values. */
    public List<Change> strictClientChanges() {
        return changes.stream().filter(change -> change.impact() == Impact.BREAKS_STRICT_CLIENTS).toList();
    }
}
