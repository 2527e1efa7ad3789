package org.reportcorpus.jobs.config;

/** Settings of the trends stage, read from the configuration and validated up front. */
public record TrendSettings(int smoothingWindow, Emerging emerging) {

  public static final String SMOOTHING_WINDOW = "corpus.trends.smoothing_window";
  public static final String EMERGING_BASELINE_YEARS = "corpus.emerging.baseline_years";
  public static final String EMERGING_MIN_DOCS = "corpus.emerging.min_docs";
  public static final String EMERGING_SMOOTHING = "corpus.emerging.smoothing";
  public static final String EMERGING_TOP = "corpus.emerging.top";

  public TrendSettings {
    if (smoothingWindow < 1 || smoothingWindow % 2 == 0) {
      throw new IllegalArgumentException(SMOOTHING_WINDOW + ": expected an odd number >= 1 but got " + smoothingWindow);
    }
    if (emerging.baselineYears() < 1 || emerging.top() < 1 || emerging.smoothing() <= 0) {
      throw new IllegalArgumentException("corpus.emerging.*: baseline_years and top must be >= 1, smoothing > 0");
    }
  }

  public static TrendSettings fromConfig(CorpusConfig config) {
    return new TrendSettings(
        config.getInt(SMOOTHING_WINDOW, 3, 1, 99),
        new Emerging(
            config.getInt(EMERGING_BASELINE_YEARS, 3, 1, 100),
            config.getLong(EMERGING_MIN_DOCS, 3, 1, Long.MAX_VALUE),
            config.getDouble(EMERGING_SMOOTHING, 0.01, Double.MIN_VALUE, 1),
            config.getInt(EMERGING_TOP, 20, 1, 1_000_000)));
  }

  /** Emerging terms: years in the baseline, minimum support, additive smoothing, terms kept per year. */
  public record Emerging(int baselineYears, long minDocs, double smoothing, int top) {}
}
