package org.reportcorpus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Matrix;
import org.reportcorpus.udfs.topics.TopicMatching;

/**
 * Topic–word distributions as plain matrices over one vocabulary, so that a learned model can be
 * compared with planted topics (the generator's {@code truth/topic_words.tsv}) or with another
 * system's, by {@link TopicMatching}.
 *
 * @param vocabulary column i is this word
 * @param topics one row per topic, each summing to 1
 */
public record TopicComparison(List<String> vocabulary, double[][] topics) {

  /** The distributions of a saved topic pipeline: its CountVectorizer's vocabulary, its LDA's topics. */
  public static TopicComparison of(PipelineModel model) {
    String[] vocabulary = null;
    LDAModel lda = null;
    for (Transformer stage : model.stages()) {
      if (stage instanceof CountVectorizerModel counts) {
        vocabulary = counts.vocabulary();
      } else if (stage instanceof LDAModel fitted) {
        lda = fitted;
      }
    }
    if (vocabulary == null || lda == null) {
      throw new IllegalArgumentException("not a topic pipeline: no CountVectorizerModel or LDAModel stage");
    }
    return of(List.of(vocabulary), lda);
  }

  public static TopicComparison of(List<String> vocabulary, LDAModel lda) {
    Matrix matrix = lda.topicsMatrix(); // vocabulary × k, each column proportional to a topic
    double[][] topics = new double[matrix.numCols()][matrix.numRows()];
    for (int t = 0; t < matrix.numCols(); t++) {
      for (int w = 0; w < matrix.numRows(); w++) {
        topics[t][w] = matrix.apply(w, t);
      }
    }
    return new TopicComparison(vocabulary, normalized(topics));
  }

  /** Planted topics from a {@code topic_words.tsv} (topic_id, label, word, probability). */
  public static TopicComparison planted(Path topicWords) {
    Map<Integer, Map<String, Double>> byTopic = new TreeMap<>();
    List<String> words = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(topicWords, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split("\t", -1);
        byTopic.computeIfAbsent(Integer.parseInt(cells[0]), t -> new LinkedHashMap<>())
            .put(cells[2], Double.parseDouble(cells[3]));
        if (!words.contains(cells[2])) {
          words.add(cells[2]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + topicWords, e);
    }
    double[][] topics = new double[byTopic.size()][words.size()];
    int t = 0;
    for (Map<String, Double> topic : byTopic.values()) {
      for (Map.Entry<String, Double> word : topic.entrySet()) {
        topics[t][words.indexOf(word.getKey())] = word.getValue();
      }
      t++;
    }
    return new TopicComparison(List.copyOf(words), normalized(topics));
  }

  /**
   * The best one-to-one matching of these topics (rows) to the other's, by cosine over the union
   * of both vocabularies: a word only one side knows counts as 0 on the other side.
   */
  public TopicMatching.Match matchTo(TopicComparison other) {
    List<String> union = new ArrayList<>(vocabulary);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < union.size(); i++) {
      index.put(union.get(i), i);
    }
    for (String word : other.vocabulary) {
      if (!index.containsKey(word)) {
        index.put(word, union.size());
        union.add(word);
      }
    }
    return TopicMatching.best(TopicMatching.cosines(spread(this, index, union.size()), spread(other, index, union.size())));
  }

  /** Topic t's {@code n} most probable words. */
  public List<String> topWords(int t, int n) {
    Integer[] order = new Integer[vocabulary.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(topics[t][b], topics[t][a]));
    List<String> top = new ArrayList<>();
    for (int i = 0; i < Math.min(n, order.length); i++) {
      top.add(vocabulary.get(order[i]));
    }
    return top;
  }

  private static double[][] spread(TopicComparison side, Map<String, Integer> index, int size) {
    double[][] rows = new double[side.topics.length][size];
    for (int t = 0; t < side.topics.length; t++) {
      for (int w = 0; w < side.vocabulary.size(); w++) {
        rows[t][index.get(side.vocabulary.get(w))] = side.topics[t][w];
      }
    }
    return rows;
  }

  private static double[][] normalized(double[][] rows) {
    for (double[] row : rows) {
      double sum = java.util.Arrays.stream(row).sum();
      if (sum > 0) {
        for (int i = 0; i < row.length; i++) {
          row[i] /= sum;
        }
      }
    }
    return rows;
  }
}
