package dev.appintel.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines read from a real git repository made for each test. */
class GitBaselineTest {

    @TempDir
    Path repository;

    private Path spec;

    @BeforeEach
    void repositoryWithTheSpecOnMain() throws Exception {
        git("init", "-q", "-b", "main");
        spec = repository.resolve("spec/api.yaml");
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, "version: one\n");
        git("add", ".");
        git("commit", "-q", "-m", "one");
    }

    @Test
    void onTheDefaultBranchTheMergeBaseIsHeadSoUncommittedEditsAreCompared() throws Exception {
        Files.writeString(spec, "version: edited\n");

        GitBaseline.Resolution resolution = new GitBaseline(spec).resolve(GitBaseline.MERGE_BASE);

        assertThat(content(resolution)).isEqualTo("version: one\n");
        assertThat(resolution.baseline().orElseThrow().name()).startsWith("api.yaml at the merge-base ");
    }

    @Test
    void onABranchTheMergeBaseIsWhereItLeftMainNotItsOwnCommits() throws Exception {
        git("checkout", "-q", "-b", "feature");
        Files.writeString(spec, "version: two\n");
        git("commit", "-q", "-am", "two");
        git("checkout", "-q", "main");
        Files.writeString(repository.resolve("other.txt"), "x");
        git("add", ".");
        git("commit", "-q", "-m", "main moves on");
        git("checkout", "-q", "feature");

        assertThat(content(new GitBaseline(spec).resolve(GitBaseline.MERGE_BASE))).isEqualTo("version: one\n");
    }

    @Test
    void theLastTagOrAnyRevisionCanBeTheBaseline() throws Exception {
        git("tag", "v1.0.0");
        Files.writeString(spec, "version: two\n");
        git("commit", "-q", "-am", "two");

        assertThat(content(new GitBaseline(spec).resolve(GitBaseline.LAST_TAG))).isEqualTo("version: one\n");
        assertThat(content(new GitBaseline(spec).resolve("HEAD"))).isEqualTo("version: two\n");
    }

    @Test
    void withoutABaselineTheResolutionSaysWhy() throws Exception {
        assertThat(new GitBaseline(spec).resolve(GitBaseline.LAST_TAG).explanation())
                .isEqualTo("no v* tag is reachable from HEAD");
        assertThat(new GitBaseline(spec).resolve("no-such-branch").explanation())
                .isEqualTo("no git revision no-such-branch");

        Path added = Files.writeString(repository.resolve("spec/new.yaml"), "new: true\n");
        GitBaseline.Resolution resolution = new GitBaseline(added).resolve(GitBaseline.MERGE_BASE);
        assertThat(resolution.baseline()).isEmpty();
        assertThat(resolution.explanation()).startsWith("spec/new.yaml does not exist at the merge-base ");
    }

    @Test
    void outsideAWorkTreeThereIsNoBaseline(@TempDir Path elsewhere) throws IOException {
        Path lonely = Files.writeString(elsewhere.resolve("api.yaml"), "x: 1\n");

        GitBaseline.Resolution resolution = new GitBaseline(lonely).resolve(GitBaseline.MERGE_BASE);

        assertThat(resolution.baseline()).isEmpty();
        assertThat(resolution.explanation()).startsWith("the spec is not in a git work tree");
    }

    private static String content(GitBaseline.Resolution resolution) {
        assertThat(resolution.baseline()).as(resolution.explanation()).isPresent();
        return new String(resolution.baseline().orElseThrow().content(), StandardCharsets.UTF_8);
    }

    private void git(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=test", "-c", "user.email=test@example.com",
                "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("git %s: %s", String.join(" ", arguments), output).isZero();
    }
}
