package dev.appintel.generator.load;

import dev.appintel.generator.model.SourceLocation;

/**
 * Source positions read on first use. A spec without problems never needs a line number, and
 * reading them means a second pass over the whole text, so the loader asks only when it has a
 * problem to locate.
 */
final class LazyPositions implements SourcePositions {

    private final String text;
    private YamlPositions positions;

    LazyPositions(String text) {
        this.text = text;
    }

    /** The positions, read now if they have not been yet. */
    YamlPositions get() {
        if (positions == null) {
            positions = YamlPositions.read(text);
        }
        return positions;
    }

    @Override
    public SourceLocation locate(String pointer) {
        return get().locate(pointer);
    }
}
