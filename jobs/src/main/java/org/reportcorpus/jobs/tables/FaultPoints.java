package org.reportcorpus.jobs.tables;

import java.io.Serializable;
import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Named points in every table write where the reliability tests stop or fail the job; inert
 * unless the JVM has the system property {@value #PROPERTY}. The points of a write of table
 * {@code t}: {@code before-commit:t} (nothing written yet), {@code in-write:t} (inside a write
 * task, its rows handed to the file writer, nothing committed), {@code swap:t} (Parquet only:
 * the old folder moved aside, the new not yet in place) and {@code after-commit:t}.
 *
 * <p>Values of the property:
 * <ul>
 *   <li>{@code trace}: print each point passed ({@value #PASSED} name) and go on;
 *   <li>a point's name: on reaching it print {@value #REACHED} name and wait, to be killed
 *       (bin/test-faults sends SIGKILL);
 *   <li>{@value #TRACE_UNTIL} and a point's name: trace, and wait at that point (a kill at a
 *       random moment that must not carry the run past the next point the test kills at);
 *   <li>{@value #FAIL_FIRST_ATTEMPTS}: the first attempt of every other task that passes a point
 *       fails after it has consumed its input, so Spark retries it (local[N,F] allows retries).
 * </ul>
 */
public final class FaultPoints {

  public static final String PROPERTY = "corpus.fault";
  public static final String TRACE = "trace";
  public static final String TRACE_UNTIL = "trace-until=";
  public static final String FAIL_FIRST_ATTEMPTS = "fail-first-attempts";
  public static final String PASSED = "FAULT-POINT-PASSED ";
  public static final String REACHED = "FAULT-POINT-REACHED ";

  private FaultPoints() {}

  /** A point on the driver. */
  public static void reach(String point) {
    reach(System.getProperty(PROPERTY), point);
  }

  /**
   * {@code rows} unchanged; with the property set, each task of the plan passes the point
   * {@code point} once it has handed on its last row (on the executor, with the driver's setting).
   */
  public static Dataset<Row> inTasks(String point, Dataset<Row> rows) {
    String mode = System.getProperty(PROPERTY);
    if (mode == null || mode.isEmpty()) {
      return rows;
    }
    return rows.mapPartitions(new AtEnd(mode, point), Encoders.row(rows.schema()));
  }

  private static void reach(String mode, String point) {
    if (mode == null || mode.isEmpty() || mode.equals(FAIL_FIRST_ATTEMPTS)) {
      return;
    }
    boolean until = mode.startsWith(TRACE_UNTIL);
    if (mode.equals(TRACE) || until) {
      System.err.println(PASSED + point);
      System.err.flush();
    }
    if (point.equals(until ? mode.substring(TRACE_UNTIL.length()) : mode)) {
      System.err.println(REACHED + point);
      System.err.flush();
      while (true) { // until killed: this is where the test wants the process to die
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          // a cancelled task is not a kill; keep waiting
        }
      }
    }
  }

  /** Passes every row through, then the point. */
  private static final class AtEnd implements MapPartitionsFunction<Row, Row>, Serializable {
    private final String mode;
    private final String point;

    AtEnd(String mode, String point) {
      this.mode = mode;
      this.point = point;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new Iterator<>() {
        private boolean done;

        @Override
        public boolean hasNext() {
          boolean more = rows.hasNext();
          if (!more && !done) {
            done = true;
            atEnd();
          }
          return more;
        }

        @Override
        public Row next() {
          return rows.next();
        }
      };
    }

    private void atEnd() {
      TaskContext task = TaskContext.get();
      if (mode.equals(FAIL_FIRST_ATTEMPTS)) {
        if (task.attemptNumber() == 0 && task.partitionId() % 2 == 0) {
          throw new IllegalStateException("fault point " + point + ": first attempt of task "
              + task.partitionId() + " fails on purpose (" + PROPERTY + "=" + FAIL_FIRST_ATTEMPTS + ")");
        }
      } else if (task.partitionId() == 0) {
        reach(mode, point);
      }
    }
  }
}
