package dev.appintel.generator.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.generator.render.GeneratedFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer killed at every checkpoint of a switch from one generation to the next (a process of
 * its own, halted there as {@code kill -9} would stop it): what the next run starts from is the
 * complete previous generation when the kill came before the switch was committed, the complete
 * new one after, never a mix; and the next run then leaves exactly what a clean run leaves.
 */
class KilledSwitchTest {

    /** The previous generation: one file changes, one goes, one stays, a directory empties. */
    private static final Map<String, String> PREVIOUS = Map.of(
            "a/One.java", "one\n", "a/Two.java", "two\n", "b/Gone.java", "gone\n", "c/Same.java", "same\n");
    /** The new generation: one file changed, two new, one in a new nested directory. */
    private static final Map<String, String> NEXT = Map.of(
            "a/One.java", "one, changed\n", "a/Two.java", "two\n", "c/Same.java", "same\n",
            "d/New.java", "new\n", "d/e/Deep.java", "deep\n");

    @TempDir
    Path dir;

    /** The child process: writes the generation named by {@code args[1]} into {@code args[0]}. */
    public static void main(String[] args) {
        new OutputWriter().write(Path.of(args[0]), files(args[1].equals("next") ? NEXT : PREVIOUS));
    }

    @Test
    void aKillAtAnyCheckpointLeavesThePreviousOrTheNewGenerationAndTheNextRunACleanOne() throws Exception {
        Map<String, String> cleanPrevious = clean("clean-previous", PREVIOUS);
        Map<String, String> cleanNext = clean("clean-next", NEXT);
        List<String> checkpoints = checkpoints();
        int committed = checkpoints.indexOf("journal committed") + 1;
        assertThat(committed).as("checkpoints: %s", checkpoints).isPositive();
        assertThat(checkpoints).as("a checkpoint after each file moved").filteredOn(name -> name.startsWith("moved "))
                .hasSize(3);

        for (int k = 1; k <= checkpoints.size(); k++) {
            Path out = dir.resolve("killed-at-" + k);
            new OutputWriter().write(out, files(PREVIOUS));

            Process child = child(out, Map.of(Checkpoints.HALT_AT, Integer.toString(k)));
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("halted at checkpoint %d, %s", k, checkpoints.get(k - 1))
                    .isEqualTo(Checkpoints.HALTED);

            OutputWriter.recover(out);
            assertThat(contents(out)).as("after a kill at checkpoint %d (%s), what the next run starts from", k,
                    checkpoints.get(k - 1)).isEqualTo(k < committed ? cleanPrevious : cleanNext);

            new OutputWriter().write(out, files(NEXT));
            assertThat(contents(out)).as("the next run after a kill at checkpoint %d", k).isEqualTo(cleanNext);
        }
    }

    /** The checkpoints of one switch, by name, as a traced child run reaches them. */
    private List<String> checkpoints() throws Exception {
        Path out = dir.resolve("traced");
        new OutputWriter().write(out, files(PREVIOUS));
        Process child = child(out, Map.of(Checkpoints.TRACE, "true"));
        String trace = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(trace).isZero();
        List<String> names = new ArrayList<>();
        trace.lines().filter(line -> line.startsWith("checkpoint ")).forEach(line ->
                names.add(line.substring(line.indexOf(": ") + 2)));
        return names;
    }

    private Map<String, String> clean(String name, Map<String, String> generation) throws IOException {
        Path out = dir.resolve(name);
        new OutputWriter().write(out, files(generation));
        return contents(out);
    }

    private static Process child(Path out, Map<String, String> properties) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of(KilledSwitchTest.class.getName(), out.toString(), "next"));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<GeneratedFile> files(Map<String, String> generation) {
        return new TreeMap<>(generation).entrySet().stream()
                .map(file -> new GeneratedFile(file.getKey(), file.getValue())).toList();
    }

    /** Every file and directory under {@code root}, with each file's text; nothing else. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(path -> !path.equals(root)).toList()) {
                String relative = root.relativize(path).toString().replace(File.separatorChar, '/');
                contents.put(relative, Files.isDirectory(path) ? "(directory)" : Files.readString(path));
            }
        }
        return contents;
    }
}
