package dev.appintel.testcontainers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;

/**
 * Makes sure the engine behind {@code DOCKER_HOST} has the mock's image, loading the tarball the
 * build wrote (through the Docker API) when it has not: the image is in no registry.
 */
final class MockImage {

    private MockImage() {
    }

    static synchronized void ensureLoaded() throws IOException {
        DockerClient client = DockerClientFactory.instance().client();
        String image = AppIntelligenceMockContainer.DEFAULT_IMAGE.asCanonicalNameString();
        try {
            client.inspectImageCmd(image).exec();
            return;
        } catch (NotFoundException e) {
            // Not there yet: load it below.
        }
        Path tarball = Path.of(System.getProperty("appintel.image.tar", "../mock-image/target/appintel-mock-server-image.tar"));
        if (!Files.isRegularFile(tarball)) {
            throw new IllegalStateException("the engine has no " + image + " and " + tarball + " is missing: build it with "
                    + "./mvnw -B package -pl mock-image -am -Pimage");
        }
        try (InputStream in = Files.newInputStream(tarball)) {
            client.loadImageCmd(in).exec();
        }
        client.inspectImageCmd(image).exec();
    }
}
