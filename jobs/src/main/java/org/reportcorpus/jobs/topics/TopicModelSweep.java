package org.reportcorpus.jobs.topics;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.ml.clustering.DistributedLDAModel;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.reportcorpus.udfs.topics.TopicCoherence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.reportcorpus.jobs.config.TopicSettings;

/**
 * Fits LDA models — for each k, {@code restarts} of them from consecutive seeds, since
 * variational LDA often settles in a poor local optimum (two planted topics merged, one split)
 * that a different start avoids — on the training documents and scores each: NPMI coherence of every
 * topic's top terms over the whole corpus, and log perplexity on the held-out documents (lower
 * is better). The best model has the highest coherence; ties go to the lower perplexity, then
 * the smaller k.
 */
public final class TopicModelSweep {

  private static final Logger LOG = LoggerFactory.getLogger(TopicModelSweep.class);

  /** One fitted model and its scores; {@code topTerms[t]} are topic t's top term ids. */
  record Scored(int k, long seed, LDAModel model, double coherence, double[] topicCoherence, double perplexity,
      double seconds, int[][] topTerms) {}

  /** All models tried, in order of k, and the chosen one. */
  record Result(List<Scored> tried, Scored chosen, long nTrain, long nHoldout) {}

  private TopicModelSweep() {}

  static Result run(Dataset<Row> features, TopicSettings settings) {
    Dataset<Row> train = features.filter(col("holdout").equalTo(false));
    Dataset<Row> holdout = features.filter(col("holdout"));
    long nTrain = train.count();
    long nHoldout = holdout.count();
    if (nTrain == 0) {
      throw new IllegalStateException("topics: no documents to train on (is the documents table empty?)");
    }
    List<Scored> tried = new ArrayList<>();
    for (int k : settings.ks()) {
      for (int restart = 0; restart < settings.restarts(); restart++) {
        tried.add(fit(features, train, holdout, nHoldout, nTrain + nHoldout, settings, k, settings.seed() + restart));
      }
    }
    Scored chosen = tried.stream().max(Comparator.comparingDouble(Scored::coherence)
        .thenComparing(Comparator.comparingDouble((Scored s) -> Double.isNaN(s.perplexity()) ? 0 : s.perplexity())
            .reversed())
        .thenComparing(Comparator.comparingInt(Scored::k).reversed())).orElseThrow();
    return new Result(tried, chosen, nTrain, nHoldout);
  }

  /** One model: fitted on {@code train}, scored on all {@code features} and on {@code holdout}. */
  private static Scored fit(Dataset<Row> features, Dataset<Row> train, Dataset<Row> holdout, long nHoldout,
      long nDocs, TopicSettings settings, int k, long seed) {
    long started = System.nanoTime();
    LDAModel model = TopicFeatures.lda(settings, k).setSeed(seed).fit(train);
    if (model instanceof DistributedLDAModel distributed) {
      // The local form is what is saved and scores new documents; it does not keep the columns.
      model = distributed.toLocal().setFeaturesCol(TopicFeatures.FEATURES)
          .setTopicDistributionCol(TopicFeatures.TOPIC_DISTRIBUTION);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double perplexity = nHoldout == 0 ? Double.NaN : model.logPerplexity(holdout);
    int[][] topTerms = topTermIds(model, settings.coherenceTerms());
    double[] topicCoherence = CoherenceScorer.score(features, TopicFeatures.FEATURES, topTerms, nDocs);
    Scored scored = new Scored(k, seed, model, TopicCoherence.mean(topicCoherence), topicCoherence, perplexity,
        seconds, topTerms);
    LOG.info("topics: k={} seed={} coherence={} log perplexity={} ({} s)", k, seed,
        String.format("%.4f", scored.coherence()), String.format("%.4f", perplexity), String.format("%.1f", seconds));
    return scored;
  }

  /** Each topic's {@code n} most probable term ids (a k-row table: collected). */
  public static int[][] topTermIds(LDAModel model, int n) {
    List<Row> topics = model.describeTopics(n).orderBy("topic").collectAsList();
    int[][] ids = new int[topics.size()][];
    for (Row topic : topics) {
      List<Integer> indices = topic.getList(1);
      ids[topic.getInt(0)] = indices.stream().mapToInt(Integer::intValue).toArray();
    }
    return ids;
  }
}
