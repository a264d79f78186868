package dev.appintel.generator;

/**
 * What a generator run did.
 *
 * @param operations the API's operations
 * @param models     the named model types
 * @param written    files created or changed
 * @param unchanged  files already up to date, left untouched
 * @param removed    files of the previous run no longer produced, deleted
 * @param millis     wall-clock duration of the run
 */
public record GenerationResult(int operations, int models, int written, int unchanged, int removed, long millis) {

    /** The files the output holds now. */
    public int files() {
        return written + unchanged;
    }

    /**
     * One line for the console, e.g. {@code appintel: 30 operations, 92 models -> 130 files
     * (12 written, 118 unchanged, 0 removed) in 420 ms}.
     */
    public String summary() {
        return "appintel: " + count(operations, "operation") + ", " + count(models, "model") + " -> "
                + count(files(), "file") + " (" + written + " written, " + unchanged + " unchanged, " + removed
                + " removed) in " + millis + " ms";
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
