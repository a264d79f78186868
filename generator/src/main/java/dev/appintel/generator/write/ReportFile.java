package dev.appintel.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes one report file whole: beside its place first, then moved over it, so that a reader
 * never sees half a report and a failed write leaves the previous one.
 */
public final class ReportFile {

    private ReportFile() {
    }

    /**
     * Writes {@code content} to {@code file} as UTF-8, creating its directory.
     *
     * @param file    where the report goes
     * @param content its text
     * @return {@code file}
     * @throws UncheckedIOException naming the file that could not be written
     */
    public static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file + ": " + e.getMessage(), e);
        }
    }
}
