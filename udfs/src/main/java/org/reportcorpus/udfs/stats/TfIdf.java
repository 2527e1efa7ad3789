package org.reportcorpus.udfs.stats;

/**
 * TF-IDF of a word in a group of documents (a year, a province) taken as one pseudo-document,
 * against a corpus of documents:
 *
 * <pre>
 *   idf(df) = ln( (1 + N) / (1 + df) )      N = documents in the corpus, df = those holding the word
 *   tfidf   = tf × idf                      tf = the word's occurrences in the group
 * </pre>
 *
 * The smoothed idf without the "+1" some libraries add: a word found in every document weighs
 * exactly 0, whatever its frequency — it says nothing about a group "against the whole corpus".
 * The +1 inside the ratio keeps a word seen in no document (df = 0) finite.
 */
public final class TfIdf {

  private TfIdf() {}

  public static double idf(long nDocs, long df) {
    if (nDocs < 0 || df < 0 || df > nDocs) {
      throw new IllegalArgumentException("expected 0 <= df <= N but got df=" + df + ", N=" + nDocs);
    }
    return Math.log((1.0 + nDocs) / (1.0 + df));
  }

  public static double tfidf(long tf, long nDocs, long df) {
    if (tf < 0) {
      throw new IllegalArgumentException("expected tf >= 0 but got " + tf);
    }
    return tf * idf(nDocs, df);
  }
}
