package org.reportcorpus.jobs.candidates;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
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
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.udfs.discover.CandidateScore;
import org.reportcorpus.udfs.discover.CandidateSelection;
import org.reportcorpus.udfs.discover.ExampleSentence;
import org.reportcorpus.udfs.discover.KnownPhrases;
import org.reportcorpus.udfs.discover.PhraseMatcher;
import org.reportcorpus.udfs.discover.PhraseTally;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.reportcorpus.jobs.config.CandidateSettings;

/**
 * Term candidates: {@code documents} → {@code term_candidates}, {@code candidate_trends} —
 * phrases outside the vocabulary that look like policy slogans.
 *
 * <ol>
 *   <li>candidateDocuments: documents without near duplicates (as the trend tables), and the
 *       corpus's shape: documents per report year, characters, the middle year;
 *   <li>propose, three methods, each giving at most {@code max_proposals} phrases that are not
 *       known ({@link KnownPhrases}: a term or alias, containing one, contained in one, or generic):
 *       <ul>
 *         <li>{@code quoted}: phrases in quotation marks, over all documents ({@link QuotedProposals});
 *         <li>{@code newword}: HanLP's new-word discovery on a sample ({@link NewWordProposals});
 *         <li>{@code ngram}: closed character n-grams frequent in a sample ({@link NgramProposals});
 *       </ul>
 *   <li>measure: every proposed phrase found in every document in one Aho–Corasick pass, summed
 *       per partition as the documents stream ({@link PhraseTally}): its regions, and per report
 *       year its documents, occurrences, quoted occurrences and first occurrence; then summed over
 *       partitions;
 *   <li>rank: per phrase, documents, regions, occurrences, first year; those used in at least
 *       {@code min_regions} regions and {@code min_docs} documents scored ({@link CandidateScore})
 *       and the top {@code top_k} kept, each with the sentence around its first occurrence
 *       (earliest report year, then smallest doc_id);
 *   <li>trends: per kept phrase and report year, documents that year and documents mentioning it
 *       (from the same yearly sums).
 * </ol>
 *
 * Only the samples of the two statistical methods are bounded by configuration; quoting and
 * measuring are single passes over all documents, so the job grows linearly with the corpus.
 */
public final class CandidatesJob {

  private static final Logger LOG = LoggerFactory.getLogger(CandidatesJob.class);

  /** One phrase in one report year (null: undated) of one partition's documents ({@link PhraseTally.YearSums}). */
  private static final StructType YEAR_SUMS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("year", DataTypes.IntegerType, true),
      DataTypes.createStructField("n_docs", DataTypes.LongType, false),
      DataTypes.createStructField("occurrences", DataTypes.LongType, false),
      DataTypes.createStructField("quoted", DataTypes.LongType, false),
      DataTypes.createStructField("first_doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("first_begin", DataTypes.IntegerType, false)));

  /** One phrase over one partition's documents ({@link PhraseTally.Sums}): its regions as bits, its yearly sums. */
  static final StructType PARTIAL = DataTypes.createStructType(List.of(
      DataTypes.createStructField("phrase", DataTypes.StringType, false),
      DataTypes.createStructField("regions", DataTypes.BinaryType, false),
      DataTypes.createStructField("years", DataTypes.createArrayType(YEAR_SUMS, false), false)));

  /** The picked phrases and their rank. */
  static final StructType RANKS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("phrase", DataTypes.StringType, false),
      DataTypes.createStructField("rank", DataTypes.IntegerType, false)));

  /** A measured phrase with its score, and where its first occurrence is (its example). */
  static final StructType SCORED = DataTypes.createStructType(List.of(
      DataTypes.createStructField("phrase", DataTypes.StringType, false),
      DataTypes.createStructField("methods", DataTypes.createArrayType(DataTypes.StringType, false), false),
      DataTypes.createStructField("score", DataTypes.DoubleType, false),
      DataTypes.createStructField("first_year", DataTypes.IntegerType, true),
      DataTypes.createStructField("n_regions", DataTypes.LongType, false),
      DataTypes.createStructField("n_docs", DataTypes.LongType, false),
      DataTypes.createStructField("occurrences", DataTypes.LongType, false),
      DataTypes.createStructField("first_doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("first_begin", DataTypes.IntegerType, false)));

  /** Sort key of an undated document: after every report year. */
  private static final int UNDATED = Integer.MAX_VALUE;

  private CandidatesJob() {}

  /** Under spark-submit: the {@code candidates} command ({@link CandidatesCommand}). */
  public static void main(String[] args) {
    JobCommand.main(new CandidatesCommand(), args);
  }

  /** Computes and writes {@code term_candidates} and {@code candidate_trends}. */
  public static void run(CorpusRun run) {
    SparkSession spark = run.spark();
    CandidateSettings settings = run.options().candidates();
    TableStore store = run.store();
    StageLog stages = new StageLog(LOG, "candidates");
    TermDictionary dictionary = run.vocabulary();
    KnownPhrases known = new KnownPhrases(dictionary.allSurfaceForms(), settings.stopPhrases());

    // Every text of the analysis set: on local disk, not the heap (as ingest's outcomes).
    Dataset<Row> documents = candidateDocuments(run).persist(StorageLevel.DISK_ONLY());
    CorpusShape corpus = CorpusShape.of(documents);
    stages.done("candidateDocuments", corpus.toString());

    Proposals proposals = new Proposals();
    proposals.add(QuotedProposals.METHOD, QuotedProposals.propose(documents, settings, known));
    stages.done("proposeQuoted", proposals.count(QuotedProposals.METHOD) + " phrases");
    proposals.add(NewWordProposals.METHOD, NewWordProposals.propose(documents, corpus, settings, known,
        dictionary.allSurfaceForms()));
    stages.done("proposeNewWords", proposals.count(NewWordProposals.METHOD) + " phrases");
    proposals.add(NgramProposals.METHOD, NgramProposals.propose(spark, documents,
        store.exists(Tables.TOKENS) ? store.read(Tables.TOKENS) : null, corpus, settings, known,
        dictionary.allSurfaceForms()));
    stages.done("proposeNgrams", proposals.count(NgramProposals.METHOD) + " phrases");
    List<String> phrases = proposals.phrases();

    // Every proposed phrase measured in every document in one pass, summed per partition as it
    // streams (PhraseTally): a row per phrase and document would be tens of millions at 30,000
    // reports, and moving them cost most of the stage.
    Dataset<Row> partials = measure(spark, documents, phrases, regionCodes(documents))
        .persist(StorageLevel.MEMORY_AND_DISK()); // read twice; bounded by proposals × partitions
    Dataset<Row> byYear = byYear(partials)
        .persist(StorageLevel.MEMORY_AND_DISK()); // read twice: scored, then trends; bounded by proposals × years
    Dataset<Row> measured = measured(byYear, regionCounts(partials), corpus.middleYear());
    Dataset<Row> scored = score(measured, proposals.toDataset(spark), corpus, settings)
        .localCheckpoint(); // read twice: picked, then joined; bounded by the proposals
    List<String> picked = pick(scored, settings);
    Dataset<Row> ranked = rank(spark, scored, picked).persist(StorageLevel.MEMORY_AND_DISK());
    store.overwrite(Tables.TERM_CANDIDATES, withExamples(ranked, documents, settings));
    stages.done("measureAndRank", phrases.size() + " phrases measured, top " + settings.topK() + " written to "
        + store.path(Tables.TERM_CANDIDATES));

    store.overwrite(Tables.CANDIDATE_TRENDS, trends(byYear, ranked, documents));
    stages.done("trends", "written to " + store.path(Tables.CANDIDATE_TRENDS));

    ranked.unpersist();
    byYear.unpersist();
    partials.unpersist();
    documents.unpersist();
  }

  /** (doc_id, text, report_year, region_code, n_chars) of the analysis set's documents. */
  static Dataset<Row> candidateDocuments(CorpusRun run) {
    return run.analysisDocuments().select("doc_id", "text", "report_year", "region_code", "n_chars");
  }

  /**
   * The region codes of the documents, sorted: the bits of {@link PhraseTally}'s region sets.
   * Bounded by the country's administrative divisions, not by the corpus.
   */
  static List<String> regionCodes(Dataset<Row> documents) {
    return documents.select("region_code").filter(col("region_code").isNotNull()).distinct()
        .orderBy("region_code").as(Encoders.STRING()).collectAsList();
  }

  /** Rows of {@link #PARTIAL}: per partition of the documents, each phrase found in them ({@link PhraseTally}). */
  static Dataset<Row> measure(SparkSession spark, Dataset<Row> documents, List<String> phrases, List<String> regionCodes) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<List<String>> sharedPhrases = context.broadcast(List.copyOf(phrases));
    Map<String, Integer> index = new HashMap<>();
    for (String code : regionCodes) {
      index.put(code, index.size());
    }
    Broadcast<Map<String, Integer>> regions = context.broadcast(index);
    return documents.select("doc_id", "text", "report_year", "region_code").mapPartitions(
        (MapPartitionsFunction<Row, Row>) docs -> {
          // built per partition, never shipped
          PhraseTally tally = new PhraseTally(new PhraseMatcher(sharedPhrases.value()));
          Map<String, Integer> regionOf = regions.value();
          while (docs.hasNext()) {
            Row doc = docs.next();
            tally.add(new PhraseTally.Document(doc.getString(0), doc.getString(1), doc.isNullAt(2) ? null : doc.getInt(2),
                doc.isNullAt(3) ? -1 : regionOf.getOrDefault(doc.getString(3), -1)));
          }
          return tally.sums().stream().map(CandidatesJob::partialRow).iterator();
        },
        Encoders.row(PARTIAL));
  }

  private static Row partialRow(PhraseTally.Sums sums) {
    List<Row> years = new ArrayList<>(sums.years().size());
    for (PhraseTally.YearSums y : sums.years()) {
      years.add(RowFactory.create(y.year(), y.docs(), y.occurrences(), y.quoted(), y.firstDocId(), y.firstBegin()));
    }
    return RowFactory.create(sums.phrase(), sums.regions().toByteArray(),
        scala.jdk.javaapi.CollectionConverters.asScala(years).toSeq());
  }

  /**
   * (phrase, year, n_docs, occurrences, quoted, first): per phrase and report year (null:
   * undated) over all partitions; {@code first} (doc_id, begin) is its first occurrence in the
   * year's smallest doc_id. {@code partials}: rows of {@link #measure}.
   */
  static Dataset<Row> byYear(Dataset<Row> partials) {
    return partials.select(col("phrase"), explode(col("years")).as("y"))
        .groupBy(col("phrase"), col("y.year").as("year"))
        .agg(sum("y.n_docs").as("n_docs"), sum("y.occurrences").as("occurrences"), sum("y.quoted").as("quoted"),
            min(struct(col("y.first_doc_id").as("doc_id"), col("y.first_begin").as("begin"))).as("first"));
  }

  /** (phrase, n_regions): regions with a document holding the phrase, the union of its partitions' sets. */
  static Dataset<Row> regionCounts(Dataset<Row> partials) {
    return partials.groupBy("phrase").agg(RegionBits.COUNT.apply(col("regions")).as("n_regions"));
  }

  /**
   * Per phrase: n_docs, occurrences, quoted, first_year, early_docs and late_docs (documents of the
   * years before and from {@code middleYear}), n_regions (regions with a document holding it), and
   * first_doc_id and first_begin: its first occurrence, in the earliest report year (undated last),
   * then the smallest doc_id. {@code byYear}: rows of {@link #byYear}; {@code regions}: of {@link #regionCounts}.
   */
  static Dataset<Row> measured(Dataset<Row> byYear, Dataset<Row> regions, int middleYear) {
    return byYear.groupBy("phrase").agg(
            sum("n_docs").as("n_docs"),
            sum("occurrences").as("occurrences"),
            sum("quoted").as("quoted"),
            min("year").as("first_year"),
            sum(when(col("year").lt(middleYear), col("n_docs")).otherwise(0L)).as("early_docs"),
            sum(when(col("year").geq(middleYear), col("n_docs")).otherwise(0L)).as("late_docs"),
            min(struct(coalesce(col("year"), lit(UNDATED)).as("year"), col("first.doc_id").as("doc_id"),
                col("first.begin").as("begin"))).as("first"))
        .join(regions, "phrase")
        .withColumn("first_doc_id", col("first.doc_id"))
        .withColumn("first_begin", col("first.begin"))
        .drop("first");
  }

  /**
   * The top {@code top_k} phrases used in enough regions and documents, best first: in score
   * order (then documents, then the phrase), leaving out phrases that contain or are contained in
   * a better one ({@link CandidateSelection}).
   */
  static List<String> pick(Dataset<Row> scored, CandidateSettings settings) {
    // Streamed in order and read only until top_k are picked; bounded by the proposals anyway.
    return CandidateSelection.select(scored
        .orderBy(col("score").desc(), col("n_docs").desc(), col("phrase"))
        .select("phrase").as(Encoders.STRING())
        .toLocalIterator(), settings.topK());
  }

  /** The picked phrases with their rank: the columns of term_candidates except {@code example}, with where it is. */
  static Dataset<Row> rank(SparkSession spark, Dataset<Row> scored, List<String> picked) {
    List<Row> ranks = new ArrayList<>(picked.size());
    for (int i = 0; i < picked.size(); i++) {
      ranks.add(RowFactory.create(picked.get(i), i + 1));
    }
    return scored.join(broadcast(spark.createDataFrame(ranks, RANKS)), "phrase");
  }

  /**
   * Per measured phrase in enough regions and documents, its figures and {@link CandidateScore}.
   * {@code measured}: rows of {@link #measured}.
   */
  static Dataset<Row> score(Dataset<Row> measured, Dataset<Row> proposals, CorpusShape corpus,
      CandidateSettings settings) {
    int middleYear = corpus.middleYear();
    long earlyDocs = corpus.docsBefore(middleYear);
    long lateDocs = corpus.docsFrom(middleYear);
    return measured
        .filter(col("n_regions").geq(settings.minRegions()).and(col("n_docs").geq(settings.minDocs())))
        .join(proposals, "phrase")
        .map((MapFunction<Row, Row>) row -> {
          double early = earlyDocs > 0 ? row.<Long>getAs("early_docs") / (double) earlyDocs : Double.NaN;
          double late = lateDocs > 0 ? row.<Long>getAs("late_docs") / (double) lateDocs : Double.NaN;
          double score = CandidateScore.score(new CandidateScore.Evidence(row.<Long>getAs("n_regions"),
              row.<Long>getAs("occurrences"), row.<Long>getAs("quoted"),
              row.<scala.collection.Seq<?>>getAs("methods").size(), early, late));
          return RowFactory.create(row.getAs("phrase"), row.getAs("methods"), score, row.getAs("first_year"),
              row.getAs("n_regions"), row.getAs("n_docs"), row.getAs("occurrences"), row.getAs("first_doc_id"),
              row.getAs("first_begin"));
        }, Encoders.row(SCORED));
  }

  /** The ranked candidates with the sentence around their first occurrence, as term_candidates. */
  static Dataset<Row> withExamples(Dataset<Row> ranked, Dataset<Row> documents, CandidateSettings settings) {
    int maxChars = settings.exampleMaxChars();
    Dataset<Row> firstDocs = documents.select(col("doc_id").as("first_doc_id"), col("text"));
    StructType out = Tables.TERM_CANDIDATES.schema();
    return broadcast(ranked).join(firstDocs, "first_doc_id").map((MapFunction<Row, Row>) row -> {
      String phrase = row.getAs("phrase");
      int begin = row.<Integer>getAs("first_begin");
      String example = ExampleSentence.around(row.getAs("text"), begin, begin + phrase.length(), maxChars);
      return RowFactory.create(phrase, row.getAs("methods"), row.getAs("score"), row.getAs("first_year"),
          row.getAs("n_regions"), row.getAs("n_docs"), row.getAs("occurrences"), example, row.getAs("rank"));
    }, Encoders.row(out));
  }

  /** (phrase, year, n_docs, n_docs_mentioning) for every kept phrase and every report year, zeros included. */
  static Dataset<Row> trends(Dataset<Row> byYear, Dataset<Row> ranked, Dataset<Row> documents) {
    Dataset<Row> kept = ranked.select("phrase");
    Dataset<Row> years = documents.filter(col("report_year").isNotNull())
        .groupBy(col("report_year").as("year")).agg(count(lit(1)).as("n_docs"));
    Dataset<Row> mentions = byYear.filter(col("year").isNotNull())
        .join(broadcast(kept), "phrase")
        .select(col("phrase"), col("year"), col("n_docs").as("n_docs_mentioning"));
    return kept.crossJoin(years)
        .join(mentions, new String[] {"phrase", "year"}, "left")
        .select(col("phrase"), col("year"), col("n_docs"),
            coalesce(col("n_docs_mentioning"), lit(0L)).as("n_docs_mentioning"));
  }
}
