package org.reportcorpus.generator;

import java.util.List;
import java.util.Random;

/**
 * One planted topic: a policy theme and its word distribution φ (probabilities summing to 1),
 * the known answer a topic model's learned topic is compared with.
 */
final class PlantedTopic {

  private final int id;
  private final String label;
  private final List<String> words;
  private final double[] probabilities;
  /** Running sums of {@link #probabilities}, for drawing by inverse CDF. */
  private final double[] cumulative;

  /**
   * @param id the topic's index among the planted topics (0-based), the truth's topic_id
   * @param label the policy theme it stands for (truth only, never written into a report)
   * @param words distinct words, most probable first
   * @param weights positive weights, one per word; normalized here
   */
  PlantedTopic(int id, String label, List<String> words, double[] weights) {
    if (words.isEmpty() || words.size() != weights.length) {
      throw new IllegalArgumentException(label + ": " + words.size() + " words and " + weights.length + " weights");
    }
    if (words.stream().distinct().count() != words.size()) {
      throw new IllegalArgumentException(label + ": a word is listed twice: " + words);
    }
    double total = 0;
    for (double w : weights) {
      if (!(w > 0)) {
        throw new IllegalArgumentException(label + ": weights must be positive");
      }
      total += w;
    }
    this.id = id;
    this.label = label;
    this.words = List.copyOf(words);
    this.probabilities = new double[weights.length];
    this.cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      probabilities[i] = weights[i] / total;
      sum += probabilities[i];
      cumulative[i] = sum;
    }
  }

  int id() {
    return id;
  }

  String label() {
    return label;
  }

  List<String> words() {
    return words;
  }

  double probability(int word) {
    return probabilities[word];
  }

  /** φ(word), 0 for a word outside the topic. */
  double probability(String word) {
    int i = words.indexOf(word);
    return i < 0 ? 0 : probabilities[i];
  }

  /** A word drawn from φ. */
  String draw(Random rng) {
    double u = rng.nextDouble();
    for (int i = 0; i < cumulative.length - 1; i++) {
      if (u < cumulative[i]) {
        return words.get(i);
      }
    }
    // The last sum may fall a rounding error short of 1.
    return words.get(words.size() - 1);
  }
}
