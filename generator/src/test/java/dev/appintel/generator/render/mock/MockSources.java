package dev.appintel.generator.render.mock;

import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.runtime.OperationSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory with the JDK's compiler ({@code -Xlint:all -Werror}) and
 * nothing but the API runtime on the class path, since the mock-server target's code is data built
 * from the runtime's types.
 * Classes go to a folder under the module's {@code target}.
 */
final class MockSources {

    private MockSources() {
    }

    /** What a compilation produced: its diagnostics and, when it succeeded, its classes. */
    record Compilation(List<String> diagnostics, Path classes) {

        /** Calls a public static method of a compiled class and returns its result. */
        Object call(String className, String method, Object... arguments) {
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    MockSources.class.getClassLoader())) {
                Class<?> type = loader.loadClass(className);
                Class<?>[] parameterTypes = Stream.of(arguments).map(MockSources::declaredType).toArray(Class<?>[]::new);
                return type.getMethod(method, parameterTypes).invoke(null, arguments);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(className + "." + method + " failed", e.getCause());
            } catch (ReflectiveOperationException | MalformedURLException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Compiles the {@code .java} files among {@code files} into {@code target/generated-it/<name>}. */
    static Compilation compile(String name, List<GeneratedFile> files) {
        Path classes = Path.of("target", "generated-it", name);
        recreate(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-Xlint:all", "-Werror", "-proc:none", "--release", "17",
                "-d", classes.toString(), "-classpath", runtimeLocation());
        List<JavaFileObject> sources = files.stream().filter(file -> file.relativePath().endsWith(".java"))
                .map(Source::new).map(JavaFileObject.class::cast).toList();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            compiler.getTask(null, fileManager, diagnostics, options, null, sources).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> messages = diagnostics.getDiagnostics().stream()
                .map(diagnostic -> diagnostic.getKind() + " " + (diagnostic.getSource() == null ? ""
                        : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": ")
                        + diagnostic.getMessage(Locale.ROOT))
                .toList();
        return new Compilation(messages, classes);
    }

    /** The API runtime's classes as the test's class loader found them. */
    private static String runtimeLocation() {
        try {
            return Path.of(OperationSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> declaredType(Object argument) {
        if (argument instanceof String) {
            return String.class;
        }
        if (argument instanceof java.util.Map) {
            return java.util.Map.class;
        }
        throw new IllegalArgumentException("unsupported argument " + argument);
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
