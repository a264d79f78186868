package dev.appintel.generator.write;

/**
 * Named moments of a switch, for the test that kills the writer at each of them: with the system
 * property {@value #HALT_AT} set to {@code k}, the process halts at once (as {@code kill -9}
 * would stop it) when it reaches its k-th checkpoint; with {@value #TRACE} set, each checkpoint is
 * printed to standard error. Neither is set in normal use, where a checkpoint costs one read.
 */
final class Checkpoints {

    /** The system property naming the checkpoint, counted from 1, at which to halt. */
    static final String HALT_AT = "appintel.write.haltAt";
    /** The system property that prints every checkpoint reached. */
    static final String TRACE = "appintel.write.trace";
    /** The exit status of a halt at a checkpoint. */
    static final int HALTED = 86;

    private static final int HALT = Integer.getInteger(HALT_AT, 0);
    private static final boolean TRACING = Boolean.getBoolean(TRACE);
    private static int reached;

    private Checkpoints() {
    }

    static synchronized void reach(String name) {
        if (HALT == 0 && !TRACING) {
            return;
        }
        reached++;
        if (TRACING) {
            System.err.println("checkpoint " + reached + ": " + name);
        }
        if (reached == HALT) {
            Runtime.getRuntime().halt(HALTED);
        }
    }
}
