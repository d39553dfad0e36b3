package dev.composelint.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs independent tasks of one check on the machine's cores: the calling thread and up to
 * {@value #MAX_THREADS}{@code - 1} short-lived daemon threads take the tasks in list order. Returns when all are
 * done; a task's exception or error is rethrown to the caller (the first one; the other tasks still finish).
 */
final class Parallel {

    static final int MAX_THREADS = 4;

    private Parallel() {
    }

    static void run(List<Runnable> tasks) {
        int threads = Math.min(tasks.size(), Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
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
            Thread thread = new Thread(worker, "composelint-check");
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
