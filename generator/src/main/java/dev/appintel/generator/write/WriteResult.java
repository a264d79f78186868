package dev.appintel.generator.write;

/**
 * What a write changed.
 *
 * @param written   files created or replaced because their content changed
 * @param unchanged files already on disk with the same content, left untouched
 * @param removed   files of the previous run that this run no longer produces, deleted
 */
public record WriteResult(int written, int unchanged, int removed) {

    public WriteResult {
        if (written < 0 || unchanged < 0 || removed < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got " + written + "/" + unchanged + "/" + removed);
        }
    }

    /** The number of files the output holds now: written plus unchanged. */
    public int files() {
        return written + unchanged;
    }
}
