package org.reportcorpus.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.IOUtils;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.reportcorpus.udfs.analysis.DocumentAnalyzer;
import org.reportcorpus.udfs.analysis.ReportRules;
import org.reportcorpus.udfs.region.RegionResolver;

/**
 * The executor side of ingest: a file's row ({@link InputFiles#SCHEMA}) in, its documents and
 * rejects out ({@link OutcomeRows#SCHEMA}).
 *
 * <ol>
 *   <li>precheck the name and size, then read the bytes through the Hadoop configuration the
 *       driver passed in (serialized once with this function, not created per file);
 *   <li>split the bytes into raw documents or rejects ({@link SourceReader});
 *   <li>build each raw document ({@link DocumentBuilder}) and map it to a row ({@link OutcomeRows}).
 * </ol>
 *
 * Bad input never fails the job: an unreadable file (or one the listing could not open: a dangling
 * link) is a {@code read_error} reject, a document
 * left empty an {@code empty} one, and a document that makes a stage throw a {@code runtime_error}.
 */
final class ReadFile implements FlatMapFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final SourceReader reader;
  private final SerializableConfiguration hadoop;
  private final ReportRules rules;
  /** Built from the rules on the executor, once per task: the region resolver is large and not shipped. */
  private transient DocumentBuilder builder;

  /** {@code hadoop}: the driver's configuration, how the files were listed; it is how they are read. */
  ReadFile(SourceReader reader, ReportRules rules, Configuration hadoop) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.hadoop = new SerializableConfiguration(Objects.requireNonNull(hadoop, "hadoop"));
  }

  @Override
  public Iterator<Row> call(Row file) {
    if (builder == null) {
      builder = new DocumentBuilder(new DocumentAnalyzer(rules, RegionResolver.bundled()));
    }
    List<ReadOutcome> outcomes = file.isNullAt(2) ? read(file.getString(0), file.getLong(1))
        : List.of(ReadOutcome.reject(file.getString(0), file.getString(2), file.getString(3)));
    List<Row> rows = new ArrayList<>(outcomes.size());
    for (ReadOutcome outcome : outcomes) {
      rows.add(outcome.isReject() ? OutcomeRows.reject(outcome.sourcePath(), outcome.reason(), outcome.detail())
          : documentRow(outcome.document()));
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

  private byte[] readBytes(String path, long size) throws IOException {
    Path hadoopPath = new Path(path);
    FileSystem fs = hadoopPath.getFileSystem(hadoop.value());
    byte[] bytes = new byte[(int) size];
    try (InputStream in = fs.open(hadoopPath)) {
      IOUtils.readFully(in, bytes, 0, bytes.length);
    }
    return bytes;
  }

  private Row documentRow(RawDocument raw) {
    try {
      DocumentBuilder.Document doc = builder.build(raw);
      if (doc == null) {
        return OutcomeRows.reject(raw.sourcePath(), RejectReason.EMPTY, "no text after normalization and cleaning");
      }
      return OutcomeRows.document(doc);
    } catch (RuntimeException | StackOverflowError e) {
      // A document that makes a stage throw must not fail the job; it is kept as a reject.
      return OutcomeRows.reject(raw.sourcePath(), RejectReason.RUNTIME_ERROR, e.toString());
    }
  }
}
