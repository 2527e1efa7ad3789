package org.reportcorpus.udfs.topics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The rules a chosen topic model must meet, and the choice among fitted models. Mean coherence
 * alone lets through models with dead topics (a handful of tokens), duplicates (two topics with
 * the same top words) and junk (words that rarely meet, negative NPMI); on real reports the most
 * coherent fit often has all three. So a model is first judged by its faults:
 *
 * <ul>
 *   <li>dead: prevalence below 1/(4k) — a quarter of a fair share;
 *   <li>duplicate: two topics whose top-n terms overlap by half or more;
 *   <li>negative: a topic with NPMI below 0.
 * </ul>
 *
 * <p>Among the models, those with no fault come first, then those with fewer faults; within
 * that, higher mean NPMI, then lower held-out log perplexity, then the smaller k.
 */
public final class TopicQuality {

  private TopicQuality() {}

  /** One fitted model's measures and the faults counted from them. */
  public record Verdict(int k, double coherence, double perplexity, int dead, int duplicatePairs, int negative,
      double minPrevalence, double minCoherence) {
    public int faults() {
      return dead + duplicatePairs + negative;
    }

    public boolean meetsRules() {
      return faults() == 0;
    }
  }

  /** The verdict on a model of {@code prevalence.length} topics. */
  public static Verdict judge(double coherence, double perplexity, double[] prevalence, double[] topicCoherence,
      int[][] topTerms) {
    int k = prevalence.length;
    return new Verdict(k, coherence, perplexity, dead(prevalence), duplicatePairs(topTerms),
        (int) Arrays.stream(topicCoherence).filter(c -> c < 0).count(),
        Arrays.stream(prevalence).min().orElse(0), Arrays.stream(topicCoherence).min().orElse(0));
  }

  /** Topics whose prevalence is below 1/(4k). */
  public static int dead(double[] prevalence) {
    double floor = 1.0 / (4.0 * prevalence.length);
    return (int) Arrays.stream(prevalence).filter(p -> p < floor).count();
  }

  /** Pairs of topics whose top-term lists share at least half their terms. */
  public static int duplicatePairs(int[][] topTerms) {
    int pairs = 0;
    for (int a = 0; a < topTerms.length; a++) {
      for (int b = a + 1; b < topTerms.length; b++) {
        int[] other = topTerms[b];
        int shared = (int) Arrays.stream(topTerms[a]).filter(t -> Arrays.stream(other).anyMatch(u -> u == t)).count();
        if (2 * shared >= Math.min(topTerms[a].length, topTerms[b].length)) {
          pairs++;
        }
      }
    }
    return pairs;
  }

  /** The order of preference: fewest faults, then coherence, then perplexity, then smaller k. */
  public static final Comparator<Verdict> PREFERENCE = Comparator.comparingInt(Verdict::faults)
      .thenComparing(Comparator.comparingDouble(Verdict::coherence).reversed())
      .thenComparingDouble(v -> Double.isNaN(v.perplexity()) ? Double.MAX_VALUE : v.perplexity())
      .thenComparingInt(Verdict::k);

  /** The index of the preferred verdict. */
  public static int choose(List<Verdict> verdicts) {
    if (verdicts.isEmpty()) {
      throw new IllegalArgumentException("no model to choose from");
    }
    int best = 0;
    for (int i = 1; i < verdicts.size(); i++) {
      if (PREFERENCE.compare(verdicts.get(i), verdicts.get(best)) < 0) {
        best = i;
      }
    }
    return best;
  }
}
