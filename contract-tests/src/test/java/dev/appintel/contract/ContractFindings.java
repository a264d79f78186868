package dev.appintel.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What replaying a baseline pact against the current mock found: the pact, how many interactions
 * were replayed, and one finding per mismatch. Written as JSON for the build's verify goal, which
 * decides from it whether the change breaks a client of the baseline.
 *
 * @param baselinePact the pact file replayed
 * @param interactions how many interactions it holds (all are replayed)
 * @param findings     every mismatch; empty when the current mock satisfies the baseline's client
 */
record ContractFindings(String baselinePact, int interactions, List<Finding> findings) {

    /**
     * One mismatch of one interaction.
     *
     * @param operationId the operation the interaction calls
     * @param interaction the interaction's description
     * @param request     {@code GET} and the request's path, without the query
     * @param field       the JSON path the mismatch names, or {@code ""} (a status or header mismatch)
     * @param problem     Pact's text for the mismatch, on one line
     */
    record Finding(String operationId, String interaction, String request, String field, String problem) {
    }

    /** Writes the findings to {@code file}, its folders created as needed. */
    void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the contract findings to " + file, e);
        }
    }
}
