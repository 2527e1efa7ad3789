package org.reportcorpus.jobs.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.reportcorpus.udfs.topics.TopicCoherence;

/**
 * NPMI coherence of topics given as top-term ids, counted in Spark over the count vectors of
 * the corpus ({@link TopicCoherence}): one pass emits the (term, term) keys each document holds,
 * and only the few thousand summed counts reach the driver. The same scorer rates any system's
 * topics over the same vocabulary (the Mallet bench uses it).
 */
public final class CoherenceScorer {

  private CoherenceScorer() {}

  /**
   * Per topic, the mean NPMI of its top terms' pairs over the {@code nDocs} documents of {@code
   * features} (counted once by the caller, who scores many models on the same documents).
   */
  public static double[] score(Dataset<Row> features, String featuresCol, int[][] topTerms, long nDocs) {
    Set<Long> needed = TopicCoherence.neededKeys(topTerms);
    int[] candidates = TopicCoherence.candidateTerms(topTerms);
    Dataset<Long> keys = features.select(featuresCol).flatMap((FlatMapFunction<Row, Long>) row -> {
      SparseVector vector = ((Vector) row.get(0)).toSparse();
      List<Long> held = new ArrayList<>();
      TopicCoherence.keysIn(vector.indices(), candidates, needed, held::add);
      return held.iterator();
    }, Encoders.LONG());
    Map<Long, Long> counts = new HashMap<>();
    for (Row row : keys.groupBy("value").count().collectAsList()) { // at most needed.size() rows
      counts.put(row.getLong(0), row.getLong(1));
    }
    return TopicCoherence.scores(topTerms, counts, nDocs);
  }
}
