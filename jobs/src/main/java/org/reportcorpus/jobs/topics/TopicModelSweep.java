package org.reportcorpus.jobs.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.stat.Summarizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.reportcorpus.jobs.config.TopicSettings;
import org.reportcorpus.udfs.topics.TopicCoherence;
import org.reportcorpus.udfs.topics.TopicQuality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the topic model so that the cost of the choice does not grow with the corpus:
 *
 * <ol>
 *   <li>k sweep: one cheap fit ({@code sweep_iter}) per k of {@code corpus.topics.k} on a stable
 *       sample of about {@code sweep_sample} units (chosen by a hash of doc_id);
 *   <li>restarts: {@code restarts} full fits ({@code max_iter}) of the preferred k on the same
 *       units, from consecutive seeds — a sampler can settle in a poor optimum (two themes merged,
 *       one split) that another start avoids. If none of them is free of faults, the next k the
 *       sweep prefers is fitted the same way, up to {@code final_ks} values of k;
 *   <li>final: when the sample is the whole corpus, the preferred restart is the model (its
 *       stage is {@code final}). Otherwise the preferred restart is fitted once more on all
 *       units, {@code final_iter} sweeps from where it ended (Gibbs: each token starts in a topic
 *       drawn from that model), so the corpus-sized fit is one fit of a fraction of the sweeps.
 * </ol>
 *
 * <p>Every fit is judged on the units it was fitted from: NPMI coherence of each topic's top
 * terms, held-out log perplexity, prevalence (mean topic weight), and the faults dead,
 * duplicate and negative ({@link TopicQuality}). When the sweep fit had the full budget, it
 * counts as the first restart.
 */
public final class TopicModelSweep {

  private static final Logger LOG = LoggerFactory.getLogger(TopicModelSweep.class);

  private static final long HASH_SPACE = 1_000_000;

  public static final String SWEEP = "sweep";
  public static final String RESTART = "restart";
  public static final String FINAL = "final";

  /**
   * One fitted model, its measures, and the verdict on them; {@code topTerms[t]} are topic t's top
   * term ids. {@code transformed}: for a fit on all units (stage final), their doc_id and topic weights
   * — the training units' from the sampler's last state, the held-out units' inferred by the
   * model — persisted: prevalence was measured on them and doc_topics is written from them (the
   * caller unpersists the chosen one's; run, the others'); null for the other stages.
   */
  record Scored(String stage, int k, long seed, int iterations, LDAModel model, long nTrain, long nHoldout,
      double[] topicCoherence,
      double[] prevalence, double seconds, int[][] topTerms, TopicQuality.Verdict verdict,
      Dataset<Row> transformed) {
    double coherence() {
      return verdict.coherence();
    }

    double perplexity() {
      return verdict.perplexity();
    }
  }

  /** All models tried, in order of fitting, and the chosen one. */
  record Result(List<Scored> tried, Scored chosen) {}

  private TopicModelSweep() {}

  static Result run(Dataset<Row> features, int vocabularySize, TopicSettings settings) {
    long nUnits = features.count();
    if (nUnits == 0) {
      throw new IllegalStateException("topics: no documents to train on (is the documents table empty?)");
    }
    boolean sampled = nUnits > settings.sweepSample();
    // A share of the hash space rather than a sort and limit: the units keep their layout
    // (TopicUnits), and the same document stays in the sample as the corpus grows. The sample is
    // laid out in the partitions its own size calls for: left in the corpus's, every sampler round
    // of every fit would run as many tasks as for the whole corpus, each over a few dozen
    // documents, with its shard's counts going stale between merges.
    Dataset<Row> sample = sampled
        ? TopicUnits.laidOut(features.filter(pmod(xxhash64(col("doc_id")), lit(HASH_SPACE))
            .lt(HASH_SPACE * settings.sweepSample() / nUnits)), settings, settings.sweepSample())
            .persist(StorageLevel.MEMORY_AND_DISK())
        : features;
    List<Scored> tried = new ArrayList<>();
    try {
      Units sweepUnits = Units.of(sample);
      List<Scored> sweep = new ArrayList<>();
      for (int k : settings.ks()) {
        sweep.add(fit(SWEEP, sweepUnits, vocabularySize, settings, k, settings.seed(), settings.sweepIter(), null));
      }
      tried.addAll(sweep);

      // The preferred k first; when none of its full fits is free of faults (a cheap fit can look
      // clean where the full one starves a topic), the next k the sweep prefers.
      List<Scored> byPreference = new ArrayList<>(sweep);
      byPreference.sort(Comparator.comparing(Scored::verdict, TopicQuality.PREFERENCE));
      String restartStage = sampled ? RESTART : FINAL;
      List<Scored> restarts = new ArrayList<>();
      for (Scored candidate : byPreference.subList(0, Math.min(settings.finalKs(), byPreference.size()))) {
        int k = candidate.k();
        List<Scored> ofK = new ArrayList<>();
        for (int restart = 0; restart < settings.restarts(); restart++) {
          boolean reuse = restart == 0 && settings.sweepIter() >= settings.maxIter();
          ofK.add(reuse ? candidate : fit(restartStage, sweepUnits, vocabularySize, settings, k,
              settings.seed() + restart, settings.maxIter(), null));
        }
        ofK.stream().filter(s -> s != candidate).forEach(tried::add);
        restarts.addAll(ofK);
        if (ofK.stream().anyMatch(s -> s.verdict().meetsRules())) {
          break;
        }
        LOG.info("topics: no full fit of k={} is free of faults{}", k,
            restarts.size() < settings.restarts() * settings.finalKs() ? "; trying the next k" : "");
      }
      Scored preferred = restarts.get(TopicQuality.choose(restarts.stream().map(Scored::verdict).toList()));
      Scored chosen = preferred;
      if (sampled) {
        chosen = fit(FINAL, Units.of(features), vocabularySize, settings, preferred.k(), preferred.seed(),
            settings.finalIter(), preferred.model());
        tried.add(chosen);
      }
      Scored kept = chosen;
      tried.stream().filter(s -> s != kept && s.transformed() != null).forEach(s -> s.transformed().unpersist());
      if (!chosen.verdict().meetsRules()) {
        LOG.warn("topics: the model is not free of faults (k={}): {} dead, {} duplicate pairs, {} negative",
            chosen.k(), chosen.verdict().dead(), chosen.verdict().duplicatePairs(), chosen.verdict().negative());
      }
      return new Result(tried, chosen);
    } finally {
      if (sampled) {
        sample.unpersist();
      }
    }
  }

  /** Units split into training and held-out, with their counts. */
  private record Units(Dataset<Row> all, Dataset<Row> train, Dataset<Row> holdout, long nTrain, long nHoldout) {
    static Units of(Dataset<Row> features) {
      Dataset<Row> train = features.filter(col("holdout").equalTo(false));
      Dataset<Row> holdout = features.filter(col("holdout"));
      return new Units(features, train, holdout, train.count(), holdout.count());
    }
  }

  /** One model: fitted on the training units, judged on all of them (perplexity: on the held-out ones). */
  private static Scored fit(String stage, Units units, int vocabularySize, TopicSettings settings, int k, long seed,
      int iterations, LDAModel from) {
    if (units.nTrain() == 0) {
      throw new IllegalStateException("topics: every unit is held out; lower corpus.topics.holdout_percent");
    }
    long started = System.nanoTime();
    TopicFeatures.Fitted fitted = TopicFeatures.fitted(units.train(), vocabularySize, settings, k, seed, iterations,
        from, true);
    LDAModel model = fitted.model();
    double seconds = (System.nanoTime() - started) / 1e9;
    double perplexity = units.nHoldout() == 0 ? Double.NaN : model.logPerplexity(units.holdout());
    int[][] topTerms = topTermIds(model, settings.coherenceTerms());
    double[] topicCoherence = CoherenceScorer.score(units.all(), TopicFeatures.FEATURES, topTerms,
        units.nTrain() + units.nHoldout());
    // Every unit's topic weights: the training units' as the sampler left them (Gibbs), the held-out
    // ones' inferred by the model — an inference pass over the training units cost as much as the
    // fit. A fit on all units (stage final) keeps them for doc_topics.
    Dataset<Row> weights = fitted.documentTopics() == null
        ? model.transform(units.all()).select(col("doc_id"), col(TopicFeatures.TOPIC_DISTRIBUTION))
        : fitted.documentTopics().unionByName(
            model.transform(units.holdout()).select(col("doc_id"), col(TopicFeatures.TOPIC_DISTRIBUTION)));
    Dataset<Row> transformed = stage.equals(FINAL) ? weights.persist(StorageLevel.DISK_ONLY()) : null;
    double[] prevalence = meanTopicWeights(weights);
    TopicQuality.Verdict verdict = TopicQuality.judge(TopicCoherence.mean(topicCoherence), perplexity, prevalence,
        topicCoherence, topTerms);
    LOG.info("topics: {} k={} seed={} coherence={} log perplexity={} dead={} duplicate pairs={} negative={} ({} s)",
        stage, k, seed, String.format("%.4f", verdict.coherence()), String.format("%.4f", perplexity), verdict.dead(),
        verdict.duplicatePairs(), verdict.negative(), String.format("%.1f", seconds));
    return new Scored(stage, k, seed, iterations, model, units.nTrain(), units.nHoldout(), topicCoherence, prevalence, seconds,
        topTerms, verdict, transformed);
  }

  /** Each topic's mean weight over the units — what the topics table reports as prevalence. */
  public static double[] prevalence(LDAModel model, Dataset<Row> units) {
    return meanTopicWeights(model.transform(units));
  }

  private static double[] meanTopicWeights(Dataset<Row> transformed) {
    Row means = transformed.select(Summarizer.mean(col(TopicFeatures.TOPIC_DISTRIBUTION))).first();
    return ((Vector) means.get(0)).toArray();
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
