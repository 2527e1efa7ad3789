package org.reportcorpus.jobs.spark;

import org.slf4j.Logger;

/** One log line per stage: its name, what it produced and how long it took. */
public final class StageLog {

  private final Logger log;
  private final String job;
  private long started = System.nanoTime();

  public StageLog(Logger log, String job) {
    this.log = log;
    this.job = job;
  }

  /** Logs the stage's line; returns its wall seconds (since the previous stage ended). */
  public double done(String stage, String counts) {
    long now = System.nanoTime();
    double seconds = (now - started) / 1e9;
    log.info("[{}] {}: {} ({} s)", job, stage, counts, String.format("%.1f", seconds));
    started = now;
    return seconds;
  }
}
