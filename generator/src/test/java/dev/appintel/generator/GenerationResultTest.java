package dev.appintel.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenerationResultTest {

    @Test
    void summarisesARunOnOneLine() {
        GenerationResult result = new GenerationResult(30, 92, 12, 118, 0, 420);

        assertThat(result.summary()).isEqualTo(
                "appintel: 30 operations, 92 models -> 130 files (12 written, 118 unchanged, 0 removed) in 420 ms");
    }

    @Test
    void usesTheSingularForOne() {
        assertThat(new GenerationResult(1, 1, 1, 0, 2, 5).summary())
                .isEqualTo("appintel: 1 operation, 1 model -> 1 file (1 written, 0 unchanged, 2 removed) in 5 ms");
    }
}
