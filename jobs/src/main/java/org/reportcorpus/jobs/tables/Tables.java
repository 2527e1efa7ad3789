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
import org.apache.spark.sql.types.MetadataBuilder;

/**
 * The one place for the project's table names, keys, schemas and column comments. Every job reads
 * and writes through these definitions; the README lists the same columns (TablesTest checks).
 */
public final class Tables {

  public static final String DATABASE = "corpus";

  /** One row per distinct document (exact duplicates collapsed). Key: doc_id. */
  public static final TableDef DOCUMENTS = new TableDef("documents", List.of("doc_id"),
      "One row per distinct document (same normalized text = same document). Key: doc_id.",
      schema(
      field("doc_id", StringType, false, "First 128 bits of SHA-256 of the normalized text, hex"),
      field("source_path", StringType, false, "The first file (or file#Lline record) it was read from"),
      field("source_paths", createArrayType(StringType, false), false, "Every source with exactly this text"),
      field("source_format", StringType, false, "txt, html, pdf, docx, doc, jsonl or csv"),
      field("encoding", StringType, true,
          "Detected encoding (utf-8, gb18030, big5, utf-16le, utf-16be); null for binary formats"),
      field("title", StringType, true, "Given (JSONL) or the document's own title line; null if none"),
      field("doc_type", StringType, true, "annual_report, work_report (政府工作报告), news or other"),
      field("region_name", StringType, true,
          "The reporting region (全国 for national documents); null when it cannot be resolved without guessing"),
      field("region_code", StringType, true, "GB/T 2260 code of region_name (100000 for national documents)"),
      field("prefecture", StringType, true, "Its prefecture-level unit (itself for a prefecture)"),
      field("prefecture_code", StringType, true, "GB/T 2260 code of prefecture"),
      field("province", StringType, true, "Its province"),
      field("province_code", StringType, true, "GB/T 2260 code of province"),
      field("admin_level", StringType, true, "national, province, prefecture, county or department"),
      field("department", StringType, true, "The reporting department, e.g. 司法局"),
      field("region_evidence", StringType, true, "The text span the region was read from"),
      field("region_unresolved_reason", StringType, true,
          "Why the region is null (no place named, or ambiguous: which candidates)"),
      field("report_year", IntegerType, true, "The year the report covers (a work report delivered in 2025 covers 2024)"),
      field("given_year", IntegerType, true, "The record's own year field, as given"),
      field("published_date", DateType, true, "The signature date, else a dateline or page metadata"),
      field("issuer", StringType, true, "The signing body (a newspaper for news)"),
      field("addressee", StringType, true, "Whom the report is addressed to, e.g. 苏州市人民政府"),
      field("doc_number", StringType, true, "The document number, e.g. 常政发〔2018〕9号"),
      field("doc_type_confidence", DoubleType, true, "How strongly the doc-type rules matched, 0 to 1"),
      field("index_number", StringType, true, "A web page's 索引号 metadata line, parsed before it is stripped"),
      field("publisher", StringType, true, "A web page's 发布机构 metadata line"),
      field("generated_date", DateType, true, "A web page's 生成日期 metadata line"),
      field("public_date", DateType, true, "A web page's 公开日期 metadata line"),
      field("url", StringType, true, "As given in the record"),
      field("script", StringType, true, "traditional or simplified, as found in the source"),
      field("text", StringType, false,
          "The report's own text, normalized (simplified, half-width ASCII, whitespace tidied) and cleaned of site chrome"),
      field("n_chars", IntegerType, false, "Characters (code points) of text"),
      field("stripped", createArrayType(StringType, false), false, "Every line the cleaning removed, in order")));

  /** Numbered parts of each document, classified. Key: (doc_id, ordinal). */
  public static final TableDef SECTIONS = new TableDef("sections", List.of("doc_id", "ordinal"),
      "Numbered parts of each document, classified. Key: (doc_id, ordinal).",
      schema(
      field("doc_id", StringType, false, "The document (documents.doc_id)"),
      field("ordinal", IntegerType, false, "Position in the document; 0 = text before the first heading"),
      field("kind", StringType, false, "achievements, responsibility, shortcomings, plans or other (conf/sections.tsv)"),
      field("heading", StringType, true, "The section's heading line"),
      field("text", StringType, false, "The section's text"),
      field("n_chars", IntegerType, false, "Characters (code points) of text")));

  /** One section as a document carries it before it is written: a {@link #SECTIONS} row without doc_id. */
  public static final StructType SECTION = DataTypes.createStructType(
      Arrays.stream(SECTIONS.schema().fields()).filter(f -> !f.name().equals("doc_id")).toArray(StructField[]::new));

  /** Near duplicates (MinHash LSH on character shingles): doc_id repeats duplicate_of. Key: doc_id. */
  public static final TableDef DUPLICATES = new TableDef("duplicates", List.of("doc_id"),
      "Near duplicates (MinHash LSH on character shingles), left out of analyses by default. Key: " +
          "doc_id.",
      schema(
      field("doc_id", StringType, false, "The later copy"),
      field("duplicate_of", StringType, false, "The earlier one, by published date then source path"),
      field("similarity", DoubleType, false,
          "Estimated Jaccard similarity of their character shingles, at least corpus.dedup.threshold")));

  /**
   * The MinHash signature of each document, computed once by the ingest that first wrote it, so
   * that later ingests hash and compare only new documents. Key: doc_id.
   */
  public static final TableDef DOC_SIGNATURES = new TableDef("doc_signatures", List.of("doc_id"),
      "MinHash signature of each document's character shingles, computed once; near duplicates are " +
          "found from these. Key: doc_id.",
      schema(
      field("doc_id", StringType, false, "The document (documents.doc_id)"),
      field("order_key", StringType, false,
          "published_date (9999-12-31 when unknown), '|', source_path: of two near duplicates the one with the" +
              " lower key is the original"),
      // Never a null value, but declared nullable: ingest writes this table back from its own rows,
      // and a table read back has nullable elements, which a cast cannot make non-null.
      field("signature", createArrayType(IntegerType, true), false,
          "corpus.dedup.bands x rows minimum hashes of the text's distinct character shingles; empty when the" +
              " text has fewer letters and digits than corpus.dedup.shingle_size"),
      field("settings", StringType, false,
          "The corpus.dedup settings it was made and compared under; other settings recompute every row")));

  /** One row per ingest run: what it saw and what became of it. An append-only log. Key: run_id. */
  public static final TableDef RUNS = new TableDef("runs", List.of("run_id"),
      "One row per ingest run: what it saw and what became of it. Append-only. Key: run_id.",
      schema(
      field("run_id", StringType, false, "The ingest run"),
      field("started_at", DataTypes.TimestampType, false, "When the run started (UTC)"),
      field("ended_at", DataTypes.TimestampType, false, "When the run ended (UTC)"),
      field("config_hash", StringType, false, "Hash of the run's settings"),
      field("inputs", createArrayType(StringType, false), false, "The input paths given"),
      field("files_seen", LongType, false, "Files found under the inputs"),
      field("files_accounted", LongType, false, "Files that became documents or rejects (must equal files_seen)"),
      field("records_read", LongType, false, "Records read (a file, or a line of JSONL/CSV)"),
      field("documents", LongType, false, "Distinct documents written or updated"),
      field("exact_duplicates", LongType, false, "Records whose text was already another record's"),
      field("near_duplicates", LongType, false, "Near duplicates found in the warehouse after the run"),
      field("rejects", LongType, false, "Records that did not become documents"),
      field("rejects_by_reason", DataTypes.createMapType(StringType, LongType, false), false, "Rejects per reason"),
      field("status", StringType, false, "How the run ended")));

  /** Every file ingest has read, as it was then. Key: path. */
  public static final TableDef SOURCE_FILES = new TableDef("source_files", List.of("path"),
      "Every input file ingest has read (into documents or rejects), with its size and modification time then;"
          + " a later run skips a file listed here unchanged (corpus.ingest.skip_unchanged). Key: path.",
      schema(
      field("path", StringType, false, "The file as listed (rejects.source_path, documents.source_paths)"),
      field("size", LongType, false, "Its size in bytes when read"),
      field("modified", DataTypes.TimestampType, false, "Its modification time when read"),
      field("read_at", DataTypes.TimestampType, false, "When the ingest run that read it started (UTC)")));

  /** Every input that did not become a document, with the reason. Key: source_path. */
  public static final TableDef REJECTS = new TableDef("rejects", List.of("source_path"),
      "Every input that did not become a document, with the reason. Key: source_path.",
      schema(
      field("source_path", StringType, false, "The file (or file#Lline record)"),
      field("reason", StringType, false, "Why it was rejected, e.g. too_large"),
      field("detail", StringType, true, "More about the reason, e.g. the parser's message")));

  /** HanLP segmentation of each document. Key: doc_id. */
  public static final TableDef TOKENS = new TableDef("tokens", List.of("doc_id"),
      "HanLP segmentation of each document, vocabulary terms kept whole. Key: doc_id.",
      schema(
      field("doc_id", StringType, false, "The document (documents.doc_id)"),
      field("report_year", IntegerType, true,
          "The document's report year (documents.report_year; every tokenize run keeps it in line), so that a" +
              " reader of some years' tokens skips the files of the others"),
      field("tokens", createArrayType(StringType, false), false, "The words, in order"),
      field("pos", createArrayType(StringType, false), false, "HanLP part-of-speech tag of each word")));

  /** Occurrences of each vocabulary term in each document (rows with occurrences > 0). */
  public static final TableDef TERM_DOC_COUNTS = new TableDef("term_doc_counts", List.of("doc_id", "term"),
      "Occurrences of each vocabulary term in each document, counted on the normalized text (rows with" +
          " occurrences > 0). Key: (doc_id, term).",
      schema(
      field("doc_id", StringType, false, "The document (documents.doc_id)"),
      field("term", StringType, false, "The vocabulary term (its aliases count as the term)"),
      field("category", StringType, true, "The term's category in the vocabulary"),
      field("occurrences", IntegerType, false, "Times the term occurs in the document")));

  /** Term occurrences per analysis unit: a whole document (section_kind 'all') or its sections of one kind. */
  public static final TableDef TERM_UNIT_COUNTS = new TableDef("term_unit_counts", List.of("doc_id", "section_kind", "term"),
      "Term occurrences per analysis unit: a whole document (section_kind all) or its sections of one " +
          "kind. Key: (doc_id, section_kind, term).",
      schema(
      field("doc_id", StringType, false, "The document (documents.doc_id)"),
      field("section_kind", StringType, false,
          "all (the whole document), or achievements, shortcomings, plans (those sections joined)"),
      field("term", StringType, false, "The vocabulary term"),
      field("occurrences", IntegerType, false, "Times the term occurs in the unit")));

  /**
   * Yearly trend of each term by geography (national, province, prefecture), doc_type ('all' or a
   * type) and section_kind ('all', achievements, shortcomings, plans); near duplicates excluded.
   */
  public static final TableDef TERM_TRENDS = new TableDef("term_trends",
      List.of(TrendSlice.keys("term", TrendSlice.CELL)),
      "Yearly trend of each term by geography, doc_type and section_kind, near duplicates left out; " +
          "every term in every non-empty slice-year. Key: (term, year, geo_level, geo_code, doc_type, " +
          "section_kind).",
      schema(
      field("term", StringType, false, "The vocabulary term"),
      field("category", StringType, true, "The term's category in the vocabulary"),
      field("year", IntegerType, false, "Report year"),
      field("geo_level", StringType, false, "national, province or prefecture"),
      field("geo_code", StringType, false, "GB/T 2260 code (100000 for national)"),
      field("geo_name", StringType, true, "Name of the region (全国 for national)"),
      field("doc_type", StringType, false, "all, or one document type"),
      field("section_kind", StringType, false,
          "all (whole documents), or achievements, shortcomings, plans (only those sections)"),
      field("n_docs", LongType, false, "Documents in the slice that year"),
      field("n_docs_mentioning", LongType, false, "Of those, documents mentioning the term"),
      field("doc_share", DoubleType, false, "n_docs_mentioning / n_docs"),
      field("doc_share_low", DoubleType, false, "Lower bound of the 95 % Wilson score interval of doc_share"),
      field("doc_share_high", DoubleType, false, "Upper bound of the 95 % Wilson score interval of doc_share"),
      field("occurrences", LongType, false, "Total occurrences in the slice that year"),
      field("n_chars", LongType, false, "Characters of the slice's text that year"),
      field("per_10k_chars", DoubleType, false, "Occurrences per 10,000 characters"),
      field("doc_share_smoothed", DoubleType, true,
          "Centred moving average of doc_share over corpus.trends.smoothing_window years"),
      field("per_10k_chars_smoothed", DoubleType, true,
          "Centred moving average of per_10k_chars over corpus.trends.smoothing_window years")),
      // By year in Delta: a new year's run replaces only the years its documents reach.
      List.of("year"));

  /** First year each region mentions each term. Key: (term, region_code). */
  public static final TableDef TERM_DIFFUSION = new TableDef("term_diffusion", List.of("term", "region_code"),
      "First report year in which each region's own reports mention each term. Key: (term, " +
          "region_code).",
      schema(
      field("term", StringType, false, "The vocabulary term"),
      field("region_code", StringType, false, "GB/T 2260 code of the region"),
      field("region_name", StringType, true, "Name of the region"),
      field("province", StringType, true, "The region's province"),
      field("admin_level", StringType, true, "national, province, prefecture, county or department"),
      field("first_year", IntegerType, false, "First report year the region's reports mention the term"),
      field("first_doc_id", StringType, false, "The document of that first mention")));

  /** The S-curve of a term's spread, nationally and per province. Key: (term, year, scope). */
  public static final TableDef TERM_ADOPTION = new TableDef("term_adoption", List.of("term", "year", "scope"),
      "The S-curve of a term's spread, nationally and per province. Key: (term, year, scope).",
      schema(
      field("term", StringType, false, "The vocabulary term"),
      field("year", IntegerType, false, "Report year"),
      field("scope", StringType, false, "national, or a province's name"),
      field("regions_reporting", LongType, false, "Regions of the scope with a report that year"),
      field("regions_reporting_adopted", LongType, false, "Of those, regions whose first year is that year or earlier"),
      field("regions_adopted_cumulative", LongType, false, "Regions of the scope that had adopted the term by then"),
      field("adoption_share", DoubleType, false, "regions_reporting_adopted / regions_reporting")));

  /**
   * Terms (dictionary and candidates) that rise most against previous years, by document share, or
   * in years with too few documents by occurrences per 10,000 characters ({@code measure}).
   * Character counts are null for candidates. Key: (year, term).
   */
  public static final TableDef EMERGING_TERMS = new TableDef("emerging_terms", List.of("year", "term"),
      "Terms (dictionary and candidates) that rose most nationally per year against earlier years, by " +
          "the measure the year's text allows. Key: (year, term).",
      schema(
      field("year", IntegerType, false, "Report year"),
      field("term", StringType, false, "The term or candidate phrase"),
      field("source", StringType, false, "dictionary, or candidate (from term_candidates)"),
      field("measure", StringType, false, "What it is ranked by: doc_share or per_10k_chars"),
      field("n_docs", LongType, false, "Documents that year"),
      field("n_docs_mentioning", LongType, false, "Of those, documents mentioning the term"),
      field("doc_share", DoubleType, false, "n_docs_mentioning / n_docs"),
      field("baseline_share", DoubleType, false, "Mean doc_share over the baseline years"),
      field("occurrences", LongType, true, "Occurrences that year; null for candidates"),
      field("n_chars", LongType, true, "Characters of that year's text; null for candidates"),
      field("per_10k_chars", DoubleType, true, "Occurrences per 10,000 characters; null for candidates"),
      field("baseline_per_10k", DoubleType, true, "Mean per_10k_chars over the baseline years; null for candidates"),
      field("baseline_years", IntegerType, false, "Earlier years with documents the baseline is a mean over"),
      field("log_ratio", DoubleType, false, "Smoothed log ratio of the measure to its baseline"),
      field("rank", IntegerType, false, "Rank within the year, 1 = rose most")));

  /**
   * Per report year, how emerging_terms treated it: the measure its terms were ranked by (null:
   * too little text), how many terms it ranked and, when none, why. Key: year.
   */
  public static final TableDef EMERGING_YEARS = new TableDef("emerging_years", List.of("year"),
      "Per report year of the national series, how emerging_terms treated it. Key: year.",
      schema(
      field("year", IntegerType, false, "Report year"),
      field("n_docs", LongType, false, "Documents that year"),
      field("n_chars", LongType, true, "Characters of that year's text"),
      field("measure", StringType, true, "doc_share, per_10k_chars, or null: too little text"),
      field("baseline_years", IntegerType, false, "Earlier years with documents in its baseline"),
      field("n_terms", LongType, false, "Its rows in emerging_terms"),
      field("reason", StringType, true, "When it has none, why")));

  /** Phrases outside the vocabulary that look like policy slogans. Key: phrase. */
  public static final TableDef TERM_CANDIDATES = new TableDef("term_candidates", List.of("phrase"),
      "Phrases outside the vocabulary that look like policy slogans. Key: phrase.",
      schema(
      field("phrase", StringType, false, "The candidate phrase"),
      field("methods", createArrayType(StringType, false), false, "How it was found: quoted, newword, ngram"),
      field("score", DoubleType, false, "Ranking score"),
      field("first_year", IntegerType, true, "First report year it occurs in"),
      field("n_regions", LongType, false, "Regions whose documents use it"),
      field("n_docs", LongType, false, "Documents using it"),
      field("occurrences", LongType, false, "Total occurrences"),
      field("example", StringType, true, "A sentence around its first use"),
      field("rank", IntegerType, false, "Rank, 1 = best (top corpus.candidates.top_k)")));

  /** Documents mentioning each candidate phrase per report year. Key: (phrase, year). */
  public static final TableDef CANDIDATE_TRENDS = new TableDef("candidate_trends", List.of("phrase", "year"),
      "Documents mentioning each candidate phrase per report year. Key: (phrase, year).",
      schema(
      field("phrase", StringType, false, "The candidate phrase (term_candidates.phrase)"),
      field("year", IntegerType, false, "Report year"),
      field("n_docs", LongType, false, "Documents that year"),
      field("n_docs_mentioning", LongType, false, "Of those, documents mentioning the phrase")));

  /** How often two terms appear together, per document or per sentence. Key: (term_a, term_b, level). */
  public static final TableDef TERM_COOCCURRENCE = new TableDef("term_cooccurrence", List.of("term_a", "term_b", "level"),
      "How often two vocabulary terms appear together, per document or per sentence. Key: (term_a, " +
          "term_b, level).",
      schema(
      field("term_a", StringType, false, "The first term (term_a < term_b)"),
      field("term_b", StringType, false, "The second term"),
      field("level", StringType, false, "The unit counted: document or sentence"),
      field("n_both", LongType, false, "Units with both terms"),
      field("n_a", LongType, false, "Units with term_a"),
      field("n_b", LongType, false, "Units with term_b"),
      field("n_units", LongType, false, "All units"),
      field("npmi", DoubleType, false,
          "Normalized PMI, ln(p(a,b) / p(a)p(b)) / -ln p(a,b): 1 = always together, 0 = independent")));

  /**
   * What term_cooccurrence sums, per report year: the units, the units holding each term and the
   * units holding each pair. Key: (report_year, level, kind, term_a, term_b).
   */
  public static final TableDef COOCCURRENCE_COUNTS = new TableDef("cooccurrence_counts",
      List.of("report_year", "level", "kind", "term_a", "term_b"),
      "Per report year (near duplicates left out), the units, the units holding each vocabulary term and the " +
          "units holding each pair: what term_cooccurrence sums over the years; a new year's run rewrites " +
          "only the years whose documents changed. Key: (report_year, level, kind, term_a, term_b).",
      schema(
      field("report_year", IntegerType, true, "Report year (null: documents without one)"),
      field("level", StringType, false, "The unit counted: document or sentence"),
      field("kind", StringType, false, "units (all units), term (units holding term_a) or pair (units holding both)"),
      field("term_a", StringType, true, "The term (kind term), the first term (kind pair, term_a < term_b)"),
      field("term_b", StringType, true, "The second term (kind pair)"),
      field("n", LongType, false, "Units of the year counted")),
      List.of("report_year"));

  /** Top TF-IDF words and phrases per report year against the whole corpus. Key: (year, keyword). */
  public static final TableDef KEYWORDS_BY_YEAR = new TableDef("keywords_by_year", List.of("year", "keyword"),
      "Top TF-IDF words and two-word phrases of each report year's documents against the whole corpus." +
          " Key: (year, keyword).",
      schema(
      field("year", IntegerType, false, "Report year"),
      field("keyword", StringType, false, "The word or two-word phrase"),
      field("tfidf", DoubleType, false, "tf x ln((1 + N) / (1 + df)) over the N documents of the corpus"),
      field("tf", LongType, false, "Occurrences in the year's documents"),
      field("n_docs", LongType, false, "Documents of the year containing it"),
      field("rank", IntegerType, false, "Rank within the year, 1 = highest tfidf")));

  /**
   * Keyword counts per report year and province, what both keyword rankings are computed from.
   * Key: (report_year, province_code, keyword).
   */
  public static final TableDef KEYWORD_CELLS = new TableDef("keyword_cells",
      List.of("report_year", "province_code", "keyword"),
      "Each keyword's occurrences and documents per report year and province (near duplicates left out): what " +
          "keywords_by_year and keywords_by_province rank; a new year's run rewrites only the years whose " +
          "documents changed. Key: (report_year, province_code, keyword).",
      schema(
      field("report_year", IntegerType, true, "Report year (null: documents without one)"),
      field("province_code", StringType, true, "GB/T 2260 code of the province (null: none resolved)"),
      field("province", StringType, true, "Name of the province"),
      field("keyword", StringType, false, "The word or two-word phrase"),
      field("tf", LongType, false, "Occurrences in the cell's documents"),
      field("n_docs", LongType, false, "The cell's documents containing it")),
      List.of("report_year"));

  /** Top TF-IDF words and phrases per province against the whole corpus. Key: (province_code, keyword). */
  public static final TableDef KEYWORDS_BY_PROVINCE = new TableDef("keywords_by_province", List.of("province_code", "keyword"),
      "Top TF-IDF words and two-word phrases of each province's documents against the whole corpus. " +
          "Key: (province_code, keyword).",
      schema(
      field("province_code", StringType, false, "GB/T 2260 code of the province"),
      field("province", StringType, true, "Name of the province"),
      field("keyword", StringType, false, "The word or two-word phrase"),
      field("tfidf", DoubleType, false, "tf x ln((1 + N) / (1 + df)) over the N documents of the corpus"),
      field("tf", LongType, false, "Occurrences in the province's documents"),
      field("n_docs", LongType, false, "Documents of the province containing it"),
      field("rank", IntegerType, false, "Rank within the province, 1 = highest tfidf")));

  /**
   * Every model of every topics run (stage: 'sweep' = the k sweep's fits on the sample;
   * 'restart' = the full fits of the preferred k on that sample; 'final' = the fit on all units,
   * or the restarts themselves when the sample is the whole corpus), with each criterion the
   * choice weighs; chosen = the model kept. Append-only. Key: (run_id, stage, k, seed).
   */
  public static final TableDef TOPIC_MODEL_RUNS = new TableDef("topic_model_runs",
      List.of("run_id", "stage", "k", "seed"),
      "Every model of every topics run (sweep: the k sweep on a sample; restart: full fits of the preferred k " +
          "on that sample; final: the fit on all documents, or the restarts when the sample is all of them), with " +
          "each criterion the choice weighs. Append-only. Key: (run_id, stage, k, seed).",
      schema(
      field("run_id", StringType, false, "The topics run"),
      field("stage", StringType, false,
          "sweep (one fit per k, on a sample), restart (full fits of the preferred k on the sample) or final"),
      field("k", IntegerType, false, "Number of topics"),
      field("optimizer", StringType, false, "gibbs, online or em"),
      field("iterations", IntegerType, false, "Sweeps or iterations of the fit"),
      field("coherence", DoubleType, false, "Mean NPMI of each topic's top terms"),
      field("min_coherence", DoubleType, false, "Lowest topic NPMI"),
      field("perplexity", DoubleType, true, "Log perplexity on held-out documents; lower is better"),
      field("min_prevalence", DoubleType, false, "Lowest topic prevalence"),
      field("dead_topics", IntegerType, false, "Topics with prevalence below 1/(4k)"),
      field("duplicate_pairs", IntegerType, false, "Topic pairs whose top terms overlap by half or more"),
      field("negative_topics", IntegerType, false, "Topics with NPMI below 0"),
      field("meets_rules", DataTypes.BooleanType, false, "No dead, duplicate or negative topic"),
      field("seconds", DoubleType, false, "Wall time of the fit"),
      field("chosen", DataTypes.BooleanType, false, "The model saved and used"),
      field("units", StringType, false, "What a modelled unit is: documents or sections"),
      field("section_kinds", StringType, true, "Section kinds modelled, when units are sections"),
      field("n_docs", LongType, false, "Training units"),
      field("n_holdout", LongType, false, "Held-out units"),
      field("vocab_size", IntegerType, false, "Words in the model's vocabulary"),
      field("seed", LongType, false, "Random seed of the fit"),
      field("model_path", StringType, true, "Where the chosen model is saved; null for the others"),
      field("created_at", DataTypes.TimestampType, false, "When the fit ended (UTC)")));

  /** The topics of the chosen model. Key: topic_id. */
  public static final TableDef TOPICS = new TableDef("topics", List.of("topic_id"),
      "The topics of the chosen model. Key: topic_id.",
      schema(
      field("topic_id", IntegerType, false, "The topic"),
      field("label", StringType, false, "Its top 3 terms, a·b·c"),
      field("top_terms", createArrayType(StringType, false), false, "Its top corpus.topics.coherence_terms terms"),
      field("coherence", DoubleType, false, "The topic's NPMI"),
      field("prevalence", DoubleType, false, "Mean weight over all documents")));

  /** Each topic's top terms with their probability in the topic. Key: (topic_id, term). */
  public static final TableDef TOPIC_TERMS = new TableDef("topic_terms", List.of("topic_id", "term"),
      "Each topic's top terms with their probability in the topic. Key: (topic_id, term).",
      schema(
      field("topic_id", IntegerType, false, "The topic"),
      field("term", StringType, false, "The term"),
      field("weight", DoubleType, false, "p(term | topic)"),
      field("rank", IntegerType, false, "Rank within the topic, 1 = highest weight")));

  /** Each document's topics with weight >= min_doc_weight, and always its dominant one. Key: (doc_id, topic_id). */
  public static final TableDef DOC_TOPICS = new TableDef("doc_topics", List.of("doc_id", "topic_id"),
      "Each document's topics with weight >= corpus.topics.min_doc_weight, and always its dominant " +
          "one. Key: (doc_id, topic_id).",
      schema(
      field("doc_id", StringType, false, "The document (documents.doc_id)"),
      field("topic_id", IntegerType, false, "The topic"),
      field("weight", DoubleType, false, "The topic's weight in the document"),
      field("is_dominant", DataTypes.BooleanType, false, "The document's highest-weight topic")));

  /** A topic's mean weight per report year, nationally and per province. Key: (topic_id, year, scope). */
  public static final TableDef TOPIC_TRENDS = new TableDef("topic_trends", List.of("topic_id", "year", "scope"),
      "A topic's mean weight per report year, nationally and per province. Key: (topic_id, year, " +
          "scope).",
      schema(
      field("topic_id", IntegerType, false, "The topic"),
      field("label", StringType, false, "The topic's label, repeated for reading"),
      field("year", IntegerType, false, "Report year"),
      field("scope", StringType, false, "national, or a province's name"),
      field("mean_weight", DoubleType, false,
          "Mean weight over the documents modelled (weights below min_doc_weight count as 0)"),
      field("n_docs", LongType, false, "Documents modelled that year in the scope")));

  /** A topic's wording within one year: c-TF-IDF over the documents it dominates. Key: (topic_id, year, term). */
  public static final TableDef TOPIC_TERMS_BY_YEAR = new TableDef("topic_terms_by_year",
      List.of("topic_id", "year", "term"),
      "A topic's wording within one year: c-TF-IDF over the documents it dominates. Key: (topic_id, " +
          "year, term).",
      schema(
      field("topic_id", IntegerType, false, "The topic"),
      field("year", IntegerType, false, "Report year"),
      field("term", StringType, false, "The term"),
      field("weight", DoubleType, false, "Class-based TF-IDF: tf/|class| x ln(1 + A / f)"),
      field("rank", IntegerType, false, "Rank within topic and year, 1 = highest weight"),
      field("tf", LongType, false, "Occurrences in the documents of that year the topic dominates"),
      field("n_docs", LongType, false, "Documents of that year the topic dominates")));

  /**
   * Candidate report boilerplate found by the last topics run: words in nearly every document of
   * every year, spread evenly over the topics (ReportWords); to be reviewed into
   * conf/report_words.txt. Key: term.
   */
  public static final TableDef TOPIC_REPORT_WORDS = new TableDef("topic_report_words", List.of("term"),
      "Candidate report boilerplate found by the last topics run, for review into " +
          "conf/report_words.txt. Key: term.",
      schema(
      field("term", StringType, false, "The word"),
      field("min_year_share", DoubleType, false, "Lowest share, over report years, of a year's documents containing it"),
      field("mean_year_share", DoubleType, false, "Mean share of a year's documents containing it"),
      field("topic_evenness", DoubleType, false, "Normalised entropy of p(topic | word): 1 = spread evenly over topics"),
      field("years", IntegerType, false, "Report years counted")));

  public static final List<TableDef> ALL =
      List.of(DOCUMENTS, REJECTS, SECTIONS, DUPLICATES, DOC_SIGNATURES, TOKENS, TERM_DOC_COUNTS, TERM_UNIT_COUNTS, TERM_TRENDS,
          TERM_DIFFUSION, TERM_ADOPTION, EMERGING_TERMS, EMERGING_YEARS, TERM_CANDIDATES, CANDIDATE_TRENDS, COOCCURRENCE_COUNTS,
          TERM_COOCCURRENCE, KEYWORD_CELLS, KEYWORDS_BY_YEAR, KEYWORDS_BY_PROVINCE, TOPIC_MODEL_RUNS, TOPICS, TOPIC_TERMS,
          DOC_TOPICS, TOPIC_TRENDS, TOPIC_TERMS_BY_YEAR, TOPIC_REPORT_WORDS, RUNS, SOURCE_FILES);

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

  /**
   * A table's name, key columns, comment, schema and the columns its Delta files are partitioned
   * by (Parquet tables are not partitioned). Every column carries its meaning as the
   * field metadata {@value #COMMENT}, which writes keep (TableStore.conform), so the comments
   * travel with the data: {@code DESCRIBE} shows them on a table registered by location alone.
   */
  public record TableDef(String name, List<String> keys, String comment, StructType schema,
      List<String> partitionedBy) {
    public TableDef {
      partitionedBy = List.copyOf(partitionedBy);
    }

    /** An unpartitioned table. */
    public TableDef(String name, List<String> keys, String comment, StructType schema) {
      this(name, keys, comment, schema, List.of());
    }

    public String qualifiedName() {
      return DATABASE + "." + name;
    }

    /**
     * The columns with every one nullable: for rows made in a job before {@link TableStore#conform}
     * gives them the declared schema.
     */
    public StructType nullableSchema() {
      List<StructField> fields = new java.util.ArrayList<>();
      for (StructField field : schema.fields()) {
        fields.add(DataTypes.createStructField(field.name(), field.dataType(), true));
      }
      return DataTypes.createStructType(fields);
    }
  }

  /** Field metadata key of a column's comment (Spark's own, shown by DESCRIBE). */
  public static final String COMMENT = "comment";

  /** A column's comment, or "" if it has none. */
  public static String comment(StructField field) {
    return field.metadata().contains(COMMENT) ? field.metadata().getString(COMMENT) : "";
  }

  private static StructType schema(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField field(String name, DataType type, boolean nullable, String comment) {
    return DataTypes.createStructField(name, type, nullable, new MetadataBuilder().putString(COMMENT, comment).build());
  }
}
