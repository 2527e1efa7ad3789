package org.reportcorpus.jobs.config;


/**
 * Settings of the co-occurrence job, read from conf/corpus.conf (or {@code --set key=value}).
 *
 * @param minBoth pairs seen together in fewer units than this are left out of
 *     {@code term_cooccurrence} ({@value #MIN_BOTH}, default 1: every pair that co-occurs at all)
 */
public record CooccurrenceSettings(long minBoth) {

  public static final String MIN_BOTH = "corpus.cooccurrence.min_both";
  public static final long DEFAULT_MIN_BOTH = 1;

  public CooccurrenceSettings {
    if (minBoth < 1) {
      throw new IllegalArgumentException(MIN_BOTH + ": expected a count >= 1 but got " + minBoth);
    }
  }

  public static CooccurrenceSettings fromConfig(CorpusConfig config) {
    return new CooccurrenceSettings(config.getLong(MIN_BOTH, DEFAULT_MIN_BOTH, 1, Long.MAX_VALUE));
  }
}
