package org.reportcorpus.jobs.config;

/** Settings of the trends stage, read from the configuration and validated up front. */
public record TrendSettings(int smoothingWindow, Emerging emerging) {

  public static final String SMOOTHING_WINDOW = "corpus.trends.smoothing_window";
  public static final String EMERGING_BASELINE_YEARS = "corpus.emerging.baseline_years";
  public static final String EMERGING_MIN_DOCS = "corpus.emerging.min_docs";
  public static final String EMERGING_SMOOTHING = "corpus.emerging.smoothing";
  public static final String EMERGING_TOP = "corpus.emerging.top";
  public static final String EMERGING_MIN_CHARS = "corpus.emerging.min_chars";
  public static final String EMERGING_MIN_OCCURRENCES = "corpus.emerging.min_occurrences";
  public static final String EMERGING_SMOOTHING_PER_10K = "corpus.emerging.smoothing_per_10k";

  public TrendSettings {
    if (smoothingWindow < 1 || smoothingWindow % 2 == 0) {
      throw new IllegalArgumentException(SMOOTHING_WINDOW + ": expected an odd number >= 1 but got " + smoothingWindow);
    }
    if (emerging.baselineYears() < 1 || emerging.top() < 1 || emerging.smoothing() <= 0) {
      throw new IllegalArgumentException("corpus.emerging.*: baseline_years and top must be >= 1, smoothing > 0");
    }
    if (emerging.minChars() < 1 || emerging.minOccurrences() < 1 || emerging.smoothingPer10k() <= 0) {
      throw new IllegalArgumentException("corpus.emerging.*: min_chars and min_occurrences must be >= 1, smoothing_per_10k > 0");
    }
  }

  public static TrendSettings fromConfig(CorpusConfig config) {
    return new TrendSettings(
        config.getInt(SMOOTHING_WINDOW, 3, 1, 99),
        new Emerging(
            config.getInt(EMERGING_BASELINE_YEARS, 3, 1, 100),
            config.getLong(EMERGING_MIN_DOCS, 3, 1, Long.MAX_VALUE),
            config.getDouble(EMERGING_SMOOTHING, 0.01, Double.MIN_VALUE, 1),
            config.getInt(EMERGING_TOP, 20, 1, 1_000_000),
            config.getLong(EMERGING_MIN_CHARS, Emerging.DEFAULT_MIN_CHARS, 1, Long.MAX_VALUE),
            config.getLong(EMERGING_MIN_OCCURRENCES, Emerging.DEFAULT_MIN_OCCURRENCES, 1, Long.MAX_VALUE),
            config.getDouble(EMERGING_SMOOTHING_PER_10K, Emerging.DEFAULT_SMOOTHING_PER_10K, Double.MIN_VALUE, 10_000)));
  }

  /**
   * Emerging terms. A year with at least {@code minDocs} documents ranks terms by document share:
   * years in the baseline, support in documents, additive smoothing of shares, terms kept per year.
   * A thinner year with at least {@code minChars} characters ranks them by occurrences per 10,000
   * characters instead, with support {@code minOccurrences} and smoothing {@code smoothingPer10k};
   * a year with neither has no emerging terms.
   */
  public record Emerging(int baselineYears, long minDocs, double smoothing, int top, long minChars,
      long minOccurrences, double smoothingPer10k) {

    public static final long DEFAULT_MIN_CHARS = 10_000;
    public static final long DEFAULT_MIN_OCCURRENCES = 2;
    public static final double DEFAULT_SMOOTHING_PER_10K = 0.1;

    /** Document-share settings with the defaults for thin years. */
    public Emerging(int baselineYears, long minDocs, double smoothing, int top) {
      this(baselineYears, minDocs, smoothing, top, DEFAULT_MIN_CHARS, DEFAULT_MIN_OCCURRENCES, DEFAULT_SMOOTHING_PER_10K);
    }
  }
}
