package org.reportcorpus.jobs.catalog;

import org.reportcorpus.jobs.config.CorpusConfig;

/**
 * Settings of {@code maintain}: how long VACUUM keeps files a table no longer uses.
 *
 * @param retainHours {@value #RETAIN_HOURS}: files unused for longer are deleted (default 168 =
 *     7 days, Delta's own default {@code delta.deletedFileRetentionDuration})
 * @param historyRows {@value #HISTORY_ROWS}: versions of each table's history printed
 */
public record MaintainSettings(long retainHours, int historyRows) {

  public static final String RETAIN_HOURS = "corpus.maintain.retain_hours";
  public static final String HISTORY_ROWS = "corpus.maintain.history_rows";
  /** Delta's safety check: VACUUM refuses a retention below the table's (7 days by default). */
  public static final String RETENTION_CHECK = "spark.databricks.delta.retentionDurationCheck.enabled";
  public static final long DELTA_DEFAULT_RETAIN_HOURS = 168;

  /**
   * Fails before Spark starts on a retention Delta would refuse: files younger than 7 days may
   * still be read by a query or job that started on an older version, and time travel (VERSION
   * AS OF) to a version needs its files. Allowed only when the check is switched off explicitly.
   */
  public static MaintainSettings fromConfig(CorpusConfig config) {
    long retainHours = config.getLong(RETAIN_HOURS, DELTA_DEFAULT_RETAIN_HOURS, 0, 100L * 365 * 24);
    boolean checked = config.getBoolean(RETENTION_CHECK, true);
    if (retainHours < DELTA_DEFAULT_RETAIN_HOURS && checked) {
      throw CorpusConfig.invalid(RETAIN_HOURS, "at least " + DELTA_DEFAULT_RETAIN_HOURS
          + " (readers of older versions and time travel need those files; set " + RETENTION_CHECK
          + "=false to allow less)", retainHours);
    }
    return new MaintainSettings(retainHours, config.getInt(HISTORY_ROWS, 10, 1, 10_000));
  }
}
