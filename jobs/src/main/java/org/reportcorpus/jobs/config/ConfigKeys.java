package org.reportcorpus.jobs.config;

/**
 * Configuration keys of conf/corpus.conf. Precedence, highest first: a command-line flag
 * (--warehouse, --format, --terms), then {@code --set key=value}, then the conf file, then the
 * defaults below.
 */
public final class ConfigKeys {

  public static final String WAREHOUSE = "corpus.warehouse";
  public static final String FORMAT = "corpus.format";
  public static final String TERMS = "corpus.terms";
  public static final String MAX_FILE_BYTES = "corpus.ingest.max_file_bytes";
  public static final String WAREHOUSE_MIN_FREE_MB = "corpus.warehouse.min_free_mb";
  public static final String INGEST_PARTITIONS = "corpus.ingest.partitions";
  public static final String JSONL_TEXT_FIELDS = "corpus.ingest.jsonl_text_fields";
  public static final String TRENDS_SHOW_ROWS = "corpus.pipeline.show_rows";
  /** Folder holding boilerplate.tsv, doc_types.tsv, sections.tsv and head_rules.tsv (default: the conf folder). */
  public static final String RULES = "corpus.rules";
  public static final String MAX_REJECT_SHARE = "corpus.ingest.max_reject_share";
  public static final String SKIP_UNCHANGED = "corpus.ingest.skip_unchanged";
  public static final String REJECT_CHECK_MIN_RECORDS = "corpus.ingest.reject_check_min_records";
  public static final String DEDUP_THRESHOLD = "corpus.dedup.threshold";
  public static final String DEDUP_SHINGLE = "corpus.dedup.shingle_size";
  public static final String DEDUP_BANDS = "corpus.dedup.bands";
  public static final String DEDUP_ROWS = "corpus.dedup.rows";
  public static final String DEDUP_FEATURES = "corpus.dedup.features";
  public static final String TRENDS_INCLUDE_NEAR_DUPLICATES = "corpus.trends.include_near_duplicates";

  public static final String DEFAULT_WAREHOUSE = "warehouse";
  public static final String DEFAULT_FORMAT = "delta";
  public static final String DEFAULT_TERMS = "conf/terms.tsv";
  public static final String DEFAULT_RULES = "conf";
  public static final long DEFAULT_MAX_FILE_BYTES = 100L * 1024 * 1024;
  public static final String DEFAULT_JSONL_TEXT_FIELDS = "content,text,full_text";

  private ConfigKeys() {}
}
