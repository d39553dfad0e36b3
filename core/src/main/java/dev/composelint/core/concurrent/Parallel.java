package dev.composelint.core.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs independent steps of one run on the machine's cores: {@link #run} lets the calling thread and up to
 * {@value #MAX_THREADS}{@code - 1} short-lived daemon threads take the tasks in list order, and returns when all are
 * done; a task's exception or error is rethrown to the caller (the first one; the other tasks still finish).
 * {@link #start} computes one value on a thread of its own for whoever needs it later.
 */
public final class Parallel {

    private static final int MAX_THREADS = 4;

    private Parallel() {
    }

    /** A value being computed; {@link #get} waits for it and rethrows what computing it threw. */
    public static final class Later<T> {
        private final FutureTask<T> task;

        private Later(FutureTask<T> task) {
            this.task = task;
        }

        /** Whether the value (or its failure) is there, so that {@link #get} would not wait. */
        public boolean isDone() {
            return task.isDone();
        }

        public T get() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true; // the value is still needed: keep waiting, restore the flag after
                    } catch (ExecutionException e) {
                        Throwable cause = e.getCause();
                        if (cause instanceof RuntimeException runtime) throw runtime;
                        if (cause instanceof Error error) throw error;
                        throw new IllegalStateException(cause);
                    }
                }
            } finally {
                if (interrupted) Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts computing {@code value} on a daemon thread of its own (in the caller on a single core). */
    public static <T> Later<T> start(String name, Supplier<T> value) {
        FutureTask<T> task = new FutureTask<>(value::get);
        if (Runtime.getRuntime().availableProcessors() < 2) {
            task.run();
        } else {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        }
        return new Later<>(task);
    }

    /** How many threads {@link #run} uses for many tasks: one per core, at most {@value #MAX_THREADS}. */
    public static int threads() {
        return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    }

    public static void run(List<Runnable> tasks) {
        int threads = Math.min(tasks.size(), threads());
        if (threads < 2) {
            tasks.forEach(Runnable::run);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                try {
                    tasks.get(i).run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < threads; i++) {
            Thread thread = new Thread(worker, "composelint-worker");
            thread.setDaemon(true);
            thread.start();
            helpers.add(thread);
        }
        worker.run();
        boolean interrupted = false;
        for (Thread thread : helpers) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the helpers still write into the caller's results: wait for them
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Throwable e = failure.get();
        if (e instanceof RuntimeException runtime) throw runtime;
        if (e instanceof Error error) throw error;
        if (e != null) throw new IllegalStateException(e);
    }
}
