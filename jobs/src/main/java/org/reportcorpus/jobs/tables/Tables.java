package org.reportcorpus.jobs.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

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

  /** National yearly trend of each term over documents with a report year. */
  public static final TableDef TERM_TRENDS = new TableDef("term_trends", List.of("term", "year"), schema(
      field("term", StringType, false),
      field("category", StringType, true),
      field("year", IntegerType, false),
      field("n_docs", LongType, false),
      field("n_docs_mentioning", LongType, false),
      field("doc_share", DoubleType, false),
      field("occurrences", LongType, false),
      field("per_10k_chars", DoubleType, false)));

  public static final List<TableDef> ALL =
      List.of(DOCUMENTS, REJECTS, SECTIONS, DUPLICATES, TOKENS, TERM_DOC_COUNTS, TERM_TRENDS, RUNS);

  private Tables() {}

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
