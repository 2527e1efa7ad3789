package org.reportcorpus.jobs.cooccur;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.spark.StageLog;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.YearlyRewrite;
import org.reportcorpus.udfs.stats.Npmi;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.reportcorpus.jobs.config.CooccurrenceSettings;

/**
 * Co-occurrence: {@code documents} → {@code cooccurrence_counts} → {@code term_cooccurrence}, how
 * often two vocabulary terms appear in the same document and in the same sentence, with their NPMI.
 *
 * <ol>
 *   <li>analysisDocuments: the documents without their near duplicates (table {@code duplicates});
 *   <li>countUnits: per report year, terms found in each document and in each of its sentences
 *       (split on 。！？；!?; and line breaks) by the {@link org.reportcorpus.udfs.terms.TermMatcher}
 *       on the normalized text — as substrings, like {@code term_doc_counts}, not as tokens. Each
 *       partition tallies units, terms and pairs in memory and emits only those totals, so
 *       millions of sentences shuffle as a few thousand rows; the totals are then summed into
 *       {@code cooccurrence_counts}, rewriting only the years whose documents changed ({@link
 *       YearlyRewrite}): a new year's run reads the text of that year only;
 *   <li>cooccurrence: the years summed; for every pair seen together at least {@code
 *       corpus.cooccurrence.min_both} times, n_both, n_a, n_b, n_units and {@link Npmi NPMI} at
 *       levels {@code document} and {@code sentence}.
 * </ol>
 *
 * A document whose text is null or blank is no unit; a document or sentence without any term is
 * one (it lowers p(a) and p(b)).
 */
public final class CooccurrenceJob {

  private static final Logger LOG = LoggerFactory.getLogger(CooccurrenceJob.class);

  public static final String DOCUMENT = "document";
  public static final String SENTENCE = "sentence";

  /** The warehouse note: the documents of each year cooccurrence_counts was last written from ({@link YearlyRewrite}). */
  public static final String COUNTS_YEARS = "cooccurrence_counts.years";

  /** Kinds of rows of {@code cooccurrence_counts}. */
  static final String UNITS = "units";
  static final String TERM = "term";
  static final String PAIR = "pair";

  private static final UserDefinedFunction NPMI = udf(
      (UDF4<Long, Long, Long, Long, Double>) (both, a, b, units) -> Npmi.of(both, a, b, units),
      DataTypes.DoubleType).asNonNullable();

  private CooccurrenceJob() {}

  public static void main(String[] args) {
    JobCommand.main(new Command(), args);
  }

  /** {@code cooccurrence}: cooccurrence_counts, term_cooccurrence (document and sentence level, NPMI) */
  @picocli.CommandLine.Command(name = "cooccurrence", mixinStandardHelpOptions = true,
      description = "cooccurrence_counts, term_cooccurrence (document and sentence level, NPMI)")
  public static final class Command extends JobCommand {
    public Command() {
      super(CooccurrenceJob::run);
    }
  }

  public static void run(CorpusRun run) {
    CooccurrenceSettings settings = run.options().cooccurrence();
    TableStore store = run.store();
    StageLog stages = new StageLog(LOG, "cooccurrence");
    TermDictionary dictionary = run.vocabulary();

    String counted = new YearlyRewrite(Tables.COOCCURRENCE_COUNTS, COUNTS_YEARS, "report_year", List.of("doc_id"), 0,
        true).write(store, run.settingsHash(), run.analysisDocuments(), some -> countUnits(some, dictionary));
    stages.done("countUnits", dictionary.size() + " terms counted for " + counted);
    store.overwrite(Tables.TERM_COOCCURRENCE, cooccurrence(store.read(Tables.COOCCURRENCE_COUNTS), settings.minBoth()));
    stages.done("cooccurrence", "pairs written to " + store.path(Tables.TERM_COOCCURRENCE));
  }

  /**
   * Rows of {@code cooccurrence_counts} for some documents (with report_year and text): per report
   * year and level the number of units, per term the units holding it, per pair the units holding
   * both.
   */
  public static Dataset<Row> countUnits(Dataset<Row> documents, TermDictionary dictionary) {
    Dataset<Row> partial = documents.select("report_year", "text").mapPartitions(
        (MapPartitionsFunction<Row, Row>) texts -> {
          TermUnitCounter counter = new TermUnitCounter(dictionary);
          while (texts.hasNext()) {
            Row document = texts.next();
            counter.add(document.isNullAt(0) ? null : document.getInt(0), document.getString(1));
          }
          return counter.rows().iterator();
        },
        Encoders.row(Tables.COOCCURRENCE_COUNTS.nullableSchema()));
    return partial.groupBy("report_year", "level", "kind", "term_a", "term_b").agg(sum("n").as("n"));
  }

  /** Rows of {@code term_cooccurrence} from {@code cooccurrence_counts}, summed over the years. */
  public static Dataset<Row> cooccurrence(Dataset<Row> countsByYear, long minBoth) {
    Dataset<Row> unitCounts = countsByYear.groupBy("level", "kind", "term_a", "term_b").agg(sum("n").as("n"));
    Dataset<Row> pairs = unitCounts.filter(col("kind").equalTo(PAIR).and(col("n").geq(minBoth)))
        .select(col("level"), col("term_a"), col("term_b"), col("n").as("n_both"));
    Dataset<Row> termUnits = unitCounts.filter(col("kind").equalTo(TERM));
    Dataset<Row> units = unitCounts.filter(col("kind").equalTo(UNITS))
        .select(col("level"), col("n").as("n_units"));
    return pairs
        .join(termUnits.select(col("level"), col("term_a"), col("n").as("n_a")), new String[] {"level", "term_a"})
        .join(termUnits.select(col("level"), col("term_a").as("term_b"), col("n").as("n_b")),
            new String[] {"level", "term_b"})
        .join(broadcast(units), "level")
        .select(col("term_a"), col("term_b"), col("level"), col("n_both"), col("n_a"), col("n_b"), col("n_units"),
            NPMI.apply(col("n_both"), col("n_a"), col("n_b"), col("n_units")).as("npmi"));
  }
}
