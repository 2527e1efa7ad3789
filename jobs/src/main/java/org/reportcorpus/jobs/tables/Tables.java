package org.reportcorpus.jobs.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DataType;

/**
 * The one place for the project's table names, keys and schemas. Every job reads and writes
 * through these definitions; the README lists the same columns.
 */
public final class Tables {

  public static final String DATABASE = "corpus";

  /** One row per distinct document (exact duplicates collapsed). Key: doc_id. */
  public static final TableDef DOCUMENTS = new TableDef("documents", List.of("doc_id"), schema(
      field("doc_id", StringType, false),
      field("source_path", StringType, false),
      field("source_paths", createArrayType(StringType, false), false),
      field("source_format", StringType, false),
      field("encoding", StringType, true),
      field("title", StringType, true),
      field("doc_type", StringType, true),
      field("region_name", StringType, true),
      field("region_code", StringType, true),
      field("prefecture", StringType, true),
      field("prefecture_code", StringType, true),
      field("province", StringType, true),
      field("province_code", StringType, true),
      field("admin_level", StringType, true),
      field("department", StringType, true),
      field("region_evidence", StringType, true),
      field("region_unresolved_reason", StringType, true),
      field("report_year", IntegerType, true),
      field("given_year", IntegerType, true),
      field("published_date", DateType, true),
      field("issuer", StringType, true),
      field("addressee", StringType, true),
      field("doc_number", StringType, true),
      field("doc_type_confidence", DoubleType, true),
      field("index_number", StringType, true),
      field("publisher", StringType, true),
      field("generated_date", DateType, true),
      field("public_date", DateType, true),
      field("url", StringType, true),
      field("script", StringType, true),
      field("text", StringType, false),
      field("n_chars", IntegerType, false),
      field("stripped", createArrayType(StringType, false), false)));

  /** Numbered parts of each document, classified. Key: (doc_id, ordinal). */
  public static final TableDef SECTIONS = new TableDef("sections", List.of("doc_id", "ordinal"), schema(
      field("doc_id", StringType, false),
      field("ordinal", IntegerType, false),
      field("kind", StringType, false),
      field("heading", StringType, true),
      field("text", StringType, false),
      field("n_chars", IntegerType, false)));

  /** One section as a document carries it before it is written: a {@link #SECTIONS} row without doc_id. */
  public static final StructType SECTION = DataTypes.createStructType(
      Arrays.stream(SECTIONS.schema().fields()).filter(f -> !f.name().equals("doc_id")).toArray(StructField[]::new));

  /** Near duplicates (MinHash LSH on character shingles): doc_id repeats duplicate_of. Key: doc_id. */
  public static final TableDef DUPLICATES = new TableDef("duplicates", List.of("doc_id"), schema(
      field("doc_id", StringType, false),
      field("duplicate_of", StringType, false),
      field("similarity", DoubleType, false)));

  /** One row per ingest run: what it saw and what became of it. An append-only log. Key: run_id. */
  public static final TableDef RUNS = new TableDef("runs", List.of("run_id"), schema(
      field("run_id", StringType, false),
      field("started_at", DataTypes.TimestampType, false),
      field("ended_at", DataTypes.TimestampType, false),
      field("config_hash", StringType, false),
      field("inputs", createArrayType(StringType, false), false),
      field("files_seen", LongType, false),
      field("files_accounted", LongType, false),
      field("records_read", LongType, false),
      field("documents", LongType, false),
      field("exact_duplicates", LongType, false),
      field("near_duplicates", LongType, false),
      field("rejects", LongType, false),
      field("rejects_by_reason", DataTypes.createMapType(StringType, LongType, false), false),
      field("status", StringType, false)));

  /** Every input that did not become a document, with the reason. Key: source_path. */
  public static final TableDef REJECTS = new TableDef("rejects", List.of("source_path"), schema(
      field("source_path", StringType, false),
      field("reason", StringType, false),
      field("detail", StringType, true)));

  /** HanLP segmentation of each document. Key: doc_id. */
  public static final TableDef TOKENS = new TableDef("tokens", List.of("doc_id"), schema(
      field("doc_id", StringType, false),
      field("tokens", createArrayType(StringType, false), false),
      field("pos", createArrayType(StringType, false), false)));

  /** Occurrences of each vocabulary term in each document (rows with occurrences > 0). */
  public static final TableDef TERM_DOC_COUNTS = new TableDef("term_doc_counts", List.of("doc_id", "term"), schema(
      field("doc_id", StringType, false),
      field("term", StringType, false),
      field("category", StringType, true),
      field("occurrences", IntegerType, false)));

  /** Term occurrences per analysis unit: a whole document (section_kind 'all') or its sections of one kind. */
  public static final TableDef TERM_UNIT_COUNTS = new TableDef("term_unit_counts", List.of("doc_id", "section_kind", "term"), schema(
      field("doc_id", StringType, false),
      field("section_kind", StringType, false),
      field("term", StringType, false),
      field("occurrences", IntegerType, false)));

  /**
   * Yearly trend of each term by geography (national, province, prefecture), doc_type ('all' or a
   * type) and section_kind ('all', achievements, shortcomings, plans); near duplicates excluded.
   */
  public static final TableDef TERM_TRENDS = new TableDef("term_trends",
      List.of(TrendSlice.keys("term", TrendSlice.CELL)), schema(
      field("term", StringType, false),
      field("category", StringType, true),
      field("year", IntegerType, false),
      field("geo_level", StringType, false),
      field("geo_code", StringType, false),
      field("geo_name", StringType, true),
      field("doc_type", StringType, false),
      field("section_kind", StringType, false),
      field("n_docs", LongType, false),
      field("n_docs_mentioning", LongType, false),
      field("doc_share", DoubleType, false),
      field("doc_share_low", DoubleType, false),
      field("doc_share_high", DoubleType, false),
      field("occurrences", LongType, false),
      field("n_chars", LongType, false),
      field("per_10k_chars", DoubleType, false),
      field("doc_share_smoothed", DoubleType, true),
      field("per_10k_chars_smoothed", DoubleType, true)));

  /** First year each region mentions each term. Key: (term, region_code). */
  public static final TableDef TERM_DIFFUSION = new TableDef("term_diffusion", List.of("term", "region_code"), schema(
      field("term", StringType, false),
      field("region_code", StringType, false),
      field("region_name", StringType, true),
      field("province", StringType, true),
      field("admin_level", StringType, true),
      field("first_year", IntegerType, false),
      field("first_doc_id", StringType, false)));

  /** The S-curve of a term's spread, nationally and per province. Key: (term, year, scope). */
  public static final TableDef TERM_ADOPTION = new TableDef("term_adoption", List.of("term", "year", "scope"), schema(
      field("term", StringType, false),
      field("year", IntegerType, false),
      field("scope", StringType, false),
      field("regions_reporting", LongType, false),
      field("regions_reporting_adopted", LongType, false),
      field("regions_adopted_cumulative", LongType, false),
      field("adoption_share", DoubleType, false)));

  /**
   * Terms (dictionary and candidates) that rise most against previous years, by document share, or
   * in years with too few documents by occurrences per 10,000 characters ({@code measure}).
   * Character counts are null for candidates. Key: (year, term).
   */
  public static final TableDef EMERGING_TERMS = new TableDef("emerging_terms", List.of("year", "term"), schema(
      field("year", IntegerType, false),
      field("term", StringType, false),
      field("source", StringType, false),
      field("measure", StringType, false),
      field("n_docs", LongType, false),
      field("n_docs_mentioning", LongType, false),
      field("doc_share", DoubleType, false),
      field("baseline_share", DoubleType, false),
      field("occurrences", LongType, true),
      field("n_chars", LongType, true),
      field("per_10k_chars", DoubleType, true),
      field("baseline_per_10k", DoubleType, true),
      field("baseline_years", IntegerType, false),
      field("log_ratio", DoubleType, false),
      field("rank", IntegerType, false)));

  /**
   * Per report year, how emerging_terms treated it: the measure its terms were ranked by (null:
   * too little text), how many terms it ranked and, when none, why. Key: year.
   */
  public static final TableDef EMERGING_YEARS = new TableDef("emerging_years", List.of("year"), schema(
      field("year", IntegerType, false),
      field("n_docs", LongType, false),
      field("n_chars", LongType, true),
      field("measure", StringType, true),
      field("baseline_years", IntegerType, false),
      field("n_terms", LongType, false),
      field("reason", StringType, true)));

  /** Phrases outside the vocabulary that look like policy slogans. Key: phrase. */
  public static final TableDef TERM_CANDIDATES = new TableDef("term_candidates", List.of("phrase"), schema(
      field("phrase", StringType, false),
      field("methods", createArrayType(StringType, false), false),
      field("score", DoubleType, false),
      field("first_year", IntegerType, true),
      field("n_regions", LongType, false),
      field("n_docs", LongType, false),
      field("occurrences", LongType, false),
      field("example", StringType, true),
      field("rank", IntegerType, false)));

  /** Documents mentioning each candidate phrase per report year. Key: (phrase, year). */
  public static final TableDef CANDIDATE_TRENDS = new TableDef("candidate_trends", List.of("phrase", "year"), schema(
      field("phrase", StringType, false),
      field("year", IntegerType, false),
      field("n_docs", LongType, false),
      field("n_docs_mentioning", LongType, false)));

  /** How often two terms appear together, per document or per sentence. Key: (term_a, term_b, level). */
  public static final TableDef TERM_COOCCURRENCE = new TableDef("term_cooccurrence", List.of("term_a", "term_b", "level"), schema(
      field("term_a", StringType, false),
      field("term_b", StringType, false),
      field("level", StringType, false),
      field("n_both", LongType, false),
      field("n_a", LongType, false),
      field("n_b", LongType, false),
      field("n_units", LongType, false),
      field("npmi", DoubleType, false)));

  /** Top TF-IDF words and phrases per report year against the whole corpus. Key: (year, keyword). */
  public static final TableDef KEYWORDS_BY_YEAR = new TableDef("keywords_by_year", List.of("year", "keyword"), schema(
      field("year", IntegerType, false),
      field("keyword", StringType, false),
      field("tfidf", DoubleType, false),
      field("tf", LongType, false),
      field("n_docs", LongType, false),
      field("rank", IntegerType, false)));

  /** Top TF-IDF words and phrases per province against the whole corpus. Key: (province_code, keyword). */
  public static final TableDef KEYWORDS_BY_PROVINCE = new TableDef("keywords_by_province", List.of("province_code", "keyword"), schema(
      field("province_code", StringType, false),
      field("province", StringType, true),
      field("keyword", StringType, false),
      field("tfidf", DoubleType, false),
      field("tf", LongType, false),
      field("n_docs", LongType, false),
      field("rank", IntegerType, false)));

  /**
   * Every model of every topics run (stage: 'sweep' = the k sweep's fits on the sample, 'final'
   * = the restarts of the chosen k), with each criterion the choice weighs; chosen = the model
   * kept. Append-only. Key: (run_id, stage, k, seed).
   */
  public static final TableDef TOPIC_MODEL_RUNS = new TableDef("topic_model_runs",
      List.of("run_id", "stage", "k", "seed"), schema(
      field("run_id", StringType, false),
      field("stage", StringType, false),
      field("k", IntegerType, false),
      field("optimizer", StringType, false),
      field("iterations", IntegerType, false),
      field("coherence", DoubleType, false),
      field("min_coherence", DoubleType, false),
      field("perplexity", DoubleType, true),
      field("min_prevalence", DoubleType, false),
      field("dead_topics", IntegerType, false),
      field("duplicate_pairs", IntegerType, false),
      field("negative_topics", IntegerType, false),
      field("meets_rules", DataTypes.BooleanType, false),
      field("seconds", DoubleType, false),
      field("chosen", DataTypes.BooleanType, false),
      field("units", StringType, false),
      field("section_kinds", StringType, true),
      field("n_docs", LongType, false),
      field("n_holdout", LongType, false),
      field("vocab_size", IntegerType, false),
      field("seed", LongType, false),
      field("model_path", StringType, true),
      field("created_at", DataTypes.TimestampType, false)));

  /** The topics of the chosen model. Key: topic_id. */
  public static final TableDef TOPICS = new TableDef("topics", List.of("topic_id"), schema(
      field("topic_id", IntegerType, false),
      field("label", StringType, false),
      field("top_terms", createArrayType(StringType, false), false),
      field("coherence", DoubleType, false),
      field("prevalence", DoubleType, false)));

  /** Each topic's top terms with their probability in the topic. Key: (topic_id, term). */
  public static final TableDef TOPIC_TERMS = new TableDef("topic_terms", List.of("topic_id", "term"), schema(
      field("topic_id", IntegerType, false),
      field("term", StringType, false),
      field("weight", DoubleType, false),
      field("rank", IntegerType, false)));

  /** Each document's topics with weight >= min_doc_weight, and always its dominant one. Key: (doc_id, topic_id). */
  public static final TableDef DOC_TOPICS = new TableDef("doc_topics", List.of("doc_id", "topic_id"), schema(
      field("doc_id", StringType, false),
      field("topic_id", IntegerType, false),
      field("weight", DoubleType, false),
      field("is_dominant", DataTypes.BooleanType, false)));

  /** A topic's mean weight per report year, nationally and per province. Key: (topic_id, year, scope). */
  public static final TableDef TOPIC_TRENDS = new TableDef("topic_trends", List.of("topic_id", "year", "scope"), schema(
      field("topic_id", IntegerType, false),
      field("label", StringType, false),
      field("year", IntegerType, false),
      field("scope", StringType, false),
      field("mean_weight", DoubleType, false),
      field("n_docs", LongType, false)));

  /** A topic's wording within one year: c-TF-IDF over the documents it dominates. Key: (topic_id, year, term). */
  public static final TableDef TOPIC_TERMS_BY_YEAR = new TableDef("topic_terms_by_year",
      List.of("topic_id", "year", "term"), schema(
      field("topic_id", IntegerType, false),
      field("year", IntegerType, false),
      field("term", StringType, false),
      field("weight", DoubleType, false),
      field("rank", IntegerType, false),
      field("tf", LongType, false),
      field("n_docs", LongType, false)));

  /**
   * Candidate report boilerplate found by the last topics run: words in nearly every document of
   * every year, spread evenly over the topics (ReportWords); to be reviewed into
   * conf/report_words.txt. Key: term.
   */
  public static final TableDef TOPIC_REPORT_WORDS = new TableDef("topic_report_words", List.of("term"), schema(
      field("term", StringType, false),
      field("min_year_share", DoubleType, false),
      field("mean_year_share", DoubleType, false),
      field("topic_evenness", DoubleType, false),
      field("years", IntegerType, false)));

  public static final List<TableDef> ALL =
      List.of(DOCUMENTS, REJECTS, SECTIONS, DUPLICATES, TOKENS, TERM_DOC_COUNTS, TERM_UNIT_COUNTS, TERM_TRENDS,
          TERM_DIFFUSION, TERM_ADOPTION, EMERGING_TERMS, EMERGING_YEARS, TERM_CANDIDATES, CANDIDATE_TRENDS, TERM_COOCCURRENCE,
          KEYWORDS_BY_YEAR, KEYWORDS_BY_PROVINCE, TOPIC_MODEL_RUNS, TOPICS, TOPIC_TERMS, DOC_TOPICS, TOPIC_TRENDS,
          TOPIC_TERMS_BY_YEAR, TOPIC_REPORT_WORDS, RUNS);

  /** The headline slice of term_trends (TrendSlice), so SQL users need not repeat its filter. */
  public static final ViewDef TERM_TRENDS_NATIONAL =
      new ViewDef(TrendSlice.HEADLINE_VIEW, TERM_TRENDS, TrendSlice.HEADLINE_SQL);

  public static final List<ViewDef> VIEWS = List.of(TERM_TRENDS_NATIONAL);

  private Tables() {}

  /** A view of one table: its rows that match {@code where}. */
  public record ViewDef(String name, TableDef of, String where) {
    public String qualifiedName() {
      return DATABASE + "." + name;
    }
  }

  /** A table's name, key columns and schema. */
  public record TableDef(String name, List<String> keys, StructType schema) {
    public String qualifiedName() {
      return DATABASE + "." + name;
    }
  }

  private static StructType schema(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
