package org.reportcorpus.udfs.topics;

/**
 * Class-based TF-IDF (Grootendorst 2022, BERTopic's c-TF-IDF): all documents of one class (here a
 * topic within one year) are one document; a term's weight in it is
 *
 * <pre>
 *   w(t, c) = tf(t, c) / |c|  ×  ln(1 + A / f(t))
 * </pre>
 *
 * with tf(t, c) the term's occurrences in the class, |c| the class's token count, A the mean
 * token count of a class and f(t) the term's occurrences over all classes. Words frequent
 * everywhere weigh little; a word frequent in one class and rare elsewhere weighs most.
 */
public final class ClassTfIdf {

  private ClassTfIdf() {}

  public static double weight(long termInClass, long classTokens, double meanClassTokens, long termOverall) {
    if (termInClass < 0 || classTokens <= 0 || meanClassTokens <= 0 || termOverall < termInClass) {
      throw new IllegalArgumentException("impossible counts: tf=" + termInClass + ", |c|=" + classTokens
          + ", A=" + meanClassTokens + ", f=" + termOverall);
    }
    if (termInClass == 0) {
      return 0;
    }
    return (double) termInClass / classTokens * Math.log(1 + meanClassTokens / termOverall);
  }
}
