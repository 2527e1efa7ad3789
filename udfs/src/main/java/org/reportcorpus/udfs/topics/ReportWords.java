package org.reportcorpus.udfs.topics;

/**
 * Report boilerplate found from the data rather than only listed by hand: a word that nearly
 * every report of every year uses (its lowest yearly document share is high) and that the model
 * spreads evenly over its topics (it tells no topic from another). Such words fill the top-term
 * lists of every topic or gather into one catch-all topic. They are candidates for
 * conf/report_words.txt, to be reviewed — a word of one era can look like boilerplate of all.
 */
public final class ReportWords {

  private ReportWords() {}

  /**
   * How evenly a word's weight is spread over the topics: the entropy of p(topic | word),
   * normalised to [0, 1] (1 = the same in every topic). {@code weights} are the word's weights
   * in each topic's word distribution.
   */
  public static double evenness(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    if (total <= 0 || weights.length < 2) {
      return 0;
    }
    double entropy = 0;
    for (double w : weights) {
      if (w > 0) {
        double p = w / total;
        entropy -= p * Math.log(p);
      }
    }
    return entropy / Math.log(weights.length);
  }

  /** Whether a word with this lowest yearly document share and this evenness is a candidate. */
  public static boolean isCandidate(double minYearShare, double evenness, double shareAtLeast,
      double evennessAtLeast) {
    return minYearShare >= shareAtLeast && evenness >= evennessAtLeast;
  }
}
