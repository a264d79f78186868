package dev.appintel.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class SpecComparisonMojoTest {

    @Test
    void outsideAProjectTheReportGoesToTargetOfTheCurrentDirectory() {
        DiffMojo mojo = new DiffMojo();
        // What Maven hands a goal with requiresProject = false: a stand-in with no POM file, whose
        // build directory is the unresolved expression.
        Model model = new Model();
        Build build = new Build();
        build.setDirectory("${project.basedir}/target");
        model.setBuild(build);
        mojo.project = new MavenProject(model);

        assertThat(mojo.reportDirectory()).isEqualTo(Path.of("target", "appintel"));
    }

    @Test
    void inAProjectTheReportGoesToItsBuildDirectory() {
        DiffMojo mojo = new DiffMojo();
        Model model = new Model();
        Build build = new Build();
        build.setDirectory("/srv/example-project/target");
        model.setBuild(build);
        mojo.project = new MavenProject(model);
        mojo.project.setFile(new File("/srv/example-project/pom.xml"));

        assertThat(mojo.reportDirectory()).isEqualTo(Path.of("/srv/example-project/target/appintel"));
    }
}
