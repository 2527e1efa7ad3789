package org.reportcorpus.jobs.ingest;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.reportcorpus.jobs.config.CommandLine;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.spark.RowBuilder;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.spark.StageLog;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.udfs.meta.DocumentMetadata;
import org.reportcorpus.udfs.meta.MetadataExtractor;
import org.reportcorpus.udfs.region.RegionMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest: input files → {@code documents} and {@code rejects}.
 *
 * <ol>
 *   <li>listSources: list the input files (paths and sizes only) on the driver;
 *   <li>readDocuments: on the executors, read each file, decode, split records, normalize,
 *       extract metadata — every file ends as documents or rejects, a throwing document
 *       becomes a {@code runtime_error} reject;
 *   <li>collapseExactDuplicates: one row per doc_id, every source path kept;
 *   <li>write: upsert documents by doc_id and rejects by source_path (re-runs change nothing).
 * </ol>
 */
public final class IngestJob {

  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

  static final StructType FILES = DataTypes.createStructType(List.of(
      DataTypes.createStructField("path", DataTypes.StringType, false),
      DataTypes.createStructField("size", DataTypes.LongType, false)));

  /** A document's columns (all nullable here) plus a reject's reason and detail. */
  static final StructType OUTCOMES = outcomeSchema();

  private static final long BYTES_PER_PARTITION = 8L * 1024 * 1024;

  private IngestJob() {}

  /** Counts of one ingest run. */
  public record Summary(long files, long records, long documents, long duplicatesCollapsed, long rejects) {}

  public static void main(String[] args) {
    CommandLine commandLine = CommandLine.parse(args);
    commandLine.requireNoRest("ingest");
    Sessions.runJob("corpus-ingest", commandLine.config(), spark -> run(spark, commandLine.config()));
  }

  public static Summary run(SparkSession spark, CorpusConfig config) {
    TableStore store = new TableStore(spark, config.warehouse(), config.format());
    StageLog stages = new StageLog(LOG, "ingest");
    LongAccumulator recordsRead = spark.sparkContext().longAccumulator("records read");

    List<Row> files = listSources(spark, config.inputs());
    stages.done("listSources", files.size() + " files");

    Dataset<Row> outcomes = readDocuments(spark, files, config, recordsRead)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Dataset<Row> rejects = outcomes.filter(col("reason").isNotNull())
        .select("source_path", "reason", "detail");
    store.upsert(Tables.REJECTS, rejects, Map.of());
    long rejectCount = rejects.count();
    stages.done("readDocuments", recordsRead.value() + " records, " + rejectCount + " rejects");

    Dataset<Row> documents = collapseExactDuplicates(outcomes.filter(col("reason").isNull()))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long documentCount = documents.count();
    long duplicates = recordsRead.value() - rejectCount - documentCount;
    stages.done("collapseExactDuplicates", documentCount + " documents, " + duplicates + " exact duplicates");

    store.upsert(Tables.DOCUMENTS, documents, Map.of(
        "source_paths", "array_sort(array_union(t.source_paths, s.source_paths))",
        "source_path", "least(t.source_path, s.source_path)"));
    stages.done("writeDocuments", "documents upserted into " + store.path(Tables.DOCUMENTS));
    documents.unpersist();
    outcomes.unpersist();

    Summary summary = new Summary(files.size(), recordsRead.value(), documentCount, duplicates, rejectCount);
    LOG.info("[ingest] accounted: {} records read = {} documents + {} duplicates + {} rejects",
        summary.records(), documentCount, duplicates, rejectCount);
    return summary;
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
      LongAccumulator recordsRead) {
    long totalBytes = files.stream().mapToLong(r -> r.getLong(1)).sum();
    int partitions = config.ingestPartitions() > 0 ? config.ingestPartitions()
        : (int) Math.max(spark.sparkContext().defaultParallelism(), Math.min(files.size(), totalBytes / BYTES_PER_PARTITION));
    SourceReader reader = new SourceReader(config.jsonlTextFields(), config.maxFileBytes());
    return spark.createDataFrame(files, FILES)
        .repartition(Math.max(1, partitions))
        .flatMap(new ReadFile(reader, recordsRead), Encoders.row(OUTCOMES));
  }

  /** One row per doc_id; its other columns come from the first source path in sort order. */
  static Dataset<Row> collapseExactDuplicates(Dataset<Row> documents) {
    List<String> columns = new ArrayList<>(Arrays.asList(OUTCOMES.fieldNames()));
    columns.removeAll(List.of("doc_id", "source_path", "source_paths", "reason", "detail"));
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
    fields.add(DataTypes.createStructField("reason", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("detail", DataTypes.StringType, true));
    return DataTypes.createStructType(fields);
  }

  /** The executor side: a file's path in, its documents and rejects out. */
  static final class ReadFile implements FlatMapFunction<Row, Row> {
    private final SourceReader reader;
    private final LongAccumulator recordsRead;

    ReadFile(SourceReader reader, LongAccumulator recordsRead) {
      this.reader = reader;
      this.recordsRead = recordsRead;
    }

    @Override
    public Iterator<Row> call(Row file) {
      String path = file.getString(0);
      List<ReadOutcome> outcomes = read(path, file.getLong(1));
      DocumentBuilder builder = new DocumentBuilder(MetadataExtractor.bundled());
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

    private static Row documentRow(DocumentBuilder builder, RawDocument raw) {
      try {
        DocumentBuilder.Document doc = builder.build(raw);
        if (doc == null) {
          return rejectRow(raw.sourcePath(), RejectReason.EMPTY, "no text after normalization");
        }
        DocumentMetadata meta = doc.metadata();
        RegionMatch region = meta.region();
        RowBuilder row = new RowBuilder(OUTCOMES)
            .set("doc_id", doc.docId())
            .set("source_path", raw.sourcePath())
            .set("source_paths", RowBuilder.seq(List.of(raw.sourcePath())))
            .set("source_format", raw.sourceFormat())
            .set("encoding", raw.encoding())
            .set("title", meta.title())
            .set("doc_type", meta.docType())
            .set("report_year", meta.reportYear())
            .set("given_year", raw.givenYear())
            .set("published_date", meta.publishedDate() == null ? null : java.sql.Date.valueOf(meta.publishedDate()))
            .set("issuer", meta.issuer())
            .set("url", raw.url())
            .set("script", doc.script())
            .set("text", doc.text())
            .set("n_chars", doc.nChars());
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

    private static Row rejectRow(String sourcePath, String reason, String detail) {
      return new RowBuilder(OUTCOMES)
          .set("source_path", sourcePath)
          .set("reason", reason)
          .set("detail", detail)
          .build();
    }
  }
}
