package dev.appintel.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MockServerProcessTest {

    @Test
    void runsTheMainClassOnTheClassPathWithTheOptions() {
        ClassPath classPath = ClassPath.of(List.of("classes"));
        MockServerOptions options = new MockServerOptions("127.0.0.1", 4010, OptionalLong.of(7), List.of(),
                Optional.empty(), OptionalDouble.empty(), List.of("--today", "2024-06-30"));

        List<String> commandLine = MockServerProcess.commandLine(Path.of("jdk/bin/java"), classPath, "a.Main", options);

        assertThat(commandLine).containsExactly(Path.of("jdk/bin/java").toString(), "-Xmx256m", "-cp", "classes", "a.Main",
                "--host", "127.0.0.1", "--port", "4010", "--seed", "7", "--today", "2024-06-30");
    }

    @Test
    void waitsForTheExitStatus() throws Exception {
        MockServerProcess process = MockServerProcess.start(fixture("exit", "3"));

        assertThat(process.waitFor()).isEqualTo(3);
        assertThat(process.exitStatus()).hasValue(3);
    }

    @Test
    void closeStopsARunningProcess() throws Exception {
        MockServerProcess process = MockServerProcess.start(fixture("sleep"));
        assertThat(process.exitStatus()).isEmpty();

        process.close();

        assertThat(process.exitStatus()).isPresent();
    }

    private static List<String> fixture(String... args) throws URISyntaxException, IOException {
        Path testClasses = Path.of(ExitingMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", testClasses.toString(), ExitingMain.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
