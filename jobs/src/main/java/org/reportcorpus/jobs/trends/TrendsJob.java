package org.reportcorpus.jobs.trends;

import static org.apache.spark.sql.functions.col;

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
import org.apache.spark.storage.StorageLevel;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.spark.StageLog;
import org.reportcorpus.jobs.tables.ReportYears;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.YearlyRewrite;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.udfs.terms.TermEntry;
import org.reportcorpus.udfs.terms.TermMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.reportcorpus.jobs.config.TrendSettings;
import org.reportcorpus.jobs.tables.TrendSlice;

/**
 * Trends: documents and sections → term counts → trends, diffusion, adoption, emerging terms.
 *
 * <ol>
 *   <li>countTerms: every vocabulary term (with its aliases) counted on the normalized text of
 *       each analysis unit — whole documents and their sections by kind — not on tokens, so a
 *       term the segmenter splits is still counted → term_unit_counts, term_doc_counts;
 *   <li>termTrends: year × geography × doc_type × section_kind → term_trends (only the years
 *       whose documents changed, and their neighbours in the moving average: {@link YearlyRewrite});
 *   <li>diffusion: first year per term and region → term_diffusion; the S-curve → term_adoption
 *       (only the years from the first whose reports changed on: {@link YearlyRewrite});
 *   <li>emergingTerms: dictionary terms (and candidates, when term_candidates ran) whose share
 *       rises most — or, in years with too few documents, whose frequency per 10,000 characters
 *       does → emerging_terms; per year the measure used, or why there are none → emerging_years.
 * </ol>
 *
 * Near duplicates (table duplicates) are counted but left out of trends, diffusion and adoption
 * unless {@code corpus.trends.include_near_duplicates} is true.
 */
public final class TrendsJob {

  private static final Logger LOG = LoggerFactory.getLogger(TrendsJob.class);

  private static final StructType TERMS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("term", DataTypes.StringType, false),
      DataTypes.createStructField("category", DataTypes.StringType, true)));

  private TrendsJob() {}

  public static void main(String[] args) {
    JobCommand.main(new Command(), args);
  }

  /** {@code trends}: documents -> term counts, term_trends, term_diffusion, term_adoption, emerging_terms */
  @picocli.CommandLine.Command(name = "trends", mixinStandardHelpOptions = true, description = "documents -> term counts, term_trends, term_diffusion, term_adoption, emerging_terms")
  public static final class Command extends JobCommand {
    public Command() {
      super(TrendsJob::run);
    }
  }

  public static void run(CorpusRun run) {
    TableStore store = run.store();
    StageLog stages = new StageLog(LOG, "trends");
    TrendSettings settings = run.options().trends();
    TermDictionary dictionary = run.vocabulary();
    Dataset<Row> terms = terms(run.spark(), dictionary);
    Dataset<Row> documents = store.read(Tables.DOCUMENTS);
    Dataset<Row> sections = store.read(Tables.SECTIONS);
    Dataset<Row> units = AnalysisUnits.of(documents, sections);

    String counted = updateUnitCounts(run, documents, sections, dictionary);
    Dataset<Row> unitCounts = store.read(Tables.TERM_UNIT_COUNTS);
    updateDocCounts(run, unitCounts, terms);
    stages.done("countTerms", dictionary.size() + " terms counted in " + counted);

    Dataset<Row> trendDocuments = run.analysisDocuments();
    // A year's rows read the documents within half the smoothing window of it: a new year's run
    // replaces that year and the one before, whose moving average reaches it.
    Dataset<Row> unitChars = units.select("doc_id", "section_kind", "n_chars");
    String written = new YearlyRewrite(Tables.TERM_TRENDS, TERM_TRENDS_YEARS, "year", TermTrends.SLICE_COLUMNS,
        TermTrends.half(settings.smoothingWindow()), false)
        .write(store, run.settingsHash() + "/" + settings.smoothingWindow(), trendDocuments,
            near -> TermTrends.compute(near, unitChars, unitCounts, terms, settings.smoothingWindow()));
    stages.done("termTrends", written + " written to " + store.path(Tables.TERM_TRENDS));

    // A first use and an adoption count of a year read that year's reports and every earlier
    // year's: a new year's run writes the rows of that year only. The reports' few columns are
    // kept: both tables' digests and rows read them.
    Dataset<Row> reports = Diffusion.reports(trendDocuments).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> docCounts = store.read(Tables.TERM_DOC_COUNTS);
    String firstUses = new YearlyRewrite(Tables.TERM_DIFFUSION, TERM_DIFFUSION_YEARS, "first_year", Diffusion.DIGESTED,
        YearlyRewrite.EARLIER, false)
        .write(store, run.settingsHash(), reports, (near, years) -> Diffusion.firstUse(near, docCounts,
            years == null ? null : store.read(Tables.TERM_DIFFUSION).filter(col("first_year").lt(years.first()))));
    String curves = new YearlyRewrite(Tables.TERM_ADOPTION, TERM_ADOPTION_YEARS, "year", Diffusion.DIGESTED,
        YearlyRewrite.EARLIER, false)
        .write(store, run.settingsHash(), reports, (near, years) ->
            Diffusion.adoption(near, store.read(Tables.TERM_DIFFUSION), terms));
    stages.done("diffusion", "first uses of " + firstUses + " and adoption curves of " + curves + " written");
    reports.unpersist();

    // A row per term (or candidate) and year, each read twice: kept rather than read and scored again.
    Dataset<Row> yearly = yearlySeries(store).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> ranked = EmergingTerms.rank(yearly, settings.emerging()).persist(StorageLevel.MEMORY_AND_DISK());
    store.overwrite(Tables.EMERGING_TERMS, ranked);
    Dataset<Row> years = EmergingTerms.years(yearly, ranked, settings.emerging())
        .persist(StorageLevel.MEMORY_AND_DISK());
    store.overwrite(Tables.EMERGING_YEARS, years);
    // The analyst reads here why a year (or every year) has no emerging terms.
    EmergingTerms.Summary emerging = EmergingTerms.summarize(years);
    if (emerging.rows() == 0) {
      LOG.warn("[trends] {}", emerging.line());
    }
    stages.done("emergingTerms", emerging.line());
    years.unpersist();
    ranked.unpersist();
    yearly.unpersist();
  }

  /** The warehouse note: the documents of each year term_trends was last written from ({@link YearlyRewrite}). */
  public static final String TERM_TRENDS_YEARS = "term_trends.years";

  /** The warehouse notes: the reports of each year term_diffusion and term_adoption were last written from. */
  public static final String TERM_DIFFUSION_YEARS = "term_diffusion.years";
  public static final String TERM_ADOPTION_YEARS = "term_adoption.years";

  /** The warehouse note: the {@link CorpusRun#settingsHash()} term_unit_counts was counted with. */
  public static final String COUNTED_WITH = "term_unit_counts.settings";

  /**
   * term_unit_counts for every document. A document's counts depend only on its text, its
   * sections and the settings (vocabulary, rules), so when the table was counted with the
   * settings of this run, only documents without counts yet are counted and appended: the table
   * equals a full recount, and a new year's run scans only the new year's text. (A document in
   * which no term occurs has no rows and is counted again each time, to no rows again.)
   * Returns what was counted, for the log.
   */
  static String updateUnitCounts(CorpusRun run, Dataset<Row> documents, Dataset<Row> sections,
      TermDictionary dictionary) {
    TableStore store = run.store();
    if (store.computedFrom(Tables.TERM_UNIT_COUNTS, COUNTED_WITH, run.settingsHash())) {
      // Found on their ids (kept: read for their years, then to pick their rows); then only their
      // units are built (their sections grouped), their text read from their years' files.
      Dataset<Row> uncounted = documents.select("doc_id", "report_year")
          .join(store.read(Tables.TERM_UNIT_COUNTS).select("doc_id").distinct(), new String[] {"doc_id"}, "left_anti")
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        ReportYears years = ReportYears.of(uncounted);
        if (years.none()) {
          return "no document: each was counted before";
        }
        Dataset<Row> units = AnalysisUnits.of(years.rowsOf(documents, uncounted),
            sections.join(uncounted.select("doc_id"), new String[] {"doc_id"}, "left_semi"));
        store.append(Tables.TERM_UNIT_COUNTS, countTerms(units, dictionary));
        return "the documents not counted before";
      } finally {
        uncounted.unpersist();
      }
    }
    store.overwriteFrom(Tables.TERM_UNIT_COUNTS, countTerms(AnalysisUnits.of(documents, sections), dictionary),
        COUNTED_WITH, run.settingsHash());
    return "every document and section";
  }

  /** The warehouse note: the {@link CorpusRun#settingsHash()} term_doc_counts was written with. */
  public static final String DOC_COUNTED_WITH = "term_doc_counts.settings";

  /**
   * term_doc_counts: the whole-document rows of term_unit_counts, with each term's category. When
   * it was written under this run's settings, only documents without rows yet are added: those
   * whose counts were just appended, or left unadded by a run killed between the two writes.
   */
  static void updateDocCounts(CorpusRun run, Dataset<Row> unitCounts, Dataset<Row> terms) {
    TableStore store = run.store();
    Dataset<Row> docCounts = unitCounts.filter(col("section_kind").equalTo(AnalysisUnits.ALL))
        .join(terms, "term").select("doc_id", "term", "category", "occurrences");
    if (store.computedFrom(Tables.TERM_DOC_COUNTS, DOC_COUNTED_WITH, run.settingsHash())) {
      store.append(Tables.TERM_DOC_COUNTS, docCounts.join(
          store.read(Tables.TERM_DOC_COUNTS).select("doc_id").distinct(), new String[] {"doc_id"}, "left_anti"));
    } else {
      store.overwriteFrom(Tables.TERM_DOC_COUNTS, docCounts, DOC_COUNTED_WITH, run.settingsHash());
    }
  }

  /** (doc_id, section_kind, term, occurrences) for every term found at least once in a unit. */
  public static Dataset<Row> countTerms(Dataset<Row> units, TermDictionary dictionary) {
    return units.select("doc_id", "section_kind", "text").mapPartitions(
        (MapPartitionsFunction<Row, Row>) rows -> {
          TermMatcher matcher = new TermMatcher(dictionary);
          List<Row> out = new ArrayList<>();
          while (rows.hasNext()) {
            Row unit = rows.next();
            for (Map.Entry<TermEntry, Integer> hit : matcher.count(unit.getString(2)).entrySet()) {
              out.add(RowFactory.create(unit.getString(0), unit.getString(1), hit.getKey().term(), hit.getValue()));
            }
          }
          return out.iterator();
        },
        Encoders.row(Tables.TERM_UNIT_COUNTS.schema()));
  }

  /** National yearly series of dictionary terms, plus candidates when their table exists. */
  static Dataset<Row> yearlySeries(TableStore store) {
    Dataset<Row> dictionary = EmergingTerms.tag(store.read(Tables.TERM_TRENDS).filter(TrendSlice.headline())
        .select("term", "year", "n_docs", "n_docs_mentioning", "occurrences", "n_chars"), "dictionary");
    if (!store.exists(Tables.CANDIDATE_TRENDS)) {
      return dictionary;
    }
    // Candidates have no character counts: occurrences and n_chars stay null.
    return dictionary.unionByName(EmergingTerms.tag(store.read(Tables.CANDIDATE_TRENDS)
        .select(col("phrase").as("term"), col("year"), col("n_docs"), col("n_docs_mentioning")), "candidate"), true);
  }

  static Dataset<Row> terms(SparkSession spark, TermDictionary dictionary) {
    List<Row> rows = new ArrayList<>();
    for (TermEntry entry : dictionary.entries()) {
      rows.add(RowFactory.create(entry.term(), entry.category()));
    }
    return spark.createDataFrame(rows, TERMS);
  }
}
