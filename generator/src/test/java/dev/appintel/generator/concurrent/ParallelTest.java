package dev.appintel.generator.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void resultsComeBackInTheTasksOrder() {
        List<Supplier<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int value = i;
            tasks.add(() -> {
                pause(value % 3);
                return value;
            });
        }

        assertThat(Parallel.run(tasks)).containsExactlyElementsOf(IntStream.range(0, 200).boxed().toList());
    }

    @Test
    void noTasksGiveNoResults() {
        assertThat(Parallel.run(List.<Supplier<String>>of())).isEmpty();
    }

    @Test
    void theFirstFailingTaskInOrderFailsTheCallEvenWhenALaterOneFailsSooner() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException later = new IllegalArgumentException("later");
        List<Supplier<String>> tasks = List.of(
                () -> "fine",
                () -> {
                    pause(50);
                    throw first;
                },
                () -> {
                    throw later;
                });

        assertThatThrownBy(() -> Parallel.run(tasks)).isSameAs(first);
    }

    @Test
    void anErrorFailsTheCallAsItself() {
        StackOverflowError error = new StackOverflowError("deep");

        assertThatThrownBy(() -> Parallel.run(List.<Supplier<String>>of(() -> "fine", () -> {
            throw error;
        }))).isSameAs(error);
    }

    @Test
    void everyTaskRunsEvenAfterAFailure() {
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        List<Supplier<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int value = i;
            tasks.add(() -> {
                ran.add(value);
                if (value == 0) {
                    throw new IllegalStateException("first");
                }
                return value;
            });
        }

        assertThatThrownBy(() -> Parallel.run(tasks)).hasMessage("first");
        assertThat(ran).hasSize(20);
    }

    @Test
    void tasksRunOnMoreThanOneThreadWhenThereAreCores() {
        int cores = Runtime.getRuntime().availableProcessors();
        CountDownLatch bothStarted = new CountDownLatch(Math.min(2, cores));
        Supplier<Boolean> waitForTheOther = () -> {
            bothStarted.countDown();
            try {
                return bothStarted.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };

        assertThat(Parallel.run(List.of(waitForTheOther, waitForTheOther))).containsExactly(true, true);
    }

    @Test
    void anInterruptedCallerStillWaitsForItsHelpersAndKeepsTheInterrupt() {
        Supplier<Integer> busy = () -> {
            long end = System.nanoTime() + 50_000_000;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            return 1;
        };
        Thread.currentThread().interrupt();

        assertThat(Parallel.run(List.of(busy, busy, busy))).containsExactly(1, 1, 1);
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void noHelperThreadOutlivesTheCall() {
        Parallel.run(List.<Supplier<Integer>>of(() -> 1, () -> 2, () -> 3, () -> 4));

        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().startsWith("appintel-parallel-"));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
