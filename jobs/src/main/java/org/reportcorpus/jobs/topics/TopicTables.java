package org.reportcorpus.jobs.topics;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.reportcorpus.jobs.spark.RowBuilder;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.trends.Diffusion;
import org.reportcorpus.udfs.topics.ClassTfIdf;
import org.reportcorpus.udfs.topics.ReportWords;
import org.reportcorpus.udfs.topics.DocTopicWeights;

/**
 * The rows of the topic tables, from a fitted model and the scored documents. Weights are
 * rounded to {@value #DIGITS} decimals: Spark sums partial results in the order tasks finish, so
 * the last bits of a float may differ between two runs on the same input; the tables must not.
 */
final class TopicTables {

  static final int DIGITS = 9;

  private static final StructType TERM_OCCURRENCES = DataTypes.createStructType(List.of(
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("term_id", DataTypes.IntegerType, false),
      DataTypes.createStructField("occurrences", DataTypes.LongType, false)));

  private static final StructType VOCABULARY = DataTypes.createStructType(List.of(
      DataTypes.createStructField("term_id", DataTypes.IntegerType, false),
      DataTypes.createStructField("term", DataTypes.StringType, false)));

  private static final UserDefinedFunction CLASS_TFIDF = udf(
      (UDF4<Long, Long, Double, Long, Double>) ClassTfIdf::weight, DataTypes.DoubleType).asNonNullable();

  private TopicTables() {}

  static double round(double value) {
    double scale = Math.pow(10, DIGITS);
    return Math.round(value * scale) / scale;
  }

  /**
   * Rows of {@code topics}: label, top terms and coherence of each topic, and its mean weight
   * over all units (measured when the model was judged).
   */
  static Dataset<Row> topics(SparkSession spark, TopicModelSweep.Scored model, String[] vocabulary) {
    double[] prevalence = model.prevalence();
    List<Row> rows = new ArrayList<>();
    for (int t = 0; t < model.k(); t++) {
      List<String> terms = Arrays.stream(model.topTerms()[t]).mapToObj(i -> vocabulary[i]).toList();
      rows.add(RowFactory.create(t, DocTopicWeights.label(terms), RowBuilder.seq(terms),
          round(model.topicCoherence()[t]), round(prevalence[t])));
    }
    return spark.createDataFrame(rows, Tables.TOPICS.schema());
  }

  /** Rows of {@code topic_terms}: each topic's {@code n} most probable terms. */
  static Dataset<Row> topicTerms(SparkSession spark, LDAModel model, String[] vocabulary, int n) {
    List<Row> rows = new ArrayList<>();
    for (Row topic : model.describeTopics(n).collectAsList()) { // k rows
      List<Integer> indices = topic.getList(1);
      List<Double> weights = topic.getList(2);
      for (int r = 0; r < indices.size(); r++) {
        rows.add(RowFactory.create(topic.getInt(0), vocabulary[indices.get(r)], round(weights.get(r)), r + 1));
      }
    }
    return spark.createDataFrame(rows, Tables.TOPIC_TERMS.schema());
  }

  /** Rows of {@code doc_topics} from (doc_id, topic_distribution). */
  static Dataset<Row> docTopics(Dataset<Row> scored, double minWeight) {
    return scored.select(col("doc_id"), col(TopicFeatures.TOPIC_DISTRIBUTION))
        .flatMap((FlatMapFunction<Row, Row>) row -> {
          double[] theta = ((Vector) row.get(1)).toArray();
          List<Row> kept = new ArrayList<>();
          for (DocTopicWeights.Weight weight : DocTopicWeights.kept(theta, minWeight)) {
            kept.add(RowFactory.create(row.getString(0), weight.topic(), round(weight.weight()), weight.dominant()));
          }
          return kept.iterator();
        }, Encoders.row(Tables.DOC_TOPICS.schema()));
  }

  /**
   * Rows of {@code topic_trends}: per topic, report year and scope (national, or a province),
   * the documents scored there and the mean of their weights in {@code doc_topics} (a weight
   * below min_doc_weight is not kept and counts as 0). Every topic appears in every (year, scope)
   * with documents.
   */
  static Dataset<Row> topicTrends(Dataset<Row> docTopics, Dataset<Row> documents, Dataset<Row> topics) {
    Dataset<Row> dated = documents.filter(col("report_year").isNotNull())
        .select(col("doc_id"), col("report_year").as("year"), col("province"));
    Dataset<Row> scoped = dated.select(col("doc_id"), col("year"), lit(Diffusion.NATIONAL_SCOPE).as("scope"))
        .union(dated.filter(col("province").isNotNull()).select(col("doc_id"), col("year"), col("province").as("scope")));
    Dataset<Row> nDocs = scoped.join(docTopics.select("doc_id").distinct(), "doc_id")
        .groupBy("year", "scope").agg(count(lit(1)).as("n_docs"));
    // Summed as whole units of 1e-9 (doc_topics' weights are rounded so): a sum of longs does not
    // depend on the order tasks finish in, a sum of doubles can differ in its last digit.
    double unit = Math.pow(10, DIGITS);
    Dataset<Row> sums = scoped.join(docTopics, "doc_id")
        .groupBy("topic_id", "year", "scope")
        .agg(sum(org.apache.spark.sql.functions.round(col("weight").multiply(unit)).cast("long")).as("units"))
        .withColumn("total", col("units").divide(unit));
    return nDocs.crossJoin(topics.select("topic_id", "label"))
        .join(sums, new String[] {"topic_id", "year", "scope"}, "left")
        .withColumn("mean_weight", rounded(coalesce(col("total"), lit(0.0)).divide(col("n_docs"))));
  }

  /**
   * Rows of {@code topic_terms_by_year}: the documents of one year whose dominant topic is t form
   * one class; each class's terms weighted by {@link ClassTfIdf} against all (topic, year) classes,
   * the top {@code n} kept.
   */
  static Dataset<Row> topicTermsByYear(SparkSession spark, Dataset<Row> features, Dataset<Row> docTopics,
      String[] vocabulary, int n) {
    Dataset<Row> classOf = docTopics.filter(col("is_dominant")).select("doc_id", "topic_id")
        .join(features.filter(col("report_year").isNotNull()).select(col("doc_id"), col("report_year").as("year")),
            "doc_id");
    Dataset<Row> occurrences = termOccurrences(features).join(classOf, "doc_id");
    Dataset<Row> classTerms = occurrences.groupBy("topic_id", "year", "term_id").agg(sum("occurrences").as("tf"));
    Dataset<Row> classes = occurrences.groupBy("topic_id", "year")
        .agg(sum("occurrences").as("class_tokens"), countDistinct("doc_id").as("n_docs"));
    Dataset<Row> meanClass = classes.agg(avg("class_tokens").as("mean_class_tokens"));
    Dataset<Row> overall = classTerms.groupBy("term_id").agg(sum("tf").as("overall"));
    List<Row> words = new ArrayList<>(vocabulary.length);
    for (int i = 0; i < vocabulary.length; i++) {
      words.add(RowFactory.create(i, vocabulary[i]));
    }
    Dataset<Row> weighted = classTerms.join(classes, new String[] {"topic_id", "year"})
        .join(overall, "term_id").crossJoin(meanClass)
        .withColumn("weight", rounded(CLASS_TFIDF.apply(col("tf"), col("class_tokens"),
            col("mean_class_tokens"), col("overall"))))
        .join(spark.createDataFrame(words, VOCABULARY), "term_id");
    return weighted
        .withColumn("rank", row_number().over(Window.partitionBy("topic_id", "year")
            .orderBy(col("weight").desc(), col("term"))))
        .filter(col("rank").leq(n));
  }

  /**
   * Rows of {@code topic_report_words}: the words whose lowest yearly document share is at least
   * {@code minYearShare} (a year without the word counts as 0), with how evenly the model spreads
   * each over its topics; those at least {@code minEvenness} even are kept. The yearly shares are
   * aggregated in Spark; only the words over the share bar (a few dozen) reach the driver.
   */
  static Dataset<Row> reportWords(SparkSession spark, Dataset<Row> features, LDAModel model, String[] vocabulary,
      double minYearShare, double minEvenness) {
    Dataset<Row> dated = features.filter(col("report_year").isNotNull())
        .select(col("doc_id"), col("report_year").as("year"));
    Dataset<Row> yearDocs = dated.groupBy("year").agg(count(lit(1)).as("year_docs"));
    long years = yearDocs.count();
    Dataset<Row> shares = termOccurrences(features).join(dated, "doc_id")
        .groupBy("term_id", "year").agg(count(lit(1)).as("docs"))
        .join(yearDocs, "year")
        .withColumn("share", col("docs").divide(col("year_docs")))
        .groupBy("term_id")
        .agg(min("share").as("min_share"), sum("share").as("share_sum"), count(lit(1)).as("years"))
        .filter(col("years").equalTo(years).and(col("min_share").geq(minYearShare)));
    Matrix topics = model.topicsMatrix(); // V × k, each column a topic's word weights (k columns: local)
    double[] topicTotals = new double[topics.numCols()];
    for (int t = 0; t < topics.numCols(); t++) {
      for (int w = 0; w < topics.numRows(); w++) {
        topicTotals[t] += topics.apply(w, t);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Row word : shares.orderBy("term_id").collectAsList()) {
      int w = word.getInt(0);
      double[] weights = new double[topics.numCols()];
      for (int t = 0; t < weights.length; t++) {
        weights[t] = topics.apply(w, t) / topicTotals[t];
      }
      double evenness = ReportWords.evenness(weights);
      if (ReportWords.isCandidate(word.getDouble(1), evenness, minYearShare, minEvenness)) {
        rows.add(RowFactory.create(vocabulary[w], round(word.getDouble(1)), round(word.getDouble(2) / years),
            round(evenness), (int) years));
      }
    }
    return spark.createDataFrame(rows, Tables.TOPIC_REPORT_WORDS.schema());
  }

  /** (doc_id, term_id, occurrences) of every non-zero entry of the count vectors. */
  static Dataset<Row> termOccurrences(Dataset<Row> features) {
    return features.select(col("doc_id"), col(TopicFeatures.FEATURES)).flatMap((FlatMapFunction<Row, Row>) row -> {
      SparseVector vector = ((Vector) row.get(1)).toSparse();
      List<Row> rows = new ArrayList<>(vector.indices().length);
      for (int i = 0; i < vector.indices().length; i++) {
        rows.add(RowFactory.create(row.getString(0), vector.indices()[i], (long) vector.values()[i]));
      }
      return rows.iterator();
    }, Encoders.row(TERM_OCCURRENCES));
  }

  private static Column rounded(Column value) {
    return org.apache.spark.sql.functions.round(value, DIGITS);
  }
}
