package org.reportcorpus.jobs.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;

class HanlpTokenizerTest {

  private static final StructType TEXT = DataTypes.createStructType(List.of(
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, true)));

  private static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SharedSpark.get();
  }

  private static Dataset<Row> texts(String... texts) {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      rows.add(RowFactory.create("d" + i, texts[i]));
    }
    return spark.createDataFrame(rows, TEXT);
  }

  private static List<String> tokensOf(HanlpTokenizer tokenizer, String text) {
    return tokenizer.transform(texts(text)).first().getList(2);
  }

  @Test
  void keepsDictionaryTermsWholeAndDropsShortWordsAndNumbers() {
    String text = "我市推行综合查一次改革，2023年检查企业120家。";
    HanlpTokenizer plain = new HanlpTokenizer();
    HanlpTokenizer withTerms = new HanlpTokenizer().setDictionary(List.of("综合查一次"));
    assertTrue(tokensOf(withTerms, text).contains("综合查一次"), tokensOf(withTerms, text).toString());
    for (String token : tokensOf(withTerms, text)) {
      assertTrue(token.codePointCount(0, token.length()) >= 2, token);
      assertTrue(!token.matches("[0-9]+.*"), token);
    }
    assertEquals(List.of(), tokensOf(plain, null));
  }

  @Test
  void thePartOfSpeechFilterDecidesWhatIsKept() {
    String text = "加强生态环境保护，认真开展执法检查。";
    List<String> nounsOnly = tokensOf(new HanlpTokenizer().setPosPrefixes(List.of("n")), text);
    List<String> nounsAndVerbs = tokensOf(new HanlpTokenizer(), text);
    assertTrue(nounsAndVerbs.containsAll(nounsOnly));
    assertTrue(nounsAndVerbs.size() > nounsOnly.size(), nounsOnly + " vs " + nounsAndVerbs);
  }

  @Test
  void savedAndLoadedWithAPipelineItTokenizesTheSame() throws IOException {
    HanlpTokenizer tokenizer = new HanlpTokenizer().setInputCol("text").setOutputCol("words")
        .setDictionary(List.of("综合查一次", "一网通办")).setPosPrefixes(List.of("n", "v")).setExcludedPos(List.of("ns"))
        .setMinTokenLength(2);
    Dataset<Row> input = texts("推进一网通办和综合查一次，优化营商环境。", "加强执法监督");
    PipelineModel model = new Pipeline().setStages(new PipelineStage[] {tokenizer}).fit(input);
    String path = Fixtures.tempDir("tokenizer-model").resolve("model").toString();
    model.write().overwrite().save(path);
    PipelineModel loaded = PipelineModel.load(path);

    HanlpTokenizer reloaded = (HanlpTokenizer) loaded.stages()[0];
    assertEquals(tokenizer.uid(), reloaded.uid());
    assertArrayEquals(new String[] {"一网通办", "综合查一次"}, reloaded.getOrDefault(reloaded.dictionary()));
    assertArrayEquals(new String[] {"ns"}, reloaded.getOrDefault(reloaded.excludedPos()));
    assertEquals(model.transform(input).collectAsList(), loaded.transform(input).collectAsList());
  }

  @Test
  void rejectsAMissingInputColumn() {
    assertThrows(IllegalArgumentException.class,
        () -> new HanlpTokenizer().setInputCol("body").transform(texts("x")));
  }
}
