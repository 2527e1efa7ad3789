package org.reportcorpus.jobs.trends;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.reportcorpus.jobs.config.CommandLine;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.TermsLoader;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.spark.StageLog;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.udfs.terms.TermEntry;
import org.reportcorpus.udfs.terms.TermMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trends: {@code documents} → {@code term_doc_counts} → {@code term_trends}.
 *
 * Near duplicates (table {@code duplicates}) are counted but left out of the trends unless
 * {@code corpus.trends.include_near_duplicates} is true.
 *
 * <ol>
 *   <li>countTerms: every vocabulary term (with its aliases) counted on the normalized text —
 *       not on tokens, so a term the segmenter splits is still counted;
 *   <li>nationalTrends: per term and report year, the documents that year, those mentioning the
 *       term, its share, occurrences and occurrences per 10,000 characters. Years without a
 *       mention get explicit zeros, so a trend line has no gaps.
 * </ol>
 */
public final class TrendsJob {

  private static final Logger LOG = LoggerFactory.getLogger(TrendsJob.class);

  private static final StructType TERMS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("term", DataTypes.StringType, false),
      DataTypes.createStructField("category", DataTypes.StringType, true)));

  private TrendsJob() {}

  public static void main(String[] args) {
    CommandLine commandLine = CommandLine.parse(args);
    commandLine.requireNoRest("trends");
    Sessions.runJob("corpus-trends", commandLine.config(), spark -> run(spark, commandLine.config()));
  }

  public static void run(SparkSession spark, CorpusConfig config) {
    TableStore store = new TableStore(spark, config.warehouse(), config.format());
    StageLog stages = new StageLog(LOG, "trends");
    TermDictionary dictionary = TermsLoader.load(spark, config.termsPath());
    Dataset<Row> documents = store.read(Tables.DOCUMENTS);

    store.overwrite(Tables.TERM_DOC_COUNTS, countTerms(documents, dictionary));
    stages.done("countTerms", dictionary.size() + " terms counted into " + store.path(Tables.TERM_DOC_COUNTS));

    store.overwrite(Tables.TERM_TRENDS,
        nationalTrends(trendDocuments(store, documents, config), store.read(Tables.TERM_DOC_COUNTS), terms(spark, dictionary)));
    stages.done("nationalTrends", "written to " + store.path(Tables.TERM_TRENDS));
  }

  /** The documents trends are made of: near duplicates left out unless configured otherwise. */
  static Dataset<Row> trendDocuments(TableStore store, Dataset<Row> documents, CorpusConfig config) {
    if (config.trendsIncludeNearDuplicates() || !store.exists(Tables.DUPLICATES)) {
      return documents;
    }
    return documents.join(store.read(Tables.DUPLICATES).select("doc_id"), new String[] {"doc_id"}, "left_anti");
  }

  /** (doc_id, term, category, occurrences) for every term found at least once. */
  public static Dataset<Row> countTerms(Dataset<Row> documents, TermDictionary dictionary) {
    return documents.select("doc_id", "text").mapPartitions(
        (MapPartitionsFunction<Row, Row>) docs -> {
          TermMatcher matcher = new TermMatcher(dictionary);
          List<Row> out = new ArrayList<>();
          while (docs.hasNext()) {
            Row doc = docs.next();
            for (Map.Entry<TermEntry, Integer> hit : matcher.count(doc.getString(1)).entrySet()) {
              out.add(RowFactory.create(doc.getString(0), hit.getKey().term(), hit.getKey().category(), hit.getValue()));
            }
          }
          return out.iterator();
        },
        Encoders.row(Tables.TERM_DOC_COUNTS.schema()));
  }

  public static Dataset<Row> nationalTrends(Dataset<Row> documents, Dataset<Row> termDocCounts, Dataset<Row> terms) {
    Dataset<Row> dated = documents.filter(col("report_year").isNotNull())
        .select(col("doc_id"), col("report_year").as("year"), col("n_chars"));
    Dataset<Row> years = dated.groupBy("year")
        .agg(count(lit(1)).as("n_docs"), sum("n_chars").as("year_chars"));
    Dataset<Row> mentions = termDocCounts.join(dated, "doc_id")
        .groupBy("term", "year")
        .agg(count(lit(1)).as("n_docs_mentioning"), sum("occurrences").as("occurrences"));
    return terms.crossJoin(years)
        .join(mentions, new String[] {"term", "year"}, "left")
        .select(
            col("term"),
            col("category"),
            col("year"),
            col("n_docs"),
            coalesce(col("n_docs_mentioning"), lit(0L)).as("n_docs_mentioning"),
            coalesce(col("n_docs_mentioning"), lit(0L)).divide(col("n_docs")).as("doc_share"),
            coalesce(col("occurrences"), lit(0L)).as("occurrences"),
            coalesce(col("occurrences"), lit(0L)).multiply(10000.0).divide(col("year_chars")).as("per_10k_chars"));
  }

  static Dataset<Row> terms(SparkSession spark, TermDictionary dictionary) {
    List<Row> rows = new ArrayList<>();
    for (TermEntry entry : dictionary.entries()) {
      rows.add(RowFactory.create(entry.term(), entry.category()));
    }
    return spark.createDataFrame(rows, TERMS);
  }
}
