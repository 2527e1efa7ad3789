package org.reportcorpus.udfs.discover;

/**
 * How much a phrase looks like a policy slogan, from what the corpus says about it:
 *
 * <pre>
 *   score = ln(1 + n_regions)              spread: used by many reporting regions
 *         × (1 + 3 · quoted_share)         named: reports put slogans in quotation marks
 *         × (1 + rise / 2)                 new: its document share grows
 *         × (1 + (methods − 1) / 4)        found by several methods
 * </pre>
 *
 * {@code quoted_share} is the share of its occurrences standing in quotation marks;
 * {@code rise} is {@code log2((late + s) / (early + s))} clipped to [0, 4], where early and late
 * are the shares of documents mentioning it among the documents before and from the middle
 * report year, and {@code s} = 0.005 keeps a phrase absent in early years from dividing by
 * zero. Generic report wording is spread over all regions too, but is never quoted and does
 * not rise; a slogan is quoted in some of its uses and spreads from the year it is launched.
 * Ties are broken by the caller (documents, then the phrase).
 */
public final class CandidateScore {

  /** Smoothing share of {@link #rise}. */
  public static final double SMOOTHING = 0.005;
  /** Highest {@link #rise} counted: a 16-fold growth. */
  public static final double MAX_RISE = 4.0;

  private CandidateScore() {}

  /** The figures a score is made of. */
  public record Evidence(long nRegions, long occurrences, long quotedOccurrences, int methods, double earlyShare,
      double lateShare) {}

  public static double score(Evidence e) {
    double quotedShare = e.occurrences() > 0 ? Math.min(1.0, (double) e.quotedOccurrences() / e.occurrences()) : 0;
    return Math.log1p(Math.max(0, e.nRegions()))
        * (1 + 3 * quotedShare)
        * (1 + rise(e.earlyShare(), e.lateShare()) / 2)
        * (1 + Math.max(0, e.methods() - 1) / 4.0);
  }

  /** log2 of the late share over the early share, smoothed and clipped to [0, {@link #MAX_RISE}]. */
  public static double rise(double earlyShare, double lateShare) {
    if (Double.isNaN(earlyShare) || Double.isNaN(lateShare)) {
      return 0;
    }
    double ratio = (lateShare + SMOOTHING) / (earlyShare + SMOOTHING);
    return Math.max(0, Math.min(MAX_RISE, Math.log(ratio) / Math.log(2)));
  }
}
