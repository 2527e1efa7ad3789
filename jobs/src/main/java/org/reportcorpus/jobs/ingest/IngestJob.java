package org.reportcorpus.jobs.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.timestamp_millis;
import static org.apache.spark.sql.functions.unix_millis;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.config.RulesLoader;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.spark.StageLog;
import org.reportcorpus.jobs.tables.FaultPoints;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest: input files → {@code documents}, {@code sections}, {@code rejects}, {@code duplicates}
 * and a {@code runs} entry.
 *
 * <ol>
 *   <li>listSources: list the input files (paths and sizes only) on the driver ({@link InputFiles});
 *   <li>readDocuments: on the executors, read each file, decode, split records, normalize,
 *       strip boilerplate, extract metadata, split sections — every file ends as documents or
 *       rejects ({@link ReadFile}, rows by {@link OutcomeRows});
 *   <li>writeRejects, collapseExactDuplicates (one row per doc_id, every source path kept),
 *       writeDocuments (with their sections): upserts by key, so re-runs change nothing;
 *   <li>findNearDuplicates: MinHash signatures of the new documents → {@code doc_signatures}; the
 *       new documents compared with the rest → {@code duplicates} ({@link DuplicatesUpdate});
 *   <li>account: files seen must equal files accounted for ({@link Accounting}); the run is logged
 *       in {@code runs} ({@link RunLog}), and the job fails when the books do not balance or the
 *       reject share passes the configured limit.
 * </ol>
 */
public final class IngestJob {

  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

  private static final long BYTES_PER_PARTITION = 8L * 1024 * 1024;
  /** Most repeated doc_ids whose keys are broadcast to collapse exact duplicates (tens of MB). */
  static final long MAX_BROADCAST_REPEATS = 200_000;

  private IngestJob() {}

  /**
   * Counts of one ingest run: {@code files} read, {@code unchanged} skipped (read by an earlier
   * run, same size and modification time); {@code readSeconds}, the wall time of reading and
   * cleaning them (readDocuments), which the bench reports per core. A run that read no file wrote
   * no table.
   */
  public record Summary(long files, long records, long documents, long duplicatesCollapsed, long rejects,
      long unchanged, double readSeconds) {
    public Summary(long files, long records, long documents, long duplicatesCollapsed, long rejects) {
      this(files, records, documents, duplicatesCollapsed, rejects, 0, 0);
    }

    /** Whether the run changed any table (it read at least one file). */
    public boolean wroteTables() {
      return files > 0;
    }
  }

  public static void main(String[] args) {
    JobCommand.main(new Command(), args);
  }

  /** {@code ingest}: input files to documents. */
  @picocli.CommandLine.Command(name = "ingest", mixinStandardHelpOptions = true,
      description = "input files -> documents, sections, duplicates, doc_signatures, rejects, runs")
  public static final class Command extends JobCommand {
    @picocli.CommandLine.Option(names = "--recompute-duplicates",
        description = "compute every document's signature again and compare all documents (by default only"
            + " new documents are signed and compared)")
    boolean recomputeDuplicates;

    @Override
    protected void run(CorpusRun run) {
      IngestJob.run(run, recomputeDuplicates);
    }

    @Override
    protected void validate(CorpusOptions options) {
      checkInputs(options);
    }
  }

  /** Before any session: the inputs are given and the local ones exist. */
  public static void checkInputs(CorpusOptions options) {
    InputFiles.checkLocal(options.common().inputs());
  }

  public static Summary run(CorpusRun run) {
    return run(run, false);
  }

  /** The ingest; with {@code recomputeDuplicates}, every signature and comparison made again, not only new ones. */
  public static Summary run(CorpusRun run, boolean recomputeDuplicates) {
    SparkSession spark = run.spark();
    CorpusConfig config = run.config();
    Timestamp started = Timestamp.from(Instant.now());
    TableStore store = run.store();
    StageLog stages = new StageLog(LOG, "ingest");

    List<Row> listed = listSources(spark, config);
    List<Row> files = config.skipUnchanged() ? notReadYet(spark, store, listed) : listed;
    long unchanged = listed.size() - files.size();
    stages.done("listSources", listed.size() + " files, " + unchanged + " of them read before and unchanged");
    if (files.isEmpty()) {
      if (recomputeDuplicates) {
        DuplicatesUpdate.Result recomputed = findNearDuplicates(store, run.options(), true);
        stages.done("findNearDuplicates", recomputed.duplicates() + " near duplicates in the warehouse");
      } else {
        LOG.info("[ingest] nothing new under the inputs: no table changed");
      }
      return new Summary(0, 0, 0, 0, 0, unchanged, 0);
    }

    // On local disk, not the heap: every text of the run, its stripped lines and sections (a 4 GB
    // heap ran out at 30,000 reports); the operating system's page cache keeps it in memory anyway.
    Dataset<Row> outcomes = readDocuments(spark, files, run.options())
        .persist(StorageLevel.DISK_ONLY());
    Map<String, Long> rejectsByReason = writeRejects(store, outcomes);
    long rejects = Accounting.total(rejectsByReason);
    // Counted from the rows, not with an accumulator in the read: a retried or recomputed task
    // would add its records twice.
    long records = outcomes.count();
    double readSeconds = stages.done("readDocuments", records + " records, " + rejects + " rejects " + rejectsByReason);

    // Not cached: derived from the cached outcomes without a shuffle, it is cheap to derive again,
    // and a second cache of every text would double the memory ingest needs.
    Dataset<Row> documents = collapseExactDuplicates(outcomes.filter(col("reason").isNull()));
    Accounting.DocumentCounts counts = Accounting.documentCounts(documents);
    stages.done("collapseExactDuplicates",
        counts.documents() + " documents, " + counts.exactDuplicates() + " exact duplicates");

    writeDocuments(store, documents);
    stages.done("writeDocuments", "documents and sections upserted into " + store.warehouse());

    DuplicatesUpdate.Result nearDuplicates = findNearDuplicates(store, run.options(), recomputeDuplicates);
    stages.done("findNearDuplicates", nearDuplicates.signed() + " documents signed, " + nearDuplicates.compared()
        + " compared, " + nearDuplicates.duplicates() + " near duplicates in the warehouse");

    long filesAccounted = Accounting.filesAccounted(outcomes);
    outcomes.unpersist();

    Summary summary = new Summary(files.size(), records, counts.documents(), counts.exactDuplicates(),
        rejects, unchanged, readSeconds);
    String status = Accounting.check(summary, filesAccounted, counts.sources(), config.maxRejectShare(),
        config.rejectCheckMinRecords());
    RunLog.Counts runCounts = new RunLog.Counts(summary, filesAccounted, nearDuplicates.duplicates(),
        rejectsByReason);
    logRun(spark, store, config, started, runCounts, status);
    if (!status.equals("ok")) {
      throw new IllegalStateException("ingest failed its accounting check: " + status);
    }
    // Last: a run killed before this point reads its files again the next time.
    store.upsert(Tables.SOURCE_FILES, spark.createDataFrame(files, InputFiles.SCHEMA)
        .select(col("path"), col("size"), timestamp_millis(col("modified")).as("modified"),
            lit(started).as("read_at")), Map.of());
    return summary;
  }

  /**
   * The listed files source_files does not hold as they are now (same size, same modification
   * time); a file listed with a reason (unreadable, a dangling link) is always tried again.
   * The list is on the driver already (it was listed there); the table is read on the executors.
   */
  static List<Row> notReadYet(SparkSession spark, TableStore store, List<Row> listed) {
    if (!store.exists(Tables.SOURCE_FILES) || listed.isEmpty()) {
      return listed;
    }
    Dataset<Row> read = store.read(Tables.SOURCE_FILES)
        .select(col("path"), col("size"), unix_millis(col("modified")).as("modified"));
    Dataset<Row> files = spark.createDataFrame(listed, InputFiles.SCHEMA);
    Dataset<Row> unchanged = files.filter(col("reason").isNull()).select("path", "size", "modified")
        .join(read, new String[] {"path", "size", "modified"}, "left_semi");
    return files.join(unchanged, new String[] {"path", "size", "modified"}, "left_anti")
        .select(Arrays.stream(InputFiles.SCHEMA.fieldNames()).map(org.apache.spark.sql.functions::col)
            .toArray(Column[]::new))
        .orderBy("path").collectAsList();
  }

  static List<Row> listSources(SparkSession spark, CorpusConfig config) {
    return InputFiles.list(spark.sparkContext().hadoopConfiguration(), config.inputs());
  }

  /** Reads, normalizes and describes every file, on the executors: rows of {@link OutcomeRows#SCHEMA}. */
  static Dataset<Row> readDocuments(SparkSession spark, List<Row> files, CorpusOptions options) {
    CorpusConfig config = options.common();
    int partitions = config.ingestPartitions() > 0 ? config.ingestPartitions()
        : (int) Math.max(spark.sparkContext().defaultParallelism(),
            Math.min(files.size(), InputFiles.totalBytes(files) / BYTES_PER_PARTITION));
    ReadFile readFile = new ReadFile(new SourceReader(options.ingest()), RulesLoader.load(spark, config.rulesFolder()),
        spark.sparkContext().hadoopConfiguration());
    return FaultPoints.inTasks("in-task:read-files", spark.createDataFrame(files, InputFiles.SCHEMA)
        .repartition(Math.max(1, partitions))
        .flatMap(readFile, Encoders.row(OutcomeRows.SCHEMA)));
  }

  /** Upserts the rejects among the outcomes; returns their count per reason code. */
  static Map<String, Long> writeRejects(TableStore store, Dataset<Row> outcomes) {
    Dataset<Row> rejects = outcomes.filter(col("reason").isNotNull()).select("source_path", "reason", "detail");
    store.upsert(Tables.REJECTS, rejects, Map.of());
    return Accounting.rejectsByReason(rejects);
  }

  /**
   * One row per doc_id: the row of its first source path in sort order (its sections with it),
   * with every source path in source_paths. Only keys are aggregated: the doc_ids read more than
   * once, with their first source path and all of them. That list is small next to the corpus (a
   * repost is a share of the records, not a multiple), so it is broadcast and the whole rows —
   * text, stripped lines, sections — stay in the partitions they were read in, never shuffled,
   * sorted or gathered into a few large partitions. Past {@link #MAX_BROADCAST_REPEATS} repeated
   * ids the join is an ordinary one. A record's source path is unique (InputFiles lists a file
   * once; a record adds #L/#R or !/entry), so each doc_id keeps exactly one row.
   */
  static Dataset<Row> collapseExactDuplicates(Dataset<Row> documents) {
    Dataset<Row> repeated = documents.groupBy("doc_id")
        .agg(count(lit(1)).as("n"), min(col("source_path")).as("first_source"),
            array_sort(collect_set(col("source_path"))).as("all_sources"))
        .filter(col("n").gt(1))
        .drop("n");
    boolean small = repeated.count() <= MAX_BROADCAST_REPEATS;
    List<String> columns = new ArrayList<>(Arrays.asList(OutcomeRows.SCHEMA.fieldNames()));
    columns.removeAll(List.of("reason", "detail"));
    return documents.join(small ? broadcast(repeated) : repeated, new String[] {"doc_id"}, "left")
        .filter(col("first_source").isNull().or(col("first_source").equalTo(col("source_path"))))
        .withColumn("source_paths", coalesce(col("all_sources"), array(col("source_path"))))
        .select(columns.stream().map(c -> col(c)).toArray(Column[]::new));
  }

  /**
   * Upserts documents and their sections. A document seen again keeps every source path, and the
   * columns of its first source path in sort order, as if all its sources had been read in one run
   * (collapseExactDuplicates): a run adding a new year gives the rows a rebuild would.
   */
  static void writeDocuments(TableStore store, Dataset<Row> documents) {
    Map<String, String> matched = new java.util.LinkedHashMap<>();
    for (String column : Tables.DOCUMENTS.schema().fieldNames()) {
      matched.put(column, "CASE WHEN s.source_path < t.source_path THEN s." + column + " ELSE t." + column + " END");
    }
    matched.put("source_paths", "array_sort(array_union(t.source_paths, s.source_paths))");
    store.upsert(Tables.DOCUMENTS, documents, matched);
    store.upsert(Tables.SECTIONS, sections(documents), Map.of());
  }

  static Dataset<Row> sections(Dataset<Row> documents) {
    return documents.select(col("doc_id"), explode(col("sections")).as("s"))
        .select(col("doc_id"), col("s.ordinal"), col("s.kind"), col("s.heading"), col("s.text"), col("s.n_chars"));
  }

  /** Brings {@code doc_signatures} and {@code duplicates} up to date with every document in the warehouse. */
  static DuplicatesUpdate.Result findNearDuplicates(TableStore store, CorpusOptions options, boolean recompute) {
    return DuplicatesUpdate.run(store, options.dedup(), recompute);
  }

  private static void logRun(SparkSession spark, TableStore store, CorpusConfig config, Timestamp started,
      RunLog.Counts counts, String status) {
    Row entry = RunLog.entry(UUID.randomUUID().toString(), started, Timestamp.from(Instant.now()), config, counts,
        status);
    store.append(Tables.RUNS, spark.createDataFrame(List.of(entry), Tables.RUNS.schema()));
    Summary summary = counts.summary();
    LOG.info("[ingest] accounted: {} files seen, {} accounted; "
        + "{} records = {} documents + {} exact duplicates + {} rejects; {}",
        summary.files(), counts.filesAccounted(), summary.records(), summary.documents(),
        summary.duplicatesCollapsed(), summary.rejects(), status);
  }
}
