package dev.composelint.core.concurrent;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParallelTest {

    @Test
    void runsEveryTaskOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(500);
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < runs.length(); i++) {
            int slot = i;
            tasks.add(() -> runs.incrementAndGet(slot));
        }
        Parallel.run(tasks);
        for (int i = 0; i < runs.length(); i++) assertEquals(1, runs.get(i), "task " + i);
    }

    @Test
    void rethrowsAFailureAfterTheOtherTasksFinished() {
        AtomicIntegerArray runs = new AtomicIntegerArray(50);
        IllegalStateException boom = new IllegalStateException("boom");
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < runs.length(); i++) {
            int slot = i;
            tasks.add(() -> {
                runs.incrementAndGet(slot);
                if (slot == 3) throw boom;
            });
        }
        assertSame(boom, assertThrows(IllegalStateException.class, () -> Parallel.run(tasks)));
        for (int i = 0; i < runs.length(); i++) assertEquals(1, runs.get(i), "task " + i);
    }

    @Test
    void aLaterValueIsComputedOnceAndItsFailureRethrown() {
        AtomicIntegerArray calls = new AtomicIntegerArray(1);
        Parallel.Later<String> value = Parallel.start("test", () -> {
            calls.incrementAndGet(0);
            return "done";
        });
        assertEquals("done", value.get());
        assertEquals("done", value.get());
        assertEquals(1, calls.get(0));
        IllegalStateException boom = new IllegalStateException("boom");
        Parallel.Later<String> failing = Parallel.start("test", () -> {
            throw boom;
        });
        assertSame(boom, assertThrows(IllegalStateException.class, failing::get));
    }

    @Test
    void runsNothingForNoTasks() {
        Parallel.run(List.of());
    }
}
