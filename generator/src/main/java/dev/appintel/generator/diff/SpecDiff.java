package dev.appintel.generator.diff;

import dev.appintel.generator.load.LoadedSpec;
import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.load.SpecLoader;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.ModelBuilder;
import java.util.List;

/**
 * Compares a baseline spec with the current one: both go through the generator's load and model
 * stages, so a change is judged on what the generated client and mock actually see. The report
 * also lists what the changes do to the generated Feign client's Java API ({@link ClientApiDiff}).
 */
public final class SpecDiff {

    /**
     * Compares two specs given as bytes.
     *
     * @param baselineName how reports name the baseline, e.g. its file or its Maven coordinates
     * @throws SpecException when either spec cannot be read or modelled, with every located problem
     */
    public ChangeReport compare(String baselineName, byte[] baseline, String currentName, byte[] current) {
        SpecLoader loader = new SpecLoader();
        LoadedSpec oldSpec = loader.load(baselineName, baseline);
        LoadedSpec newSpec = loader.load(currentName, current);
        ApiModel oldModel = new ModelBuilder().build(oldSpec);
        ApiModel newModel = new ModelBuilder().build(newSpec);
        List<Change> located = ModelComparator.compare(oldModel, newModel).stream()
                .map(change -> change.at((change.side() == Change.Side.BASELINE ? oldSpec : newSpec)
                        .positions().locate(change.location().pointer())))
                .toList();
        return new ChangeReport(identity(baselineName, oldModel), identity(currentName, newModel), located,
                ClientApiDiff.compare(oldModel, newModel));
    }

    private static SpecIdentity identity(String file, ApiModel model) {
        return new SpecIdentity(file, model.title(), model.version(), model.specSha256());
    }
}
