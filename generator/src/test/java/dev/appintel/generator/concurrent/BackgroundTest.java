package dev.appintel.generator.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void theTaskRunsOnItsOwnThreadWhileTheStarterWorks() {
        CountDownLatch starterWorked = new CountDownLatch(1);
        Background<String> task = Background.start("test-background", () -> {
            await(starterWorked);
            return Thread.currentThread().getName();
        });

        starterWorked.countDown();

        assertThat(task.join()).isEqualTo("test-background");
    }

    @Test
    void joinRethrowsTheTasksOwnException() {
        IllegalStateException failure = new IllegalStateException("broken");

        Background<String> task = Background.start("test-background", () -> {
            throw failure;
        });

        assertThatThrownBy(task::join).isSameAs(failure);
    }

    @Test
    void joinWaitsEvenWhenInterruptedAndKeepsTheInterrupt() {
        CountDownLatch release = new CountDownLatch(1);
        Background<Integer> task = Background.start("test-background", () -> {
            await(release);
            return 42;
        });
        Thread.currentThread().interrupt();
        Background.start("test-release", () -> {
            pause(50);
            release.countDown();
            return null;
        });

        assertThat(task.join()).isEqualTo(42);
        assertThat(Thread.interrupted()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
