package dev.appintel.generator.load;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The YAML reader's size limit, set from the text to read: SnakeYAML refuses documents over about
 * 3 MiB of code points by default, which large specs (GitHub's, Kubernetes') exceed. A spec is a
 * file the user chose, so the whole of it is read; no text has more code points than characters.
 */
final class YamlLimits {

    /** SnakeYAML's own default limit, under which nothing changes. */
    static final int DEFAULT_CODE_POINTS = new LoaderOptions().getCodePointLimit();

    private YamlLimits() {
    }

    /**
     * Loader options that accept all of {@code text}, with any number of aliases: neither of the
     * loader's readers expands them without a bound ({@link YamlPositions} enters an aliased node
     * once, {@link YamlTree} counts the nodes it makes).
     */
    static LoaderOptions forText(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(DEFAULT_CODE_POINTS, text.length() + 1));
        options.setMaxAliasesForCollections(Integer.MAX_VALUE);
        return options;
    }

    /** A SnakeYAML reader that accepts all of {@code text}. */
    static Yaml yaml(String text) {
        return new Yaml(forText(text));
    }
}
