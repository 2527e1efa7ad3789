package org.reportcorpus.jobs.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.config.TermsLoader;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.jobs.config.AnalysisSet;

/**
 * What every stage of one run shares, built once and passed along: the session, the validated
 * options, the table store and the term vocabulary (read from its file on first use, then kept).
 */
public final class CorpusRun {

  private final SparkSession spark;
  private final CorpusOptions options;
  private final TableStore store;
  private TermDictionary vocabulary;

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

  /** The documents analyses count, by the run's {@link org.reportcorpus.jobs.config.AnalysisSet}. */
  public Dataset<Row> analysisDocuments() {
    Dataset<Row> duplicates = store.exists(Tables.DUPLICATES) ? store.read(Tables.DUPLICATES) : null;
    return options.analysisSet().apply(store.read(Tables.DOCUMENTS), duplicates);
  }
}
