package org.reportcorpus.jobs.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.reportcorpus.udfs.segment.Segmenter;
import org.reportcorpus.udfs.stats.KeywordExtractor;
import scala.collection.immutable.Seq;
import org.reportcorpus.jobs.spark.RowBuilder;

/**
 * An MLlib {@link Transformer}: normalized Chinese text → the content words of a HanLP
 * segmentation, so that word segmentation is a stage of a saved and reloaded topic pipeline.
 *
 * <p>Params: {@code dictionary} (words added to HanLP's custom dictionary so that policy terms
 * such as 综合查一次 stay whole; saved with the model, so a reloaded model segments as it was
 * trained), {@code posPrefixes} and {@code excludedPos} (a token is kept when its tag starts with
 * one of the prefixes and is not excluded), {@code minTokenLength} (in characters). Numbers are
 * always dropped.
 *
 * <p>Only the params travel in the task closure; HanLP itself is built once per executor JVM by
 * {@link Segmenter}.
 */
public final class HanlpTokenizer extends Transformer implements DefaultParamsWritable {

  // Params take their parent's uid when created: they are made in the constructor, after it.
  private final String uid;
  private final Param<String> inputCol;
  private final Param<String> outputCol;
  private final StringArrayParam dictionary;
  private final StringArrayParam posPrefixes;
  private final StringArrayParam excludedPos;
  private final IntParam minTokenLength;

  public HanlpTokenizer() {
    this(Identifiable.randomUID("hanlpTokenizer"));
  }

  /** The constructor MLlib's reader calls with the saved uid. */
  public HanlpTokenizer(String uid) {
    this.uid = uid;
    inputCol = new Param<>(this, "inputCol", "input column of normalized text");
    outputCol = new Param<>(this, "outputCol", "output column of tokens");
    dictionary = new StringArrayParam(this, "dictionary", "words added to HanLP's custom dictionary");
    posPrefixes = new StringArrayParam(this, "posPrefixes", "a token is kept when its HanLP tag starts with one of these");
    excludedPos = new StringArrayParam(this, "excludedPos", "HanLP tags dropped even when their prefix is kept");
    minTokenLength = new IntParam(this, "minTokenLength", "shortest token kept, in characters (>= 1)",
        ParamValidators.gtEq(1));
    setDefault(inputCol, "text");
    setDefault(outputCol, "tokens");
    setDefault(dictionary, new String[0]);
    setDefault(posPrefixes, new String[] {"n", "v"});
    setDefault(excludedPos, new String[0]);
    setDefault(minTokenLength, 2);
  }

  public static MLReader<HanlpTokenizer> read() {
    return new DefaultParamsReader<>();
  }

  public static HanlpTokenizer load(String path) {
    return read().load(path);
  }

  @Override
  public String uid() {
    return uid;
  }

  public Param<String> inputCol() {
    return inputCol;
  }

  public Param<String> outputCol() {
    return outputCol;
  }

  public StringArrayParam dictionary() {
    return dictionary;
  }

  public StringArrayParam posPrefixes() {
    return posPrefixes;
  }

  public StringArrayParam excludedPos() {
    return excludedPos;
  }

  public IntParam minTokenLength() {
    return minTokenLength;
  }

  public HanlpTokenizer setInputCol(String value) {
    set(inputCol, value);
    return this;
  }

  public HanlpTokenizer setOutputCol(String value) {
    set(outputCol, value);
    return this;
  }

  public HanlpTokenizer setDictionary(List<String> words) {
    set(dictionary, words.stream().sorted().distinct().toArray(String[]::new));
    return this;
  }

  public HanlpTokenizer setPosPrefixes(List<String> prefixes) {
    set(posPrefixes, prefixes.toArray(String[]::new));
    return this;
  }

  public HanlpTokenizer setExcludedPos(List<String> tags) {
    set(excludedPos, tags.toArray(String[]::new));
    return this;
  }

  public HanlpTokenizer setMinTokenLength(int value) {
    set(minTokenLength, value);
    return this;
  }

  /** What this stage runs in the tasks: its params as plain values (serializable, nothing heavy). */
  ContentTokens contentTokens() {
    return new ContentTokens(
        List.of($(dictionary)), List.of($(posPrefixes)), Set.of($(excludedPos)), (Integer) $(minTokenLength));
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    ContentTokens tokens = contentTokens();
    return dataset.withColumn($(outputCol),
        udf((UDF1<String, Seq<String>>) text -> RowBuilder.seq(tokens.of(text)),
            DataTypes.createArrayType(DataTypes.StringType, false)).apply(col($(inputCol))));
  }

  @Override
  public StructType transformSchema(StructType schema) {
    String input = $(inputCol);
    if (!Arrays.asList(schema.fieldNames()).contains(input)
        || !schema.apply(input).dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException("HanlpTokenizer: input column '" + input + "' must be a string column");
    }
    if (Arrays.asList(schema.fieldNames()).contains($(outputCol))) {
      throw new IllegalArgumentException("HanlpTokenizer: output column '" + $(outputCol) + "' already exists");
    }
    return schema.add(new StructField($(outputCol),
        DataTypes.createArrayType(DataTypes.StringType, false), false, org.apache.spark.sql.types.Metadata.empty()));
  }

  @Override
  public HanlpTokenizer copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  /** What runs in the tasks: the params as plain values, and the JVM's one segmenter. */
  static final class ContentTokens implements Serializable {
    private final List<String> dictionary;
    private final KeywordExtractor filter;

    ContentTokens(List<String> dictionary, List<String> posPrefixes, Set<String> excludedPos, int minLength) {
      this.dictionary = List.copyOf(dictionary);
      this.filter = new KeywordExtractor(Set.of(), posPrefixes, excludedPos, minLength);
    }

    List<String> of(String text) {
      Segmenter.Tokens tokens = Segmenter.segment(text, dictionary);
      return of(tokens.words(), tokens.tags());
    }

    /** The content words of a segmentation already made (the tokens table's words and tags). */
    List<String> of(List<String> words, List<String> tags) {
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        if (filter.isContentWord(words.get(i), tags.get(i))) {
          kept.add(words.get(i));
        }
      }
      return kept;
    }
  }
}
