/**
 * The live drift probe: calls every operation of the spec once against a running service, with
 * safe parameters derived from the spec, and reports where the answers differ from the spec.
 *
 * <p>{@link dev.appintel.generator.probe.Probe} is the entry point shared by the command line
 * ({@code appintel probe}) and the Maven goal ({@code appintel:probe}). The stages are small and
 * separate: {@link dev.appintel.generator.probe.RequestPlanner} derives the requests,
 * {@link dev.appintel.generator.probe.Transport} sends them,
 * {@link dev.appintel.generator.probe.ResponseValidator} checks the answers against the spec as
 * written, and the report classes render the result. The token never leaves the transport
 * unredacted: every text that reaches a report passes through
 * {@link dev.appintel.generator.probe.Redactor}.
 */
package dev.appintel.generator.probe;
