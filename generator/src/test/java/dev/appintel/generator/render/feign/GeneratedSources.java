package dev.appintel.generator.render.feign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.runtime.OperationSpec;
import feign.Feign;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with the JDK's compiler, as strictly as a client build would
 * ({@code -Xlint:all -Werror}), against the Feign, Jackson and API runtime jars the tests run with. Classes go
 * to a folder under the module's {@code target}; sources never touch the disk.
 */
final class GeneratedSources {

    private GeneratedSources() {
    }

    /** What a compilation produced: its diagnostics and, when it succeeded, its classes. */
    record Compilation(List<String> diagnostics, Path classes) {

        /** A class loader over the compiled classes, delegating to the test's own. */
        URLClassLoader classLoader() {
            try {
                return new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedSources.class.getClassLoader());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Compiles the {@code .java} files among {@code files} into {@code target/generated-it/<name>}. */
    static Compilation compile(String name, List<GeneratedFile> files) {
        Path classes = Path.of("target", "generated-it", name);
        recreate(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-Xlint:all", "-Werror", "-proc:none", "-parameters", "--release", "17",
                "-d", classes.toString(), "-classpath", classpath());
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            compiler.getTask(null, fileManager, diagnostics, options, null, sources(files)).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> messages = diagnostics.getDiagnostics().stream().map(GeneratedSources::describe).toList();
        return new Compilation(messages, classes);
    }

    private static List<JavaFileObject> sources(List<GeneratedFile> files) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile file : files) {
            if (file.relativePath().endsWith(".java")) {
                sources.add(new Source(file));
            }
        }
        return sources;
    }

    /** The jars of Feign, Jackson and the API runtime as the test's class loader found them. */
    private static String classpath() {
        return Stream.of(Feign.class, JsonProperty.class, JsonParser.class, ObjectMapper.class, OperationSpec.class)
                .map(GeneratedSources::location)
                .distinct()
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void recreate(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        String source = diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ":"
                + diagnostic.getLineNumber() + ": ";
        return diagnostic.getKind() + " " + source + diagnostic.getMessage(Locale.ROOT);
    }

    /** A source file held in memory. */
    private static final class Source extends SimpleJavaFileObject {

        private final String content;

        Source(GeneratedFile file) {
            super(URI.create("string:///" + file.relativePath()), Kind.SOURCE);
            this.content = file.content();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }
    }
}
