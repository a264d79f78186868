package dev.appintel.generator.render.feign;

import dev.appintel.generator.render.RenderException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The imports of one generated file. Types are written by their simple name whenever that is
 * unambiguous, and by their qualified name otherwise (a type of the file's own package, or an
 * earlier import, already owns the simple name).
 */
final class Imports {

    private final String filePackage;
    private final Set<String> packageTypes;
    private final Map<String, String> owners = new HashMap<>();
    private final SortedSet<String> imports = new TreeSet<>();

    /**
     * @param filePackage  the package of the file
     * @param packageTypes the simple names of the types declared in that package
     */
    Imports(String filePackage, Set<String> packageTypes) {
        this.filePackage = filePackage;
        this.packageTypes = Set.copyOf(packageTypes);
    }

    /** The name to write for {@code qualifiedName}, importing it when that helps. */
    String use(String qualifiedName) {
        String simple = simpleName(qualifiedName);
        String pkg = qualifiedName.substring(0, qualifiedName.length() - simple.length() - 1);
        if (pkg.equals(filePackage)) {
            return simple;
        }
        if (packageTypes.contains(simple)) {
            return qualifiedName;
        }
        String owner = owners.putIfAbsent(simple, qualifiedName);
        if (owner != null && !owner.equals(qualifiedName)) {
            return qualifiedName;
        }
        if (!pkg.equals("java.lang")) {
            imports.add(qualifiedName);
        }
        return simple;
    }

    /**
     * Imports a type that a template writes by its simple name.
     *
     * @throws RenderException when the simple name is taken, since the template would then mean
     *                         another type
     */
    void require(String... qualifiedNames) {
        for (String qualifiedName : qualifiedNames) {
            if (!use(qualifiedName).equals(simpleName(qualifiedName))) {
                throw new RenderException("the generated code in " + filePackage + " needs " + qualifiedName
                        + " by its simple name, but a type of the model is called " + simpleName(qualifiedName));
            }
        }
    }

    /** The qualified names to import, sorted. */
    List<String> sorted() {
        return List.copyOf(imports);
    }

    private static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
