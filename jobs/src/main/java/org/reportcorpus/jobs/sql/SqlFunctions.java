package org.reportcorpus.jobs.sql;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.reportcorpus.udfs.region.RegionMatch;
import org.reportcorpus.udfs.region.RegionResolver;
import org.reportcorpus.udfs.segment.Segmenter;
import org.reportcorpus.udfs.terms.TermMatcher;
import org.reportcorpus.udfs.text.TextNormalizer;

/**
 * Registers the project's Spark SQL functions. Each body is one call into a pure function of the
 * udfs module (which has no Spark dependency); null in gives null out.
 *
 * <ul>
 *   <li>{@code normalize_zh(text)}: traditional→simplified, full-width→ASCII, whitespace tidied;
 *   <li>{@code term_count(text, term)}: non-overlapping occurrences of {@code term} in the
 *       normalized text (both sides normalized);
 *   <li>{@code segment_zh(text)}: HanLP standard segmentation → array&lt;string&gt;;
 *   <li>{@code region_of(text)}: the reporting region → struct(region_name, region_code,
 *       prefecture, province, admin_level).
 * </ul>
 */
public final class SqlFunctions {

  public static final StructType REGION_TYPE = DataTypes.createStructType(List.of(
      DataTypes.createStructField("region_name", DataTypes.StringType, true),
      DataTypes.createStructField("region_code", DataTypes.StringType, true),
      DataTypes.createStructField("prefecture", DataTypes.StringType, true),
      DataTypes.createStructField("province", DataTypes.StringType, true),
      DataTypes.createStructField("admin_level", DataTypes.StringType, true)));

  private SqlFunctions() {}

  /** @param dictionaryWords the vocabulary's surface forms, kept whole by segment_zh */
  public static void register(SparkSession spark, List<String> dictionaryWords) {
    List<String> words = List.copyOf(dictionaryWords);
    spark.udf().register("normalize_zh",
        (UDF1<String, String>) TextNormalizer::normalize, DataTypes.StringType);
    spark.udf().register("term_count",
        (UDF2<String, String, Integer>) SqlFunctions::termCount, DataTypes.IntegerType);
    spark.udf().register("segment_zh",
        (UDF1<String, List<String>>) text -> segment(text, words),
        DataTypes.createArrayType(DataTypes.StringType));
    spark.udf().register("region_of",
        (UDF1<String, Row>) SqlFunctions::regionOf, REGION_TYPE);
  }

  static Integer termCount(String text, String term) {
    if (text == null || term == null) {
      return null;
    }
    return TermMatcher.countOccurrences(TextNormalizer.normalize(text), TextNormalizer.normalize(term));
  }

  static List<String> segment(String text, List<String> dictionaryWords) {
    return text == null ? null : Segmenter.segment(TextNormalizer.normalize(text), dictionaryWords).words();
  }

  static Row regionOf(String text) {
    if (text == null) {
      return null;
    }
    Optional<RegionMatch> match = RegionResolver.bundled().resolve(null, TextNormalizer.normalize(text), null);
    return match.map(m -> RowFactory.create(m.regionName(), m.regionCode(), m.prefecture(),
        m.province(), m.adminLevel().label())).orElse(null);
  }
}
