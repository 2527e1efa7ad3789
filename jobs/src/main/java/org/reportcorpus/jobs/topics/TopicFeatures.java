package org.reportcorpus.jobs.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.DistributedLDAModel;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.reportcorpus.jobs.spark.RowBuilder;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import org.apache.spark.storage.StorageLevel;
import org.reportcorpus.jobs.config.TopicSettings;

/**
 * The stages of the topic pipeline — {@link HanlpTokenizer} → StopWordsRemover (function words)
 * → StopWordsRemover (report boilerplate) → CountVectorizer → LDA — and the featurization that
 * fits the first four once for every k tried.
 */
public final class TopicFeatures {

  static final String TOKENS = "tokens";
  static final String CONTENT = "content_words";
  static final String WORDS = "words";
  public static final String FEATURES = "features";
  static final String TOPIC_DISTRIBUTION = "topic_distribution";

  /**
   * The fitted featurizer (the pipeline's first four stages), the units with their count vectors
   * (persisted; the caller unpersists), and the vocabulary (index → word).
   */
  public record Featurized(PipelineModel model, Dataset<Row> features, String[] vocabulary) {}

  private TopicFeatures() {}

  /**
   * Fits the featurizer on {@code units}. Tokens are computed once and persisted: fitting a
   * Pipeline of the four stages would segment the corpus twice (fit, then transform).
   */
  static Featurized featurize(Dataset<Row> units, TopicSettings settings, List<String> dictionary,
      Set<String> stopwords, Set<String> reportWords) {
    HanlpTokenizer tokenizer = new HanlpTokenizer().setInputCol("text").setOutputCol(TOKENS)
        .setDictionary(dictionary).setPosPrefixes(settings.posPrefixes()).setExcludedPos(settings.excludedPos())
        .setMinTokenLength(settings.minLength());
    StopWordsRemover functionWords = remover(stopwords, TOKENS, CONTENT);
    StopWordsRemover boilerplate = remover(reportWords, CONTENT, WORDS);
    Dataset<Row> words = words(units, tokenizer, Stream.concat(stopwords.stream(), reportWords.stream())
            .collect(Collectors.toUnmodifiableSet()))
        .persist(StorageLevel.DISK_ONLY()); // every document's word list: on local disk, not the heap
    try {
      CountVectorizerModel counts = canonical(new CountVectorizer().setInputCol(WORDS).setOutputCol(FEATURES)
          .setMinDF(settings.minDf()).setMaxDF(settings.maxDf()).setVocabSize(settings.vocabSize())
          .fit(words));
      // Laid out as count vectors, a small fraction of the words they count.
      Dataset<Row> features = TopicUnits.laidOut(counts.transform(words).drop(WORDS), settings, words.count())
          .persist(StorageLevel.MEMORY_AND_DISK());
      features.count(); // materialize before the words are dropped from the cache
      // The saved model starts from text (topics --score segments new documents itself).
      PipelineModel featurizer = assemble(units.select("text"),
          new PipelineStage[] {tokenizer, functionWords, boilerplate, counts});
      return new Featurized(featurizer, features, counts.vocabulary());
    } finally {
      words.unpersist();
    }
  }

  /**
   * The units with the words the saved pipeline's first three stages would give them in {@link
   * #WORDS} — content words, minus function words and report words ({@code dropped}) — in one
   * pass rather than three over every document's word list. The words are filtered from the
   * tokens table's segmentation where the units carry it (the tokenizer's own filter, so the words
   * are the ones it would give); HanLP runs on the text only for units without it.
   */
  private static Dataset<Row> words(Dataset<Row> units, HanlpTokenizer tokenizer, Set<String> dropped) {
    HanlpTokenizer.ContentTokens content = tokenizer.contentTokens();
    boolean segmented = Arrays.asList(units.columns()).contains(TopicUnits.SEGMENTED_WORDS);
    DataType words = DataTypes.createArrayType(DataTypes.StringType);
    Column segmentedWords = segmented ? col(TopicUnits.SEGMENTED_WORDS) : lit(null).cast(words);
    Column segmentedTags = segmented ? col(TopicUnits.SEGMENTED_TAGS) : lit(null).cast(words);
    return units.withColumn(WORDS, udf(
            (UDF3<String, Seq<String>, Seq<String>, Seq<String>>) (text, tokens, tags) -> {
              List<String> kept = new ArrayList<>(tokens == null ? content.of(text)
                  : content.of(CollectionConverters.asJava(tokens), CollectionConverters.asJava(tags)));
              kept.removeIf(dropped::contains);
              return RowBuilder.seq(kept);
            },
            DataTypes.createArrayType(DataTypes.StringType, false))
        .apply(col("text"), segmentedWords, segmentedTags))
        .drop("text", TopicUnits.SEGMENTED_WORDS, TopicUnits.SEGMENTED_TAGS);
  }

  /**
   * A saved model (tokenizer, function-word and report-word removers, counts, then LDA when
   * there is one) applied to {@link TopicUnits}, which may carry the tokens table's segmentation:
   * its first three stages as {@link #words} — over that segmentation where a unit has it, giving
   * the words they would give on the text — then its other stages. What {@code model.transform}
   * gives on the units' text, without segmenting the text again.
   */
  static Dataset<Row> transform(PipelineModel model, Dataset<Row> units) {
    org.apache.spark.ml.Transformer[] stages = model.stages();
    if (stages.length < 4 || !(stages[0] instanceof HanlpTokenizer tokenizer)
        || !(stages[1] instanceof StopWordsRemover functionWords) || !(stages[2] instanceof StopWordsRemover reportWords)) {
      throw new IllegalStateException("topics: a saved model starts with the tokenizer and two stop-word removers;"
          + " this one has " + Arrays.toString(stages));
    }
    Dataset<Row> transformed = words(units, tokenizer, Stream.concat(Arrays.stream(functionWords.getStopWords()),
        Arrays.stream(reportWords.getStopWords())).collect(Collectors.toUnmodifiableSet()));
    for (int i = 3; i < stages.length; i++) {
      transformed = stages[i].transform(transformed);
    }
    return transformed;
  }

  /**
   * The model with its vocabulary in code-point order. CountVectorizer orders it by frequency and
   * leaves ties in the order partial counts arrive, so term ids — and with them LDA's random
   * initialisation — would differ between two runs on the same input.
   */
  static CountVectorizerModel canonical(CountVectorizerModel fitted) {
    String[] vocabulary = fitted.vocabulary().clone();
    Arrays.sort(vocabulary);
    return new CountVectorizerModel(vocabulary).setInputCol(fitted.getInputCol()).setOutputCol(fitted.getOutputCol())
        .setMinTF(fitted.getMinTF()).setBinary(fitted.getBinary());
  }

  /**
   * A model of k topics fitted on {@code train} by the configured optimizer, from {@code seed},
   * in {@code iterations} sweeps (Gibbs) or iterations (MLlib).
   */
  public static LDAModel fit(Dataset<Row> train, int vocabularySize, TopicSettings settings, int k, long seed,
      int iterations) {
    return fit(train, vocabularySize, settings, k, seed, iterations, null);
  }

  /**
   * A fit that starts from {@code from}, a model of the same k and vocabulary, when the optimizer
   * can (Gibbs: each token drawn from that model's topics); MLlib's optimizers start cold.
   */
  static LDAModel fit(Dataset<Row> train, int vocabularySize, TopicSettings settings, int k, long seed,
      int iterations, LDAModel from) {
    return fitted(train, vocabularySize, settings, k, seed, iterations, from, false).model();
  }

  /**
   * A model, and with {@code keepDocumentTopics} the training units' topic weights as the fit
   * left them (Gibbs: read off the sampler's last state) — null where the optimizer
   * keeps none (MLlib's: infer them with the model).
   */
  record Fitted(LDAModel model, Dataset<Row> documentTopics) {}

  static Fitted fitted(Dataset<Row> train, int vocabularySize, TopicSettings settings, int k, long seed,
      int iterations, LDAModel from, boolean keepDocumentTopics) {
    if (settings.optimizer().equals(TopicSettings.GIBBS)) {
      return GibbsLda.fit(train, vocabularySize, settings, k, seed, iterations,
          from == null ? null : GibbsLda.Warm.of(from), keepDocumentTopics);
    }
    LDAModel model = lda(settings, k).setSeed(seed).setMaxIter(iterations).fit(train);
    if (model instanceof DistributedLDAModel distributed) {
      // The local form is what is saved and scores new documents; it does not keep the columns.
      model = distributed.toLocal().setFeaturesCol(FEATURES).setTopicDistributionCol(TOPIC_DISTRIBUTION);
    }
    return new Fitted(model, null);
  }

  private static LDA lda(TopicSettings settings, int k) {
    LDA lda = new LDA();
    if (settings.topicConcentration() > 0) {
      lda.setTopicConcentration(settings.topicConcentration());
    }
    return lda.setK(k).setOptimizer(settings.optimizer()).setMaxIter(settings.maxIter())
        .setSeed(settings.seed()).setSubsamplingRate(settings.subsamplingRate())
        .setLearningOffset(settings.learningOffset()).setLearningDecay(settings.learningDecay())
        .setFeaturesCol(FEATURES).setTopicDistributionCol(TOPIC_DISTRIBUTION);
  }

  /**
   * A PipelineModel of already fitted stages. Pipeline.fit with no estimator left only checks
   * the schema and collects the stages: no Spark job runs.
   */
  static PipelineModel assemble(Dataset<Row> schemaOf, PipelineStage[] fitted) {
    return new Pipeline().setStages(fitted).fit(schemaOf.limit(0));
  }

  /** A count vector as term ids, each repeated by its count: a document as a sampler reads it. */
  public static int[] occurrences(SparseVector counts) {
    int total = 0;
    for (double value : counts.values()) {
      total += (int) value;
    }
    int[] ids = new int[total];
    int at = 0;
    for (int i = 0; i < counts.indices().length; i++) {
      for (int c = 0; c < (int) counts.values()[i]; c++) {
        ids[at++] = counts.indices()[i];
      }
    }
    return ids;
  }

  private static StopWordsRemover remover(Set<String> words, String in, String out) {
    return new StopWordsRemover().setInputCol(in).setOutputCol(out)
        .setStopWords(words.stream().sorted().toArray(String[]::new)).setCaseSensitive(true);
  }
}
