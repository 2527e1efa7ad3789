package org.reportcorpus.jobs.config;

/**
 * Near-duplicate detection ({@code corpus.dedup.*}): Jaccard threshold, shingle length, LSH bands
 * and rows per band, hashing dimension, seed.
 */
public record DedupSettings(double threshold, int shingleSize, int bands, int rows, int features, long seed) {
  public DedupSettings {
    if (threshold <= 0 || threshold > 1) {
      throw CorpusConfig.invalid(ConfigKeys.DEDUP_THRESHOLD, "a number in (0, 1]", threshold);
    }
    if (shingleSize < 1 || bands < 1 || rows < 1 || features < 1) {
      throw new IllegalArgumentException("corpus.dedup.*: shingle_size, bands, rows and features must be >= 1");
    }
  }
}
