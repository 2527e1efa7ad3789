package org.reportcorpus.jobs.ingest.formats;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs one file's parse on a worker thread and gives up on it after a time limit, so that a file
 * that makes a parser spin costs its limit, not the task. The abandoned parse is interrupted;
 * a parser that ignores interrupts keeps its thread (a daemon) until it ends by itself — the
 * JVM's threads are not stopped by force, since that could leave a parser's shared state broken.
 */
final class ParseDeadline {

  private static final AtomicInteger THREADS = new AtomicInteger();
  /** One pool per JVM: threads are reused from file to file; a pool of daemons never holds the JVM. */
  private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "corpus-parse-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  private ParseDeadline() {}

  /** {@code work}'s result, or {@code onTimeout}'s when it takes longer than {@code seconds} (0 = no limit). */
  static <T> T within(double seconds, Supplier<T> work, Supplier<T> onTimeout) {
    if (seconds <= 0) {
      return work.get();
    }
    Future<T> result = POOL.submit(work::get);
    try {
      return result.get(Math.max(1, (long) (seconds * 1_000_000)), TimeUnit.MICROSECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      return onTimeout.get();
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt(); // the task itself is being killed
      throw new IllegalStateException("interrupted while parsing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
