package org.reportcorpus.jobs.ingest.formats;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Runs one file's parse on a worker thread and gives up on it after a limit, so that a file that
 * makes a parser spin costs its limit, not the task.
 *
 * <p>The limit is on the CPU time the parse uses, not on the clock: on a busy executor (other
 * tasks, other JVMs) a normal file takes longer by the clock without doing more work, and must
 * not be rejected for it. A parse blocked without using CPU is abandoned at ten times the limit by
 * the clock. The abandoned parse is interrupted; a parser that ignores interrupts keeps its
 * thread (a daemon) until it ends by itself — threads are not stopped by force, since that could
 * leave a parser's shared state broken.
 */
final class ParseDeadline {

  private static final ThreadMXBean THREADS_BEAN = ManagementFactory.getThreadMXBean();
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private static final int WALL_FACTOR = 10;
  private static final AtomicInteger THREADS = new AtomicInteger();
  /** One pool per JVM: threads are reused from file to file; a pool of daemons never holds the JVM. */
  private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "corpus-parse-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  private ParseDeadline() {}

  /** {@code work}'s result, or {@code onTimeout}'s when it uses more than {@code seconds} of CPU (0 = no limit). */
  static <T> T within(double seconds, Supplier<T> work, Supplier<T> onTimeout) {
    if (seconds <= 0) {
      return work.get();
    }
    long limit = Math.max(1, (long) (seconds * 1e9));
    boolean cpuClock = THREADS_BEAN.isThreadCpuTimeSupported() && THREADS_BEAN.isThreadCpuTimeEnabled();
    AtomicLong worker = new AtomicLong(-1);
    AtomicLong cpuAtStart = new AtomicLong();
    Future<T> result = POOL.submit(() -> {
      cpuAtStart.set(cpuClock ? THREADS_BEAN.getCurrentThreadCpuTime() : 0);
      worker.set(Thread.currentThread().getId());
      return work.get();
    });
    long started = System.nanoTime();
    try {
      while (true) {
        try {
          return result.get(Math.min(POLL_NANOS, limit), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          long wall = System.nanoTime() - started;
          long used = !cpuClock ? wall
              : worker.get() < 0 ? 0 : THREADS_BEAN.getThreadCpuTime(worker.get()) - cpuAtStart.get();
          if (used > limit || wall > WALL_FACTOR * limit) {
            result.cancel(true);
            return onTimeout.get();
          }
        }
      }
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
