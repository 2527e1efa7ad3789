package org.reportcorpus.udfs.topics;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a document's topic weights are worth a row: those of at least {@code minWeight}, and
 * always the dominant topic (the largest weight, the lowest topic id on a tie) so that every
 * document scored has a row and a dominant topic.
 */
public final class DocTopicWeights {

  private DocTopicWeights() {}

  public record Weight(int topic, double weight, boolean dominant) {}

  public static int dominant(double[] theta) {
    int best = -1;
    for (int t = 0; t < theta.length; t++) {
      if (best < 0 || theta[t] > theta[best]) {
        best = t;
      }
    }
    return best;
  }

  public static List<Weight> kept(double[] theta, double minWeight) {
    List<Weight> kept = new ArrayList<>();
    int dominant = dominant(theta);
    for (int t = 0; t < theta.length; t++) {
      if (t == dominant || theta[t] >= minWeight) {
        kept.add(new Weight(t, theta[t], t == dominant));
      }
    }
    return kept;
  }

  /** "a·b·c": a topic's label from its first three terms. */
  public static String label(List<String> topTerms) {
    return String.join("·", topTerms.subList(0, Math.min(3, topTerms.size())));
  }
}
