package org.reportcorpus.jobs.candidates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.reportcorpus.jobs.spark.RowBuilder;

/**
 * The phrases the discovery methods proposed, each with the methods that proposed it. Held on
 * the driver: every method proposes at most {@code max_proposals} phrases.
 */
final class Proposals {

  static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("phrase", DataTypes.StringType, false),
      DataTypes.createStructField("methods", DataTypes.createArrayType(DataTypes.StringType, false), false)));

  private final Map<String, SortedSet<String>> methodsByPhrase = new TreeMap<>();
  private final Map<String, Integer> countByMethod = new TreeMap<>();

  void add(String method, List<String> phrases) {
    for (String phrase : phrases) {
      methodsByPhrase.computeIfAbsent(phrase, p -> new TreeSet<>()).add(method);
    }
    countByMethod.merge(method, phrases.size(), Integer::sum);
  }

  int count(String method) {
    return countByMethod.getOrDefault(method, 0);
  }

  /** Every proposed phrase once, sorted. */
  List<String> phrases() {
    return new ArrayList<>(methodsByPhrase.keySet());
  }

  /** (phrase, methods) with the methods sorted. */
  Dataset<Row> toDataset(SparkSession spark) {
    List<Row> rows = new ArrayList<>(methodsByPhrase.size());
    methodsByPhrase.forEach((phrase, methods) ->
        rows.add(RowFactory.create(phrase, RowBuilder.seq(new ArrayList<>(methods)))));
    return spark.createDataFrame(rows, SCHEMA);
  }
}
