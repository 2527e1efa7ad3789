package org.reportcorpus.jobs.ingest;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.struct;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.UUID;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.IOUtils;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.reportcorpus.jobs.config.ConfigKeys;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.spark.RowBuilder;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.spark.StageLog;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.config.RulesLoader;
import org.reportcorpus.udfs.analysis.Analysis;
import org.reportcorpus.udfs.analysis.DocumentAnalyzer;
import org.reportcorpus.udfs.analysis.ReportRules;
import org.reportcorpus.udfs.clean.PageMetadata;
import org.reportcorpus.udfs.meta.DocumentMetadata;
import org.reportcorpus.udfs.region.RegionMatch;
import org.reportcorpus.udfs.region.RegionResolver;
import org.reportcorpus.udfs.sections.Section;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest: input files → {@code documents} and {@code rejects}.
 *
 * <ol>
 *   <li>listSources: list the input files (paths and sizes only) on the driver;
 *   <li>readDocuments: on the executors, read each file, decode, split records, normalize,
 *       strip boilerplate, extract metadata, split sections — every file ends as documents or
 *       rejects; a document that makes a stage throw becomes a {@code runtime_error} reject;
 *   <li>writeRejects, collapseExactDuplicates (one row per doc_id, every source path kept),
 *       writeDocuments, writeSections: upserts by key, so re-runs change nothing;
 *   <li>findNearDuplicates: MinHash LSH over all documents → {@code duplicates};
 *   <li>account: files seen must equal files accounted for; the run is logged in {@code runs},
 *       and the job fails when the reject share passes the configured limit.
 * </ol>
 */
public final class IngestJob {

  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

  static final StructType FILES = DataTypes.createStructType(List.of(
      DataTypes.createStructField("path", DataTypes.StringType, false),
      DataTypes.createStructField("size", DataTypes.LongType, false)));

  static final StructType SECTION = DataTypes.createStructType(List.of(
      DataTypes.createStructField("ordinal", DataTypes.IntegerType, false),
      DataTypes.createStructField("kind", DataTypes.StringType, false),
      DataTypes.createStructField("heading", DataTypes.StringType, true),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("n_chars", DataTypes.IntegerType, false)));

  /** A document's columns (all nullable here), its sections, and a reject's reason and detail. */
  static final StructType OUTCOMES = outcomeSchema();

  private static final long BYTES_PER_PARTITION = 8L * 1024 * 1024;

  /** A record's suffix on its file's path: {@code #L12} (JSONL), {@code #R3} (CSV), {@code !/entry} (archive). */
  private static final String SOURCE_SUFFIX = "(#[LR]\\d+|!/.*)$";

  private IngestJob() {}

  /** Counts of one ingest run. */
  public record Summary(long files, long records, long documents, long duplicatesCollapsed, long rejects) {}

  public static void main(String[] args) {
    JobCommand.main(new Command(), args);
  }

  /** {@code ingest}: input files -> documents, sections, duplicates, rejects, runs */
  @picocli.CommandLine.Command(name = "ingest", mixinStandardHelpOptions = true, description = "input files -> documents, sections, duplicates, rejects, runs")
  public static final class Command extends JobCommand {
    @Override
    protected void run(CorpusRun run) {
      IngestJob.run(run);
    }
  }

  public static Summary run(CorpusRun run) {
    return run(run.spark(), run.config());
  }

  public static Summary run(SparkSession spark, CorpusConfig config) {
    Timestamp started = Timestamp.from(Instant.now());
    TableStore store = new TableStore(spark, config.warehouse(), config.format());
    StageLog stages = new StageLog(LOG, "ingest");
    LongAccumulator recordsRead = spark.sparkContext().longAccumulator("records read");
    ReportRules rules = RulesLoader.load(spark, config.rulesFolder());

    List<Row> files = listSources(spark, config.inputs());
    stages.done("listSources", files.size() + " files");

    Dataset<Row> outcomes = readDocuments(spark, files, config, rules, recordsRead)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Dataset<Row> rejects = outcomes.filter(col("reason").isNotNull()).select("source_path", "reason", "detail");
    store.upsert(Tables.REJECTS, rejects, Map.of());
    Map<String, Long> rejectsByReason = countByReason(rejects);
    long rejectCount = rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
    stages.done("readDocuments", recordsRead.value() + " records, " + rejectCount + " rejects " + rejectsByReason);

    Dataset<Row> documents = collapseExactDuplicates(outcomes.filter(col("reason").isNull()))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Row sizes = documents.agg(count(lit(1)), sum(size(col("source_paths")))).first();
    long documentCount = sizes.getLong(0);
    long documentSources = sizes.isNullAt(1) ? 0 : sizes.getLong(1);
    long exactDuplicates = documentSources - documentCount;
    stages.done("collapseExactDuplicates", documentCount + " documents, " + exactDuplicates + " exact duplicates");

    store.upsert(Tables.DOCUMENTS, documents, Map.of(
        "source_paths", "array_sort(array_union(t.source_paths, s.source_paths))",
        "source_path", "least(t.source_path, s.source_path)"));
    store.upsert(Tables.SECTIONS, sections(documents), Map.of());
    stages.done("writeDocuments", "documents and sections upserted into " + store.warehouse());

    store.overwrite(Tables.DUPLICATES, NearDuplicates.find(store.read(Tables.DOCUMENTS), config.dedupSettings()));
    long nearDuplicates = store.read(Tables.DUPLICATES).count();
    stages.done("findNearDuplicates", nearDuplicates + " near duplicates in the warehouse");

    long filesAccounted = outcomes.select(regexp_replace(col("source_path"), SOURCE_SUFFIX, "")).distinct().count();
    documents.unpersist();
    outcomes.unpersist();

    Summary summary = new Summary(files.size(), recordsRead.value(), documentCount, exactDuplicates, rejectCount);
    String status = check(summary, filesAccounted, documentSources, config);
    store.append(Tables.RUNS, runRow(spark, config, started, summary, filesAccounted, nearDuplicates, rejectsByReason, status));
    LOG.info("[ingest] accounted: {} files seen, {} accounted; {} records = {} documents + {} exact duplicates + {} rejects; {}",
        files.size(), filesAccounted, recordsRead.value(), documentCount, exactDuplicates, rejectCount, status);
    if (!status.equals("ok")) {
      throw new IllegalStateException("ingest failed its accounting check: " + status);
    }
    return summary;
  }

  /**
   * "ok", or why the run must not pass quietly: a file that produced nothing, records that
   * vanished, or more rejects than the configured share.
   */
  static String check(Summary summary, long filesAccounted, long documentSources, CorpusConfig config) {
    if (filesAccounted != summary.files()) {
      return "files seen " + summary.files() + " != files accounted " + filesAccounted;
    }
    if (documentSources + summary.rejects() != summary.records()) {
      return "records read " + summary.records() + " != document sources " + documentSources
          + " + rejects " + summary.rejects();
    }
    double share = summary.records() == 0 ? 0 : (double) summary.rejects() / summary.records();
    if (summary.records() >= config.rejectCheckMinRecords() && share > config.maxRejectShare()) {
      return String.format("reject share %.3f > %s (%s)", share, config.maxRejectShare(), ConfigKeys.MAX_REJECT_SHARE);
    }
    return "ok";
  }

  private static Map<String, Long> countByReason(Dataset<Row> rejects) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : rejects.groupBy("reason").count().collectAsList()) { // one row per reason code
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }

  static Dataset<Row> sections(Dataset<Row> documents) {
    return documents.select(col("doc_id"), explode(col("sections")).as("s"))
        .select(col("doc_id"), col("s.ordinal"), col("s.kind"), col("s.heading"), col("s.text"), col("s.n_chars"));
  }

  private static Dataset<Row> runRow(SparkSession spark, CorpusConfig config, Timestamp started, Summary summary,
      long filesAccounted, long nearDuplicates, Map<String, Long> rejectsByReason, String status) {
    Row row = new RowBuilder(Tables.RUNS.schema())
        .set("run_id", UUID.randomUUID().toString())
        .set("started_at", started)
        .set("ended_at", Timestamp.from(Instant.now()))
        .set("config_hash", configHash(config))
        .set("inputs", RowBuilder.seq(config.inputs()))
        .set("files_seen", summary.files())
        .set("files_accounted", filesAccounted)
        .set("records_read", summary.records())
        .set("documents", summary.documents())
        .set("exact_duplicates", summary.duplicatesCollapsed())
        .set("near_duplicates", nearDuplicates)
        .set("rejects", summary.rejects())
        .set("rejects_by_reason", scala.jdk.javaapi.CollectionConverters.asScala(rejectsByReason))
        .set("status", status)
        .build();
    return spark.createDataFrame(List.of(row), Tables.RUNS.schema());
  }

  /** SHA-256 of the sorted settings: runs with the same configuration share a hash. */
  static String configHash(CorpusConfig config) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      config.settings().forEach((k, v) -> digest.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Lists every file under the inputs (recursively); paths and sizes only, never contents. */
  static List<Row> listSources(SparkSession spark, List<String> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("--input: at least one file or folder is required");
    }
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<Row> files = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(hadoop);
        if (!fs.exists(path)) {
          throw new IllegalArgumentException("--input: no such file or folder: " + input);
        }
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
        while (it.hasNext()) {
          FileStatus status = it.next();
          files.add(RowFactory.create(displayPath(fs.makeQualified(status.getPath())), status.getLen()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("--input: cannot list " + input, e);
      }
    }
    files.sort((a, b) -> a.getString(0).compareTo(b.getString(0)));
    return files;
  }

  /** Reads, normalizes and describes every file, on the executors. */
  static Dataset<Row> readDocuments(SparkSession spark, List<Row> files, CorpusConfig config,
      ReportRules rules, LongAccumulator recordsRead) {
    long totalBytes = files.stream().mapToLong(r -> r.getLong(1)).sum();
    int partitions = config.ingestPartitions() > 0 ? config.ingestPartitions()
        : (int) Math.max(spark.sparkContext().defaultParallelism(), Math.min(files.size(), totalBytes / BYTES_PER_PARTITION));
    SourceReader reader = SourceReader.fromConfig(config);
    return spark.createDataFrame(files, FILES)
        .repartition(Math.max(1, partitions))
        .flatMap(new ReadFile(reader, rules, recordsRead), Encoders.row(OUTCOMES));
  }

  /** One row per doc_id; its other columns come from the first source path in sort order. */
  static Dataset<Row> collapseExactDuplicates(Dataset<Row> documents) {
    List<String> columns = new ArrayList<>(Arrays.asList(OUTCOMES.fieldNames()));
    columns.removeAll(List.of("doc_id", "source_path", "source_paths", "reason", "detail"));
    // sections stay in the struct: they follow the chosen source
    List<Column> firstFields = new ArrayList<>();
    firstFields.add(col("source_path"));
    columns.forEach(c -> firstFields.add(col(c)));
    List<Column> out = new ArrayList<>();
    out.add(col("doc_id"));
    out.add(col("first.source_path").as("source_path"));
    out.add(col("source_paths"));
    columns.forEach(c -> out.add(col("first." + c).as(c)));
    return documents.groupBy("doc_id")
        .agg(min(struct(firstFields.toArray(new Column[0]))).as("first"),
            array_sort(collect_set(col("source_path"))).as("source_paths"))
        .select(out.toArray(new Column[0]));
  }

  static String displayPath(Path qualified) {
    return "file".equals(qualified.toUri().getScheme()) ? qualified.toUri().getPath() : qualified.toString();
  }

  private static StructType outcomeSchema() {
    List<StructField> fields = new ArrayList<>();
    for (StructField field : Tables.DOCUMENTS.schema().fields()) {
      fields.add(DataTypes.createStructField(field.name(), field.dataType(), true));
    }
    fields.add(DataTypes.createStructField("sections", DataTypes.createArrayType(SECTION, false), true));
    fields.add(DataTypes.createStructField("reason", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("detail", DataTypes.StringType, true));
    return DataTypes.createStructType(fields);
  }

  /** The executor side: a file's path in, its documents and rejects out. */
  static final class ReadFile implements FlatMapFunction<Row, Row> {
    private final SourceReader reader;
    private final ReportRules rules;
    private final LongAccumulator recordsRead;
    private transient DocumentBuilder builder;

    ReadFile(SourceReader reader, ReportRules rules, LongAccumulator recordsRead) {
      this.reader = reader;
      this.rules = rules;
      this.recordsRead = recordsRead;
    }

    @Override
    public Iterator<Row> call(Row file) {
      if (builder == null) {
        builder = new DocumentBuilder(new DocumentAnalyzer(rules, RegionResolver.bundled()));
      }
      String path = file.getString(0);
      List<ReadOutcome> outcomes = read(path, file.getLong(1));
      List<Row> rows = new ArrayList<>(outcomes.size());
      for (ReadOutcome outcome : outcomes) {
        recordsRead.add(1);
        rows.add(outcome.isReject() ? rejectRow(outcome.sourcePath(), outcome.reason(), outcome.detail())
            : documentRow(builder, outcome.document()));
      }
      return rows.iterator();
    }

    private List<ReadOutcome> read(String path, long size) {
      ReadOutcome precheck = reader.precheck(path, size);
      if (precheck != null) {
        return List.of(precheck);
      }
      try {
        return reader.read(path, readBytes(path, size));
      } catch (IOException | RuntimeException e) {
        return List.of(ReadOutcome.reject(path, RejectReason.READ_ERROR, e.toString()));
      }
    }

    private static byte[] readBytes(String path, long size) throws IOException {
      Path hadoopPath = new Path(path);
      FileSystem fs = hadoopPath.getFileSystem(new Configuration());
      byte[] bytes = new byte[(int) size];
      try (InputStream in = fs.open(hadoopPath)) {
        IOUtils.readFully(in, bytes, 0, bytes.length);
      }
      return bytes;
    }

    static Row documentRow(DocumentBuilder builder, RawDocument raw) {
      try {
        DocumentBuilder.Document doc = builder.build(raw);
        if (doc == null) {
          return rejectRow(raw.sourcePath(), RejectReason.EMPTY, "no text after normalization and cleaning");
        }
        Analysis analysis = doc.analysis();
        DocumentMetadata meta = analysis.metadata();
        PageMetadata page = analysis.page();
        RowBuilder row = new RowBuilder(OUTCOMES)
            .set("doc_id", doc.docId())
            .set("source_path", raw.sourcePath())
            .set("source_paths", RowBuilder.seq(List.of(raw.sourcePath())))
            .set("source_format", raw.sourceFormat())
            .set("encoding", raw.encoding())
            .set("title", meta.title())
            .set("doc_type", meta.docType())
            .set("doc_type_confidence", meta.docTypeConfidence())
            .set("report_year", meta.reportYear())
            .set("given_year", raw.givenYear())
            .set("published_date", date(meta.publishedDate()))
            .set("issuer", meta.issuer())
            .set("addressee", meta.addressee())
            .set("doc_number", meta.docNumber())
            .set("region_unresolved_reason", meta.unresolvedRegionReason())
            .set("url", raw.url())
            .set("script", doc.script())
            .set("text", analysis.text())
            .set("n_chars", doc.nChars())
            .set("stripped", RowBuilder.seq(analysis.stripped()))
            .set("sections", sectionRows(analysis.sections()));
        if (page != null) {
          row.set("index_number", page.indexNumber())
              .set("publisher", page.publisher())
              .set("generated_date", date(page.generatedDate()))
              .set("public_date", date(page.publicDate()));
        }
        RegionMatch region = meta.region();
        if (region != null) {
          row.set("region_name", region.regionName())
              .set("region_code", region.regionCode())
              .set("prefecture", region.prefecture())
              .set("prefecture_code", region.prefectureCode())
              .set("province", region.province())
              .set("province_code", region.provinceCode())
              .set("admin_level", region.adminLevel() == null ? null : region.adminLevel().label())
              .set("department", region.department())
              .set("region_evidence", region.evidence());
        }
        return row.build();
      } catch (RuntimeException | StackOverflowError e) {
        // A document that makes a stage throw must not fail the job; it is kept as a reject.
        return rejectRow(raw.sourcePath(), RejectReason.RUNTIME_ERROR, e.toString());
      }
    }

    private static scala.collection.immutable.Seq<Row> sectionRows(List<Section> sections) {
      List<Row> rows = new ArrayList<>(sections.size());
      for (Section section : sections) {
        rows.add(new GenericRowWithSchema(new Object[] {section.ordinal(), section.kind(), section.heading(),
            section.text(), section.text().codePointCount(0, section.text().length())}, SECTION));
      }
      return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
    }

    private static java.sql.Date date(String iso) {
      return iso == null ? null : java.sql.Date.valueOf(iso);
    }

    private static Row rejectRow(String sourcePath, String reason, String detail) {
      return new RowBuilder(OUTCOMES)
          .set("source_path", sourcePath)
          .set("reason", reason)
          .set("detail", detail)
          .set("stripped", RowBuilder.seq(List.of()))
          .build();
    }
  }
}
