package dev.appintel.generator;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the test class path's classes itself (the platform loader only supplies the JDK) and
 * records their names, so that a test can tell what a code path loads.
 */
public final class RecordingClassLoader extends URLClassLoader {

    private final Set<String> loaded = ConcurrentHashMap.newKeySet();

    private RecordingClassLoader(URL[] urls) {
        super(urls, ClassLoader.getPlatformClassLoader());
    }

    /** A loader over the class path the tests run with. */
    public static RecordingClassLoader overTestClassPath() throws MalformedURLException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return new RecordingClassLoader(urls.toArray(URL[]::new));
    }

    /** The names of the classes loaded so far. */
    public Set<String> loaded() {
        return Set.copyOf(loaded);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        loaded.add(name);
        return super.findClass(name);
    }
}
