package org.reportcorpus.jobs.topics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.TopicSettings;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.jobs.tokenize.TokenizeJob;

/**
 * Segment once: the topic features made from the tokens table's segmentation are the ones made
 * by segmenting the text again, including for a document the tokens table has no row for.
 */
class TopicFeaturesTest {

  private static final StructType DOCUMENTS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("report_year", DataTypes.IntegerType, true),
      DataTypes.createStructField("province", DataTypes.StringType, true)));

  private static final String[] TEXTS = {
      "我市深入推进综合查一次改革，优化营商环境，持续开展行政执法检查。",
      "全面推行行政执法公示制度，严格规范公正文明执法，推进法治政府建设。",
      "加强行政复议体制改革，畅通群众诉求表达渠道，化解行政争议。",
      "推进综合查一次改革向乡镇延伸，减少企业检查频次，优化营商环境。",
      "健全重大行政决策程序，开展合法性审查，推进政务公开。",
      "加强法治宣传教育，落实谁执法谁普法责任制，推进法治社会建设。"};

  @Test
  void featuresFromTheTokensTableEqualFeaturesFromSegmentingTheText() {
    SparkSession spark = SharedSpark.get();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < TEXTS.length; i++) {
      rows.add(RowFactory.create("d" + i, TEXTS[i], 2020 + i % 2, "浙江省"));
    }
    Dataset<Row> documents = spark.createDataFrame(rows, DOCUMENTS);
    List<String> dictionary = List.of("综合查一次");
    // d5 has no row in the tokens table: its text is segmented as before.
    Dataset<Row> tokens = TokenizeJob.segment(documents, dictionary).filter("doc_id <> 'd5'");
    Dataset<Row> sections = spark.createDataFrame(List.of(), Tables.SECTIONS.schema());
    TopicSettings settings = TopicSettings.fromConfig(CorpusConfig.of(
        Map.of("corpus.topics.min_df", "1", "corpus.topics.max_df", "0.99"), List.of()));

    TopicFeatures.Featurized fromTokens = TopicFeatures.featurize(
        TopicUnits.of(documents, sections, tokens, settings), settings, dictionary, Set.of("加强"), Set.of("推进"));
    TopicFeatures.Featurized fromText = TopicFeatures.featurize(
        TopicUnits.of(documents, sections, null, settings), settings, dictionary, Set.of("加强"), Set.of("推进"));
    try {
      assertTrue(List.of(fromTokens.vocabulary()).contains("综合查一次"), List.of(fromTokens.vocabulary()).toString());
      assertTrue(!List.of(fromTokens.vocabulary()).contains("推进"), "report words are removed after the filter");
      assertTrue(!List.of(fromTokens.vocabulary()).contains("加强"), "function words are removed");
      assertTrue(List.of(fromTokens.vocabulary()).contains("法治"), List.of(fromTokens.vocabulary()).toString());
      assertArrayEquals(fromText.vocabulary(), fromTokens.vocabulary());
      assertEquals(vectors(fromText), vectors(fromTokens));
      // The saved featurizer still starts from text: it scores raw new documents, and its stages
      // (tokenizer, the two stopword removers, counts) give the vectors the one-pass filter gave.
      assertEquals(vectors(fromText), fromTokens.model().transform(documents).orderBy("doc_id")
          .select("features").collectAsList().stream().map(r -> r.get(0).toString()).toList());
      // Scoring with the saved model over the tokens table's words (d5 by its text) gives the
      // same vectors without segmenting the text again.
      assertEquals(vectors(fromText), TopicFeatures.transform(fromTokens.model(),
              TopicUnits.of(documents, sections, tokens, settings)).orderBy("doc_id")
          .select("features").collectAsList().stream().map(r -> r.get(0).toString()).toList());
      // ... and it does read the tokens: d0's row there, made to hold one word, is all it counts.
      Dataset<Row> oneWord = tokens
          .withColumn("tokens", when(col("doc_id").equalTo("d0"), array(lit("法治"))).otherwise(col("tokens")))
          .withColumn("pos", when(col("doc_id").equalTo("d0"), array(lit("n"))).otherwise(col("pos")));
      org.apache.spark.ml.linalg.SparseVector d0 = (org.apache.spark.ml.linalg.SparseVector) TopicFeatures.transform(
              fromTokens.model(), TopicUnits.of(documents, sections, oneWord, settings))
          .filter(col("doc_id").equalTo("d0")).select("features").first().get(0);
      assertArrayEquals(new double[] {1.0}, d0.values());
      assertEquals("法治", fromTokens.vocabulary()[d0.indices()[0]]);
    } finally {
      fromTokens.features().unpersist();
      fromText.features().unpersist();
    }
  }

  private static List<String> vectors(TopicFeatures.Featurized featurized) {
    return featurized.features().orderBy("doc_id").select("features").collectAsList().stream()
        .map(r -> r.get(0).toString()).toList();
  }
}
