package org.reportcorpus.udfs.topics;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import org.reportcorpus.udfs.stats.Npmi;

/**
 * Topic coherence as NPMI over document co-occurrence (Bouma 2009; Röder et al. 2015's C_NPMI
 * with boolean-document windows): a topic's score is the mean, over all pairs of its top terms,
 * of {@link Npmi#of npmi} with documents as units; a model's score is the mean over its topics.
 *
 * <p>The corpus pass is split so that it can run anywhere (Spark, or a plain loop for tests):
 * {@link #neededKeys} lists the counts the scores need (each top term's document frequency and
 * each within-topic pair's), {@link #keysIn} emits those a document holds, and {@link #scores}
 * turns the summed counts into per-topic coherence. A key is {@link #key(int, int)} of two term
 * ids (a single term is the pair (a, a)).
 */
public final class TopicCoherence {

  private TopicCoherence() {}

  /** The key of the unordered pair {a, b}; {@code key(a, a)} is term a alone. */
  public static long key(int a, int b) {
    int low = Math.min(a, b);
    int high = Math.max(a, b);
    return ((long) low << 32) | (high & 0xffffffffL);
  }

  /** Every key the scores of these topics need: each top term, and each pair within a topic. */
  public static Set<Long> neededKeys(int[][] topTerms) {
    Set<Long> keys = new TreeSet<>();
    for (int[] topic : topTerms) {
      for (int i = 0; i < topic.length; i++) {
        keys.add(key(topic[i], topic[i]));
        for (int j = i + 1; j < topic.length; j++) {
          keys.add(key(topic[i], topic[j]));
        }
      }
    }
    return keys;
  }

  /** The sorted distinct terms of all topics: what a document needs to be checked for. */
  public static int[] candidateTerms(int[][] topTerms) {
    return Arrays.stream(topTerms).flatMapToInt(Arrays::stream).distinct().sorted().toArray();
  }

  /**
   * Emits each needed key that a document holds: both terms among the document's distinct terms
   * ({@code docTerms}, sorted ascending, as a sparse count vector's indices are).
   */
  public static void keysIn(int[] docTerms, int[] candidates, Set<Long> needed, LongConsumer out) {
    int[] present = Arrays.stream(candidates).filter(t -> Arrays.binarySearch(docTerms, t) >= 0).toArray();
    for (int i = 0; i < present.length; i++) {
      for (int j = i; j < present.length; j++) {
        long key = key(present[i], present[j]);
        if (needed.contains(key)) {
          out.accept(key);
        }
      }
    }
  }

  /**
   * Per topic, the mean NPMI of its top-term pairs given the document counts of {@link
   * #neededKeys} (a missing key counts 0) over {@code nDocs} documents. A topic with fewer than
   * two terms has no pairs: NaN.
   */
  public static double[] scores(int[][] topTerms, Map<Long, Long> counts, long nDocs) {
    double[] scores = new double[topTerms.length];
    for (int t = 0; t < topTerms.length; t++) {
      int[] topic = topTerms[t];
      double sum = 0;
      int pairs = 0;
      for (int i = 0; i < topic.length; i++) {
        for (int j = i + 1; j < topic.length; j++) {
          long nA = counts.getOrDefault(key(topic[i], topic[i]), 0L);
          long nB = counts.getOrDefault(key(topic[j], topic[j]), 0L);
          long nBoth = counts.getOrDefault(key(topic[i], topic[j]), 0L);
          // A term no document holds (possible for a model scored on another corpus) never co-occurs.
          sum += nA == 0 || nB == 0 ? -1.0 : Npmi.of(nBoth, nA, nB, nDocs);
          pairs++;
        }
      }
      scores[t] = pairs == 0 ? Double.NaN : sum / pairs;
    }
    return scores;
  }

  /** The mean of the topics' scores (NaN topics left out); NaN when there is none. */
  public static double mean(double[] topicScores) {
    return Arrays.stream(topicScores).filter(s -> !Double.isNaN(s)).average().orElse(Double.NaN);
  }
}
