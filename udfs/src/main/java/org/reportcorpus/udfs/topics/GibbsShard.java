package org.reportcorpus.udfs.topics;

import java.io.Serializable;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One shard of a collapsed Gibbs sampler for LDA (Griffiths &amp; Steyvers 2004), distributed the
 * AD-LDA way (Newman et al. 2009): each shard holds some documents' tokens and their topic
 * assignments, sweeps them against its own copy of the corpus-wide word–topic counts, and the
 * driver sums the shards' counts between rounds. A shard is immutable: {@link #sweep} returns a
 * new one, so a lost partition is recomputed from the round before it.
 *
 * <p>Counts are laid out {@code [word * k + topic]}, so the k counts a token needs are adjacent.
 */
public final class GibbsShard implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int k;
  private final int[][] words;
  private final int[][] topics;

  private GibbsShard(int k, int[][] words, int[][] topics) {
    this.k = k;
    this.words = words;
    this.topics = topics;
  }

  /** Documents given as term ids (one per occurrence), each token in a topic drawn uniformly. */
  public static GibbsShard start(int k, List<int[]> documents, long seed) {
    return assigned(k, documents, seed, (word, random) -> random.nextInt(k));
  }

  /**
   * A warm start: each token's topic drawn from p(topic | word) of a fitted model — proportional
   * to {@code wordTopic[word * k + topic]} / (that topic's total) × {@code alpha[topic]} — so the
   * sampler begins where that model ended instead of from noise and needs far fewer sweeps.
   */
  public static GibbsShard startFrom(int k, List<int[]> documents, double[] wordTopic, double[] alpha, long seed) {
    if (alpha.length != k || wordTopic.length % k != 0) {
      throw new IllegalArgumentException("expected " + k + " topics, got alpha " + alpha.length
          + " and word-topic weights " + wordTopic.length);
    }
    int vocabularySize = wordTopic.length / k;
    double[] topicTotal = new double[k];
    for (int w = 0; w < vocabularySize; w++) {
      for (int t = 0; t < k; t++) {
        topicTotal[t] += wordTopic[w * k + t];
      }
    }
    double[] cumulative = new double[wordTopic.length];
    for (int w = 0; w < vocabularySize; w++) {
      double sum = 0;
      for (int t = 0; t < k; t++) {
        sum += topicTotal[t] > 0 ? wordTopic[w * k + t] / topicTotal[t] * alpha[t] : 0;
        cumulative[w * k + t] = sum;
      }
    }
    return assigned(k, documents, seed, (word, random) -> {
      int base = word * k;
      double total = cumulative[base + k - 1];
      if (total <= 0) {
        return random.nextInt(k); // a word the model gave no weight: no evidence either way
      }
      return drawn(cumulative, base, k, random.nextDouble() * total);
    });
  }

  /** How a starting topic is drawn for a token of {@code word}. */
  private interface TopicDraw {
    int topic(int word, SplittableRandom random);
  }

  private static GibbsShard assigned(int k, List<int[]> documents, long seed, TopicDraw draw) {
    SplittableRandom random = new SplittableRandom(seed);
    int[][] words = documents.toArray(new int[0][]);
    int[][] topics = new int[words.length][];
    for (int d = 0; d < words.length; d++) {
      topics[d] = new int[words[d].length];
      for (int i = 0; i < topics[d].length; i++) {
        topics[d][i] = draw.topic(words[d][i], random);
      }
    }
    return new GibbsShard(k, words, topics);
  }

  /** The topic whose cumulative weight ({@code cumulative[offset + t]}, t < k) first passes {@code u}. */
  private static int drawn(double[] cumulative, int offset, int k, double u) {
    int chosen = 0;
    while (chosen < k - 1 && cumulative[offset + chosen] <= u) {
      chosen++;
    }
    return chosen;
  }

  public int documents() {
    return words.length;
  }

  /** This shard's word–topic counts, {@code [word * k + topic]}. */
  public int[] wordTopicCounts(int vocabularySize) {
    int[] counts = new int[vocabularySize * k];
    for (int d = 0; d < words.length; d++) {
      for (int i = 0; i < words[d].length; i++) {
        counts[words[d][i] * k + topics[d][i]]++;
      }
    }
    return counts;
  }

  /** Document d's topic counts. */
  public int[] documentTopicCounts(int d) {
    int[] counts = new int[k];
    for (int topic : topics[d]) {
      counts[topic]++;
    }
    return counts;
  }

  /**
   * Document d's topic weights under the sampler's current state, (n_dt + alpha_t) / (n_d +
   * sum alpha): the estimate Gibbs LDA gives a trained document (Mallet's doc-topics).
   */
  public double[] documentTopicWeights(int d, double[] alpha) {
    int[] counts = documentTopicCounts(d);
    double alphaSum = 0;
    for (double a : alpha) {
      alphaSum += a;
    }
    double[] weights = new double[k];
    double total = topics[d].length + alphaSum;
    for (int t = 0; t < k; t++) {
      weights[t] = (counts[t] + alpha[t]) / total;
    }
    return weights;
  }

  /**
   * {@code sweeps} passes over every token, each resampled from its full conditional
   * (n_dt + alpha_t)(n_wt + beta)/(n_t + V beta) with the token itself left out. The word–topic
   * counts start from the corpus-wide {@code wordTopic} and follow this shard's own moves only.
   */
  public GibbsShard sweep(int[] wordTopic, double[] alpha, double beta, int sweeps, long seed) {
    int vocabularySize = wordTopic.length / k;
    int[] local = wordTopic.clone();
    double[] inverseTotal = new double[k];
    int[] total = new int[k];
    for (int w = 0; w < vocabularySize; w++) {
      for (int t = 0; t < k; t++) {
        total[t] += local[w * k + t];
      }
    }
    double vBeta = vocabularySize * beta;
    for (int t = 0; t < k; t++) {
      inverseTotal[t] = 1.0 / (total[t] + vBeta);
    }
    int[][] next = new int[topics.length][];
    for (int d = 0; d < topics.length; d++) {
      next[d] = topics[d].clone();
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] cumulative = new double[k];
    for (int s = 0; s < sweeps; s++) {
      for (int d = 0; d < words.length; d++) {
        int[] doc = words[d];
        int[] assigned = next[d];
        int[] docTopic = new int[k];
        for (int topic : assigned) {
          docTopic[topic]++;
        }
        for (int i = 0; i < doc.length; i++) {
          int base = doc[i] * k;
          int old = assigned[i];
          docTopic[old]--;
          local[base + old]--;
          total[old]--;
          inverseTotal[old] = 1.0 / (total[old] + vBeta);
          double sum = 0;
          for (int t = 0; t < k; t++) {
            sum += (docTopic[t] + alpha[t]) * (local[base + t] + beta) * inverseTotal[t];
            cumulative[t] = sum;
          }
          int chosen = drawn(cumulative, 0, k, random.nextDouble() * sum);
          assigned[i] = chosen;
          docTopic[chosen]++;
          local[base + chosen]++;
          total[chosen]++;
          inverseTotal[chosen] = 1.0 / (total[chosen] + vBeta);
        }
      }
    }
    return new GibbsShard(k, words, next);
  }

  /**
   * What fitting alpha needs from this shard ({@link DirichletFit}): how many documents have
   * each count of each topic, and how many have each length.
   */
  public DirichletFit.Histograms histograms() {
    DirichletFit.Histograms histograms = new DirichletFit.Histograms(k);
    for (int d = 0; d < topics.length; d++) {
      histograms.addDocument(documentTopicCounts(d), topics[d].length);
    }
    return histograms;
  }
}
