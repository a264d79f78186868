package dev.appintel.generator.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The write-ahead record of one switch from the previous generation to the new one, kept in the
 * output directory as {@value #FILE_NAME} while the switch runs. Once every new file is staged,
 * the plan is written beside it and renamed into place in one step: before that rename the
 * previous generation stands and the staged files are debris; after it the new generation is
 * decided, and whoever finds the journal (this run, or the next one after a kill) completes it.
 * Every step of the plan can be done again, so completing it twice does no harm.
 *
 * <p>One line per step, tab-separated: {@code move STAGED TARGET}, {@code delete TARGET}, and
 * {@code keep TARGET} for each path of the new manifest.
 */
final class Journal {

    static final String FILE_NAME = ".appintel-journal";

    /**
     * One switch.
     *
     * @param moves     each target path, relative to the output directory, with its staged file,
     *                  relative to the output directory too
     * @param deletions the files of the previous generation that the new one no longer has
     * @param manifest  every file of the new generation
     */
    record Plan(SortedMap<String, String> moves, SortedSet<String> deletions, SortedSet<String> manifest) {
    }

    private Journal() {
    }

    /** Writes the plan and renames it into place: the moment the new generation is decided. */
    static void commit(Path root, Plan plan) throws IOException {
        StringBuilder text = new StringBuilder();
        plan.moves().forEach((target, staged) -> text.append("move\t").append(staged).append('\t').append(target).append('\n'));
        plan.deletions().forEach(target -> text.append("delete\t").append(target).append('\n'));
        plan.manifest().forEach(target -> text.append("keep\t").append(target).append('\n'));
        Path partial = root.resolve(FILE_NAME + ".partial");
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Checkpoints.reach("journal written");
        Moves.replace(partial, root.resolve(FILE_NAME));
        Checkpoints.reach("journal committed");
    }

    /** The committed plan in {@code root}, if a switch is under way (or was cut short). */
    static Optional<Plan> read(Path root) throws IOException {
        Path file = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        SortedMap<String, String> moves = new TreeMap<>();
        SortedSet<String> deletions = new TreeSet<>();
        SortedSet<String> manifest = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", -1);
            boolean known = switch (cells[0]) {
                case "move" -> cells.length == 3 && inside(root, cells[1], cells[2]) && moves.put(cells[2], cells[1]) == null;
                case "delete" -> cells.length == 2 && inside(root, cells[1]) && deletions.add(cells[1]);
                case "keep" -> cells.length == 2 && inside(root, cells[1]) && manifest.add(cells[1]);
                default -> line.isEmpty();
            };
            if (!known) {
                throw new WriteException("the switch journal " + file + " is damaged at the line: " + line
                        + " (delete it, and the output directory, to start afresh)");
            }
        }
        return Optional.of(new Plan(moves, deletions, manifest));
    }

    /**
     * Completes a committed switch: moves each staged file that is still there into place,
     * deletes the files of the previous generation, writes the new manifest and drops the journal.
     *
     * @return how many files of the previous generation were deleted
     */
    static int complete(Path root, Plan plan) throws IOException {
        for (Map.Entry<String, String> move : plan.moves().entrySet()) {
            Path staged = root.resolve(move.getValue());
            if (Files.isRegularFile(staged)) {
                Path target = root.resolve(move.getKey());
                try {
                    Files.createDirectories(target.getParent());
                    Moves.replace(staged, target);
                } catch (IOException e) {
                    throw new WriteException("cannot move " + move.getKey() + " into place (the next run completes "
                            + "the switch): " + e, e);
                }
                Checkpoints.reach("moved " + move.getKey());
            }
        }
        int removed = Removal.removeAll(root, plan.deletions());
        Checkpoints.reach("deleted the previous generation's files");
        Manifest.write(root, plan.manifest());
        Checkpoints.reach("manifest written");
        Files.deleteIfExists(root.resolve(FILE_NAME));
        Checkpoints.reach("journal removed");
        return removed;
    }

    /** Removes a plan that was written but never committed. */
    static void discardPartial(Path root) throws IOException {
        Files.deleteIfExists(root.resolve(FILE_NAME + ".partial"));
    }

    private static boolean inside(Path root, String... relativePaths) {
        return List.of(relativePaths).stream().allMatch(path -> !path.isEmpty() && Manifest.isInside(root, path));
    }
}
