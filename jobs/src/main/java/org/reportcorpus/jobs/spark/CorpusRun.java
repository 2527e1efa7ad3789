package org.reportcorpus.jobs.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.config.TermsLoader;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.jobs.config.ConfigKeys;

/**
 * What every stage of one run shares, built once and passed along: the session, the validated
 * options, the table store and the term vocabulary (read from its file on first use, then kept).
 */
public final class CorpusRun {

  private final SparkSession spark;
  private final CorpusOptions options;
  private final TableStore store;
  private TermDictionary vocabulary;
  private String settingsHash;

  public CorpusRun(SparkSession spark, CorpusOptions options) {
    this.spark = spark;
    this.options = options;
    this.store = new TableStore(spark, options.warehouse(), options.format());
  }

  /** A run over an existing session (tests, the bench): options built and validated here. */
  public static CorpusRun of(SparkSession spark, CorpusConfig config) {
    return new CorpusRun(spark, CorpusOptions.from(config));
  }

  public SparkSession spark() {
    return spark;
  }

  public CorpusOptions options() {
    return options;
  }

  public CorpusConfig config() {
    return options.common();
  }

  public TableStore store() {
    return store;
  }

  /** The term vocabulary ({@code corpus.terms}); one read per run. */
  public synchronized TermDictionary vocabulary() {
    if (vocabulary == null) {
      vocabulary = TermsLoader.load(spark, options.common().termsPath());
    }
    return vocabulary;
  }

  /**
   * A hash of what decides the tables' contents: the settings, the vocabulary file and the files
   * of the rules folder (one computation per run). Left out: the inputs (where to look, not how to
   * compute), Spark's settings, and {@link #NOT_RESULTS}. Stages that add to a table rather than
   * rewrite it check that this has not changed since.
   */
  public synchronized String settingsHash() {
    if (settingsHash == null) {
      MessageDigest digest = sha256();
      Map<String, String> settings = new TreeMap<>(config().settings());
      settings.keySet().removeIf(key -> key.startsWith("spark.") || key.startsWith("local.spark.")
          || NOT_RESULTS.contains(key));
      digest.update(settings.toString().getBytes(StandardCharsets.UTF_8));
      Configuration hadoop = spark.sparkContext().hadoopConfiguration();
      try {
        addFile(digest, new Path(config().termsPath()), hadoop);
        Path rules = new Path(config().rulesFolder());
        FileSystem fs = rules.getFileSystem(hadoop);
        if (fs.exists(rules) && fs.getFileStatus(rules).isDirectory()) {
          for (FileStatus status : fs.listStatus(rules)) { // sorted by name
            if (status.isFile()) {
              addFile(digest, status.getPath(), hadoop);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the rule files", e);
      }
      settingsHash = HexFormat.of().formatHex(digest.digest());
    }
    return settingsHash;
  }

  /**
   * Settings that change how a run goes or where, not what the tables hold: a warehouse copied or
   * moved keeps its per-document tables.
   */
  static final java.util.Set<String> NOT_RESULTS = java.util.Set.of(ConfigKeys.SKIP_UNCHANGED,
      ConfigKeys.TRENDS_SHOW_ROWS, ConfigKeys.WAREHOUSE_MIN_FREE_MB, ConfigKeys.WAREHOUSE);

  private static void addFile(MessageDigest digest, Path path, Configuration hadoop) throws IOException {
    FileSystem fs = path.getFileSystem(hadoop);
    if (!fs.exists(path)) {
      return;
    }
    digest.update(path.getName().getBytes(StandardCharsets.UTF_8));
    try (InputStream in = fs.open(path)) {
      digest.update(in.readAllBytes());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The documents analyses count, by the run's {@link org.reportcorpus.jobs.config.AnalysisSet}. */
  public Dataset<Row> analysisDocuments() {
    Dataset<Row> duplicates = store.exists(Tables.DUPLICATES) ? store.read(Tables.DUPLICATES) : null;
    return options.analysisSet().apply(store.read(Tables.DOCUMENTS), duplicates);
  }
}
