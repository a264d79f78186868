package dev.appintel.maven;

import dev.appintel.generator.verify.Baseline;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;

/**
 * Finds the baseline spec: a file, or an entry of an artifact resolved by its coordinates (the
 * spec jar of an earlier release), through the build's own repositories.
 */
final class BaselineResolver {

    private final RepositorySystem repositorySystem;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    BaselineResolver(RepositorySystem repositorySystem, RepositorySystemSession session,
            List<RemoteRepository> repositories) {
        this.repositorySystem = repositorySystem;
        this.session = session;
        this.repositories = repositories;
    }

    /** The baseline from a file. */
    static Baseline fromFile(File file) throws MojoFailureException {
        if (!file.isFile()) {
            throw new MojoFailureException("appintel: baseline spec not found: " + file);
        }
        try {
            return new Baseline(file.getName(), Files.readAllBytes(file.toPath()));
        } catch (IOException e) {
            throw new MojoFailureException("appintel: cannot read the baseline spec " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The baseline from an artifact.
     *
     * @param coordinates {@code groupId:artifactId[:extension[:classifier]]:version}; the version may
     *                    be a range such as {@code [0,0.2.0)}, which picks the highest version in it
     * @param entry       the spec's path inside the artifact, or empty to take its only
     *                    {@code .yaml}, {@code .yml} or {@code .json} entry
     */
    Baseline fromArtifact(String coordinates, Optional<String> entry) throws MojoFailureException {
        Artifact artifact = resolve(parse(coordinates));
        File file = artifact.getFile();
        try (ZipFile jar = new ZipFile(file)) {
            String name = entry.isPresent() ? entry.get() : onlySpecEntry(jar, artifact);
            ZipEntry found = jar.getEntry(name);
            if (found == null) {
                throw new MojoFailureException("appintel: the baseline artifact " + artifact + " has no entry '" + name
                        + "'; its spec files are: " + specEntries(jar));
            }
            return new Baseline(artifact + "!/" + name, jar.getInputStream(found).readAllBytes());
        } catch (IOException e) {
            throw new MojoFailureException("appintel: cannot read the baseline artifact " + file + ": " + e.getMessage(), e);
        }
    }

    private static Artifact parse(String coordinates) throws MojoFailureException {
        try {
            return new DefaultArtifact(coordinates.trim());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("appintel: baselineArtifact '" + coordinates
                    + "' is not groupId:artifactId[:extension[:classifier]]:version", e);
        }
    }

    private Artifact resolve(Artifact artifact) throws MojoFailureException {
        Artifact pinned = artifact;
        if (artifact.getVersion().startsWith("[") || artifact.getVersion().startsWith("(")) {
            pinned = artifact.setVersion(highestIn(artifact));
        }
        try {
            return repositorySystem.resolveArtifact(session, new ArtifactRequest(pinned, repositories, null)).getArtifact();
        } catch (ArtifactResolutionException e) {
            throw new MojoFailureException("appintel: cannot resolve the baseline artifact " + pinned + ": "
                    + e.getMessage(), e);
        }
    }

    private String highestIn(Artifact range) throws MojoFailureException {
        try {
            VersionRangeResult versions = repositorySystem.resolveVersionRange(session,
                    new VersionRangeRequest(range, repositories, null));
            if (versions.getHighestVersion() == null) {
                throw new MojoFailureException("appintel: no version of " + range.getGroupId() + ":"
                        + range.getArtifactId() + " in " + range.getVersion() + " was found");
            }
            return versions.getHighestVersion().toString();
        } catch (VersionRangeResolutionException e) {
            throw new MojoFailureException("appintel: cannot resolve the versions " + range + ": " + e.getMessage(), e);
        }
    }

    private static String onlySpecEntry(ZipFile jar, Artifact artifact) throws MojoFailureException {
        TreeSet<String> specs = specEntries(jar);
        if (specs.size() != 1) {
            throw new MojoFailureException("appintel: the baseline artifact " + artifact + " has " + specs.size()
                    + " spec files " + specs + "; name one with baselineEntry (-Dappintel.baselineEntry=...)");
        }
        return specs.first();
    }

    private static TreeSet<String> specEntries(ZipFile jar) {
        TreeSet<String> specs = new TreeSet<>();
        for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements();) {
            String name = entries.nextElement().getName();
            if (!name.startsWith("META-INF/") && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
                specs.add(name);
            }
        }
        return specs;
    }
}
