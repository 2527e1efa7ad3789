package org.reportcorpus.jobs.topics;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.mllib.linalg.Matrices;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.reportcorpus.jobs.config.TopicSettings;
import org.reportcorpus.udfs.topics.DirichletFit;
import org.reportcorpus.udfs.topics.GibbsShard;

/**
 * LDA by collapsed Gibbs sampling on Spark (AD-LDA): each partition of the count vectors
 * becomes a {@link GibbsShard} that sweeps its documents {@code sync_sweeps} times against its
 * own copy of the word–topic counts; then the shards' counts are summed (a k × V array, the only
 * thing that reaches the driver) and broadcast for the next round. After {@code burn_in} sweeps,
 * the asymmetric document–topic prior is refitted at every merge ({@link DirichletFit}).
 *
 * <p>The result is an ordinary MLlib {@link LocalLDAModel} whose topic parameters are the
 * sampled counts plus beta: for that model the counts are exactly the variational parameters
 * MLlib would hold, so MLlib infers new documents' topic weights from them, saves, loads and
 * reports perplexity as for a model it fitted itself.
 */
final class GibbsLda {

  private GibbsLda() {}

  /**
   * Where a fit starts from another model: its topic–word weights {@code [word * k + topic]} and
   * its document–topic prior. Small (k × V): it is captured in the first round's closure.
   */
  record Warm(double[] wordTopic, double[] alpha) implements java.io.Serializable {

    /** The start a fitted model gives: its topics matrix (counts + beta for ours) and its prior. */
    static Warm of(LDAModel model) {
      Matrix topics = model.topicsMatrix(); // V × k
      int k = topics.numCols();
      double[] wordTopic = new double[topics.numRows() * k];
      for (int w = 0; w < topics.numRows(); w++) {
        for (int t = 0; t < k; t++) {
          wordTopic[w * k + t] = topics.apply(w, t);
        }
      }
      return new Warm(wordTopic, model.estimatedDocConcentration().toArray());
    }
  }

  /** The columns of {@link TopicFeatures.Fitted#documentTopics}: doc_id and topic weights. */
  static final StructType DOCUMENT_TOPICS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField(TopicFeatures.TOPIC_DISTRIBUTION, SQLDataTypes.VectorType(), false)));

  /**
   * A fit from {@code warm} (a model of the same k and vocabulary), or from a uniform start when
   * null; with {@code keepDocumentTopics}, the training documents' weights as the sampler left them
   * (checkpointed), else null.
   */
  static TopicFeatures.Fitted fit(Dataset<Row> train, int vocabularySize, TopicSettings settings, int k, long seed,
      int sweeps, Warm warm, boolean keepDocumentTopics) {
    if (warm != null && (warm.alpha().length != k || warm.wordTopic().length != vocabularySize * k)) {
      throw new IllegalArgumentException("topics: a warm start needs a model of k=" + k + " over " + vocabularySize
          + " terms");
    }
    TopicSettings.Gibbs gibbs = settings.gibbs();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(train.sparkSession().sparkContext());
    JavaRDD<Part> shards = train.select(col("doc_id"), col(TopicFeatures.FEATURES)).javaRDD()
        .mapPartitionsWithIndex((partition, rows) -> {
          List<String> ids = new ArrayList<>();
          List<int[]> documents = new ArrayList<>();
          while (rows.hasNext()) {
            Row row = rows.next();
            ids.add(row.getString(0));
            documents.add(TopicFeatures.occurrences(((Vector) row.get(1)).toSparse()));
          }
          long shardSeed = mix(seed, 0, partition);
          return Collections.singletonList(new Part(ids.toArray(String[]::new), warm == null
              ? GibbsShard.start(k, documents, shardSeed)
              : GibbsShard.startFrom(k, documents, warm.wordTopic(), warm.alpha(), shardSeed))).iterator();
        }, true)
        .persist(StorageLevel.MEMORY_AND_DISK());
    int[] counts = shards.map(part -> part.shard().wordTopicCounts(vocabularySize)).treeReduce(GibbsLda::added);
    double[] alpha = new double[k];
    Arrays.fill(alpha, gibbs.alphaSum() / k);
    if (warm != null) {
      alpha = warm.alpha().clone();
    }

    int rounds = Math.max(1, (sweeps + gibbs.syncSweeps() - 1) / gibbs.syncSweeps());
    Broadcast<int[]> previous = null;
    for (int round = 1; round <= rounds; round++) {
      Broadcast<int[]> shared = context.broadcast(counts);
      double[] prior = alpha;
      double beta = gibbs.beta(); // plain values in the closure
      int roundSweeps = gibbs.syncSweeps();
      long roundSeed = mix(seed, round, 0);
      JavaRDD<Part> swept = shards.mapPartitionsWithIndex((partition, it) -> {
        List<Part> out = new ArrayList<>(1);
        while (it.hasNext()) {
          Part part = it.next();
          out.add(new Part(part.ids(),
              part.shard().sweep(shared.value(), prior, beta, roundSweeps, roundSeed + partition)));
        }
        return out.iterator();
      }, true).persist(StorageLevel.MEMORY_AND_DISK());
      // Cut the lineage at each round (the round is cached anyway): hundreds of rounds are not
      // worth keeping. A round's task still carries its parent round's closure, so a broadcast
      // is destroyed one round later.
      swept.rdd().localCheckpoint();
      boolean fitAlpha = round * gibbs.syncSweeps() > gibbs.burnIn();
      Merged merged = swept.map(part -> new Merged(part.shard().wordTopicCounts(vocabularySize),
          fitAlpha ? part.shard().histograms() : null)).treeReduce(Merged::plus); // one pass over the round
      counts = merged.counts();
      if (fitAlpha) {
        alpha = DirichletFit.fit(alpha, merged.histograms(), 200);
      }
      shards.unpersist(false);
      if (previous != null) {
        previous.destroy();
      }
      previous = shared;
      shards = swept;
    }
    Dataset<Row> documentTopics = null;
    if (keepDocumentTopics) {
      // Read off the last round before it is dropped (no inference pass over the documents), and
      // checkpointed: its lineage is the rounds, whose blocks go next. k weights per document.
      double[] prior = alpha;
      documentTopics = train.sparkSession()
          .createDataFrame(shards.flatMap(part -> part.weights(prior)), DOCUMENT_TOPICS)
          .localCheckpoint(true);
    }
    shards.unpersist(false);
    if (previous != null) {
      previous.destroy();
    }
    return new TopicFeatures.Fitted(model(train, counts, alpha, gibbs.beta(), vocabularySize, k), documentTopics);
  }

  /** A shard and the doc_ids of its documents, in the shard's order. */
  private record Part(String[] ids, GibbsShard shard) implements java.io.Serializable {
    Iterator<Row> weights(double[] alpha) {
      List<Row> rows = new ArrayList<>(ids.length);
      for (int d = 0; d < ids.length; d++) {
        rows.add(RowFactory.create(ids[d], Vectors.dense(shard.documentTopicWeights(d, alpha))));
      }
      return rows.iterator();
    }
  }

  /** The MLlib model of these counts: topics matrix V × k = counts + beta, doc concentration alpha. */
  private static LocalLDAModel model(Dataset<Row> train, int[] counts, double[] alpha, double beta, int vocabularySize,
      int k) {
    double[] lambda = new double[vocabularySize * k]; // column-major V × k
    for (int w = 0; w < vocabularySize; w++) {
      for (int t = 0; t < k; t++) {
        lambda[t * vocabularySize + w] = counts[w * k + t] + beta;
      }
    }
    // MLlib's constructors are package-private in Scala, public in bytecode: the only way to build a
    // model MLlib can save, load and apply from parameters fitted elsewhere.
    org.apache.spark.mllib.clustering.LocalLDAModel fitted = new org.apache.spark.mllib.clustering.LocalLDAModel(
        Matrices.dense(vocabularySize, k, lambda), org.apache.spark.mllib.linalg.Vectors.dense(alpha), beta, 100);
    LocalLDAModel model = new LocalLDAModel(org.apache.spark.ml.util.Identifiable.randomUID("lda"), vocabularySize,
        fitted, train.sparkSession());
    model.set(model.k(), k);
    model.set(model.topicConcentration(), beta);
    model.set(model.docConcentration(), alpha);
    return (LocalLDAModel) model.setFeaturesCol(TopicFeatures.FEATURES)
        .setTopicDistributionCol(TopicFeatures.TOPIC_DISTRIBUTION);
  }

  /** What a round sends to the driver: the summed word–topic counts, and (after burn-in) the histograms. */
  private record Merged(int[] counts, DirichletFit.Histograms histograms) implements java.io.Serializable {
    Merged plus(Merged other) {
      return new Merged(added(counts, other.counts),
          histograms == null ? other.histograms : histograms.plus(other.histograms));
    }
  }

  private static int[] added(int[] a, int[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
    return a;
  }

  /** A seed for (run seed, round, partition): distinct streams without correlated neighbours. */
  private static long mix(long seed, int round, int partition) {
    long z = seed * 0x9E3779B97F4A7C15L + round * 0xBF58476D1CE4E5B9L + partition * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
