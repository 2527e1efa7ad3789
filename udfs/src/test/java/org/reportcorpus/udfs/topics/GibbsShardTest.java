package org.reportcorpus.udfs.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GibbsShardTest {

  /** Two themes over disjoint words 0..4 and 5..9; each document draws from one theme only. */
  private static List<int[]> twoThemes(int documents, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<int[]> docs = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      int offset = d % 2 == 0 ? 0 : 5;
      int[] words = new int[40];
      for (int i = 0; i < words.length; i++) {
        words[i] = offset + random.nextInt(5);
      }
      docs.add(words);
    }
    return docs;
  }

  private static int[] sum(int[] a, int[] b) {
    int[] out = a.clone();
    for (int i = 0; i < b.length; i++) {
      out[i] += b[i];
    }
    return out;
  }

  @Test
  void countsAreKeptAndTheSweepLeavesTheShardItStartedFrom() {
    GibbsShard shard = GibbsShard.start(3, twoThemes(6, 1), 5);
    int[] before = shard.wordTopicCounts(10);
    assertEquals(240, Arrays.stream(before).sum());
    GibbsShard swept = shard.sweep(before, new double[] {0.1, 0.1, 0.1}, 0.01, 3, 9);
    assertArrayEquals(before, shard.wordTopicCounts(10), "a sweep must not change the shard it started from");
    assertEquals(240, Arrays.stream(swept.wordTopicCounts(10)).sum(), "every token keeps one topic");
    for (int d = 0; d < swept.documents(); d++) {
      assertEquals(40, Arrays.stream(swept.documentTopicCounts(d)).sum());
    }
  }

  @Test
  void aWarmStartPutsEachWordInTheTopicTheModelGaveIt() {
    // A model that put words 0..4 in topic 1 and 5..9 in topic 0, except word 9, which it never saw.
    double[] wordTopic = new double[10 * 2];
    for (int w = 0; w < 9; w++) {
      wordTopic[w * 2 + (w < 5 ? 1 : 0)] = 50;
      wordTopic[w * 2 + (w < 5 ? 0 : 1)] = 0.01;
    }
    List<int[]> docs = twoThemes(200, 4);
    GibbsShard warm = GibbsShard.startFrom(2, docs, wordTopic, new double[] {0.5, 0.5}, 6);
    int[] counts = warm.wordTopicCounts(10);
    for (int w = 0; w < 9; w++) {
      int expected = w < 5 ? 1 : 0;
      int total = counts[w * 2] + counts[w * 2 + 1];
      assertTrue(counts[w * 2 + expected] > 0.99 * total, "word " + w + ": " + Arrays.toString(counts));
    }
    // The unseen word is spread over both topics, as a cold start would.
    assertTrue(counts[18] > 0.3 * (counts[18] + counts[19]) && counts[19] > 0.3 * (counts[18] + counts[19]));
    // The prior weighs in: a topic the model gives no weight at all is never drawn.
    GibbsShard onlyOne = GibbsShard.startFrom(2, docs, wordTopic, new double[] {1, 0}, 6);
    int[] first = onlyOne.wordTopicCounts(10);
    for (int w = 0; w < 9; w++) {
      assertEquals(0, first[w * 2 + 1]);
    }
    assertArrayEquals(counts, GibbsShard.startFrom(2, docs, wordTopic, new double[] {0.5, 0.5}, 6)
        .wordTopicCounts(10), "same seed, same start");
  }

  @Test
  void sameSeedSameAssignments() {
    GibbsShard shard = GibbsShard.start(2, twoThemes(8, 2), 3);
    int[] counts = shard.wordTopicCounts(10);
    double[] alpha = {0.5, 0.5};
    assertArrayEquals(shard.sweep(counts, alpha, 0.01, 5, 11).wordTopicCounts(10),
        shard.sweep(counts, alpha, 0.01, 5, 11).wordTopicCounts(10));
  }

  /** Two shards synced the AD-LDA way separate the two themes: each word ends almost wholly in one topic. */
  @Test
  void twoShardsSeparateTwoThemes() {
    List<int[]> docs = twoThemes(40, 3);
    GibbsShard a = GibbsShard.start(2, docs.subList(0, 20), 1);
    GibbsShard b = GibbsShard.start(2, docs.subList(20, 40), 2);
    double[] alpha = {0.1, 0.1};
    for (int round = 0; round < 20; round++) {
      int[] global = sum(a.wordTopicCounts(10), b.wordTopicCounts(10));
      a = a.sweep(global, alpha, 0.01, 5, 100 + round);
      b = b.sweep(global, alpha, 0.01, 5, 200 + round);
    }
    int[] counts = sum(a.wordTopicCounts(10), b.wordTopicCounts(10));
    int themeOfFirst = counts[0] > counts[1] ? 0 : 1;
    for (int w = 0; w < 10; w++) {
      int expected = w < 5 ? themeOfFirst : 1 - themeOfFirst;
      int inTopic = counts[w * 2 + expected];
      int total = counts[w * 2] + counts[w * 2 + 1];
      assertTrue(inTopic >= 0.95 * total, "word " + w + ": " + inTopic + " of " + total + " in its theme's topic");
    }
  }

  @Test
  void documentWeightsAreItsTopicCountsSmoothedByAlpha() {
    GibbsShard shard = GibbsShard.start(3, List.of(new int[] {0, 1, 2, 3, 4, 5, 6}, new int[] {}), 5);
    double[] alpha = {0.5, 1.0, 1.5};
    int[] counts = shard.documentTopicCounts(0);
    double[] weights = shard.documentTopicWeights(0, alpha);
    for (int t = 0; t < 3; t++) {
      assertEquals((counts[t] + alpha[t]) / (7 + 3.0), weights[t], 1e-12);
    }
    assertEquals(1.0, Arrays.stream(weights).sum(), 1e-12);
    // A document without tokens: the prior's own proportions.
    assertArrayEquals(new double[] {0.5 / 3, 1.0 / 3, 1.5 / 3}, shard.documentTopicWeights(1, alpha), 1e-12);
  }
}
