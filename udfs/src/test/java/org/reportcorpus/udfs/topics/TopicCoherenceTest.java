package org.reportcorpus.udfs.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.stats.Npmi;

class TopicCoherenceTest {

  /** Sums the keys of every document, as the Spark pass does. */
  private static Map<Long, Long> count(int[][] docs, int[][] topics) {
    Set<Long> needed = TopicCoherence.neededKeys(topics);
    int[] candidates = TopicCoherence.candidateTerms(topics);
    Map<Long, Long> counts = new HashMap<>();
    for (int[] doc : docs) {
      TopicCoherence.keysIn(doc, candidates, needed, key -> counts.merge(key, 1L, Long::sum));
    }
    return counts;
  }

  @Test
  void termsThatAlwaysCoOccurScoreOneAndTermsThatNeverDoScoreMinusOne() {
    int[][] docs = {{0, 1, 5}, {0, 1}, {2, 6}, {3, 6}, {2, 7}, {3}};
    int[][] topics = {{0, 1}, {2, 3}};
    double[] scores = TopicCoherence.scores(topics, count(docs, topics), docs.length);
    assertEquals(1.0, scores[0], 1e-12);
    assertEquals(-1.0, scores[1], 1e-12);
    assertEquals(0.0, TopicCoherence.mean(scores), 1e-12);
  }

  @Test
  void aTopicScoresTheMeanNpmiOfItsPairsAgainstADirectCount() {
    int[][] docs = {{0, 1, 2}, {0, 1}, {1, 2}, {0, 3}, {2, 3}, {1}, {4}, {0, 2, 4}};
    int[][] topics = {{0, 1, 2}, {3, 4}};
    double[] scores = TopicCoherence.scores(topics, count(docs, topics), docs.length);
    double expected = (npmi(docs, 0, 1) + npmi(docs, 0, 2) + npmi(docs, 1, 2)) / 3;
    assertEquals(expected, scores[0], 1e-12);
    assertEquals(npmi(docs, 3, 4), scores[1], 1e-12);
  }

  @Test
  void onlyPairsWithinATopicAreCounted() {
    int[][] topics = {{0, 1}, {2, 3}};
    Set<Long> needed = TopicCoherence.neededKeys(topics);
    assertEquals(6, needed.size()); // 4 singles + 2 pairs
    List<Long> held = new ArrayList<>();
    TopicCoherence.keysIn(new int[] {0, 1, 2, 3}, TopicCoherence.candidateTerms(topics), needed, held::add);
    assertEquals(6, held.size());
    assertTrue(!held.contains(TopicCoherence.key(1, 2)));
    assertEquals(TopicCoherence.key(2, 1), TopicCoherence.key(1, 2));
  }

  @Test
  void aTermNoDocumentHoldsCountsAsNeverCoOccurring() {
    int[][] docs = {{0}, {0, 1}};
    int[][] topics = {{0, 9}};
    assertEquals(-1.0, TopicCoherence.scores(topics, count(docs, topics), docs.length)[0], 1e-12);
  }

  private static double npmi(int[][] docs, int a, int b) {
    long nA = 0;
    long nB = 0;
    long nBoth = 0;
    for (int[] doc : docs) {
      boolean hasA = java.util.Arrays.stream(doc).anyMatch(t -> t == a);
      boolean hasB = java.util.Arrays.stream(doc).anyMatch(t -> t == b);
      nA += hasA ? 1 : 0;
      nB += hasB ? 1 : 0;
      nBoth += hasA && hasB ? 1 : 0;
    }
    return Npmi.of(nBoth, nA, nB, docs.length);
  }
}
