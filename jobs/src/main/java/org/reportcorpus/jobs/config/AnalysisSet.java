package org.reportcorpus.jobs.config;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.reportcorpus.udfs.meta.YearRange;

/**
 * Which documents an analysis counts — the one place this is decided. Trends, diffusion,
 * candidates, co-occurrence, keywords and topics all read their documents through
 * {@code CorpusRun.analysisDocuments()}, which applies this, so they count the same set.
 *
 * <ul>
 *   <li>near duplicates (table {@code duplicates}) are left out unless
 *       {@value #INCLUDE_NEAR_DUPLICATES} is true: a near copy must not weigh a report twice;
 *   <li>{@value #DOC_TYPES}: only these document types (empty = every type, untyped ones too);
 *   <li>{@value #YEARS}: only report years in {@code FROM-TO} (empty = every year, undated too).
 * </ul>
 *
 * @param includeNearDuplicates count near duplicates as documents of their own
 * @param docTypes the document types counted; empty = all
 * @param firstYear first report year counted, or null
 * @param lastYear last report year counted, or null
 */
public record AnalysisSet(boolean includeNearDuplicates, List<String> docTypes, Integer firstYear, Integer lastYear)
    implements Serializable {

  public static final String INCLUDE_NEAR_DUPLICATES = "corpus.analysis.include_near_duplicates";
  /** The key's name before the policy applied to every analysis; still read when the new one is unset. */
  public static final String LEGACY_INCLUDE_NEAR_DUPLICATES = "corpus.trends.include_near_duplicates";
  public static final String DOC_TYPES = "corpus.analysis.doc_types";
  public static final String YEARS = "corpus.analysis.years";

  public AnalysisSet {
    docTypes = List.copyOf(docTypes);
    if (firstYear != null && lastYear != null && firstYear > lastYear) {
      throw CorpusConfig.invalid(YEARS, "FROM-TO with FROM <= TO", firstYear + "-" + lastYear);
    }
  }

  /** Every document except near duplicates: the default. */
  public static AnalysisSet defaults() {
    return new AnalysisSet(false, List.of(), null, null);
  }

  public static AnalysisSet fromConfig(CorpusConfig config) {
    boolean legacy = config.getBoolean(LEGACY_INCLUDE_NEAR_DUPLICATES, false);
    YearRange years = years(config.get(YEARS, "").strip());
    return new AnalysisSet(config.getBoolean(INCLUDE_NEAR_DUPLICATES, legacy), config.getList(DOC_TYPES, ""),
        years.first(), years.last());
  }

  /** {@code ""} → no bounds; otherwise a {@link YearRange} ({@code 2015-2024}, {@code 2018-}, {@code 2020}). */
  static YearRange years(String range) {
    if (range.isEmpty()) {
      return new YearRange(null, null);
    }
    try {
      return YearRange.parse(range);
    } catch (IllegalArgumentException e) {
      throw CorpusConfig.invalid(YEARS, "a year or a range of years such as 2015-2024", range);
    }
  }

  /**
   * The counted rows of {@code documents} (any columns, with doc_id, and doc_type and report_year
   * when this set restricts them); {@code duplicates} may be null (none known).
   */
  public Dataset<Row> apply(Dataset<Row> documents, Dataset<Row> duplicates) {
    Dataset<Row> counted = documents;
    if (!docTypes.isEmpty()) {
      counted = counted.filter(col("doc_type").isin(docTypes.toArray()));
    }
    if (firstYear != null) {
      counted = counted.filter(col("report_year").geq(firstYear));
    }
    if (lastYear != null) {
      counted = counted.filter(col("report_year").leq(lastYear));
    }
    if (!includeNearDuplicates && duplicates != null) {
      // Broadcast: a short list of ids, so the texts stay where they are.
      counted = counted.join(broadcast(duplicates.select("doc_id")), new String[] {"doc_id"}, "left_anti");
    }
    return counted;
  }
}
