package org.reportcorpus.udfs.stats;

/**
 * Normalized pointwise mutual information of two items counted over the same units (documents or
 * sentences):
 *
 * <pre>
 *   npmi(a, b) = log( p(a,b) / (p(a) p(b)) ) / −log p(a,b),   p(x) = n_x / n_units
 * </pre>
 *
 * computed from counts as {@code (ln n_both + ln n_units − ln n_a − ln n_b) / (ln n_units − ln n_both)}.
 * It lies in [−1, 1]: 1 when a and b only ever occur together, 0 when they are independent,
 * −1 when they never occur together. Edge cases:
 *
 * <ul>
 *   <li>{@code n_both == n_a == n_b} (always together, including every unit holding both, where
 *       the formula is 0/0): exactly 1.0;
 *   <li>{@code n_both == 0}: −1.0 (the limit);
 *   <li>otherwise the quotient, clamped to [−1, 1] against rounding;
 *   <li>counts that cannot arise (negative, {@code n_both > min(n_a, n_b)}, a count above
 *       {@code n_units}, or {@code n_a + n_b − n_both > n_units}): {@link IllegalArgumentException}.
 * </ul>
 */
public final class Npmi {

  private Npmi() {}

  public static double of(long nBoth, long nA, long nB, long nUnits) {
    if (nBoth < 0 || nA < 0 || nB < 0 || nUnits <= 0
        || nBoth > Math.min(nA, nB) || Math.max(nA, nB) > nUnits || nA + nB - nBoth > nUnits) {
      throw new IllegalArgumentException("impossible counts: n_both=" + nBoth + ", n_a=" + nA
          + ", n_b=" + nB + ", n_units=" + nUnits);
    }
    if (nBoth == 0) {
      return -1.0;
    }
    if (nBoth == nA && nBoth == nB) {
      return 1.0;
    }
    double logBoth = Math.log(nBoth);
    double logUnits = Math.log(nUnits);
    // summed in a fixed order so that npmi(a, b) == npmi(b, a) to the last bit
    double logAB = Math.log(Math.min(nA, nB)) + Math.log(Math.max(nA, nB));
    double pmi = logBoth + logUnits - logAB;
    double npmi = pmi / (logUnits - logBoth);
    return Math.max(-1.0, Math.min(1.0, npmi));
  }
}
