package org.reportcorpus.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportcorpus.jobs.ingest.formats.FormatFixtures;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.udfs.analysis.ReportRules;

class ReadFileTest {

  private static final ReportRules RULES = ReportRules.load(Fixtures.repoRoot().resolve("conf"));

  @TempDir
  Path folder;

  private final ReadFile readFile = new ReadFile(new SourceReader(List.of("content", "text"), 1_000_000), RULES,
      new Configuration());

  @Test
  void aReportBecomesOneDocumentRowWithItsIdFromTheCleanedText() throws IOException {
    Path report = Files.write(folder.resolve("report.txt"),
        FormatFixtures.seed(FormatFixtures.SIMPLIFIED_SEED).getBytes(StandardCharsets.UTF_8));

    List<Row> rows = call(readFile, report);

    assertEquals(1, rows.size());
    Row row = rows.get(0);
    assertEquals(report.toString(), row.getAs("source_path"));
    assertEquals("txt", row.getAs("source_format"));
    assertEquals("utf-8", row.getAs("encoding"));
    String text = row.getAs("text");
    assertEquals(DocumentBuilder.docId(text), row.getAs("doc_id"));
    assertEquals(text.codePointCount(0, text.length()), (int) row.getAs("n_chars"));
    assertNull(row.getAs("reason"));
  }

  @Test
  void everyRecordOfAFileIsCountedAndBadRecordsAreRejects() throws IOException {
    Path jsonl = Files.writeString(folder.resolve("batch.jsonl"),
        "{\"content\":\"泗阳县2023年法治政府建设年度报告\\n一、主要成效\\n依法行政。\"}\n"
            + "{not json\n" + "{\"content\":\"   \"}\n", StandardCharsets.UTF_8);

    List<String> rows = call(readFile, jsonl).stream()
        .map(row -> row.getAs("source_path") + " " + row.getAs("reason")).toList();

    assertEquals(List.of(jsonl + "#L1 null", jsonl + "#L2 parse_error", jsonl + "#L3 empty"), rows);
  }

  @Test
  void unsupportedAndUnreadableFilesAreRejectsNotFailures() throws IOException {
    Path notes = Files.writeString(folder.resolve("notes.xyz"), "x");
    Path gone = folder.resolve("gone.txt");

    Row unsupported = readFile.call(RowFactory.create(notes.toString(), 1L, null, null)).next();
    Row unreadable = readFile.call(RowFactory.create(gone.toString(), 10L, null, null)).next();

    assertEquals(RejectReason.UNSUPPORTED_FORMAT, unsupported.getAs("reason"));
    assertEquals(RejectReason.READ_ERROR, unreadable.getAs("reason"));
    assertTrue(unreadable.<String>getAs("detail").startsWith("java.io.FileNotFoundException"),
        unreadable.<String>getAs("detail"));
  }

  @Test
  void aFileTheListingCouldNotOpenIsItsRejectWithoutBeingRead() {
    Row dangling = readFile.call(RowFactory.create("/in/link.txt", 0L, RejectReason.READ_ERROR,
        "dangling symbolic link: /in/gone.txt")).next();
    assertEquals("/in/link.txt", dangling.getAs("source_path"));
    assertEquals(RejectReason.READ_ERROR, dangling.getAs("reason"));
    assertEquals("dangling symbolic link: /in/gone.txt", dangling.getAs("detail"));
  }

  @Test
  void itTravelsToTheExecutorsWithItsHadoopConfiguration() throws Exception {
    Path report = Files.writeString(folder.resolve("short.txt"), "泗阳县2023年法治政府建设年度报告\n一、主要成效\n依法行政。");

    ReadFile shipped = roundTrip(readFile);

    assertEquals(call(readFile, report), call(shipped, report));
  }

  private static List<Row> call(ReadFile readFile, Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    readFile.call(RowFactory.create(file.toString(), Files.size(file), null, null)).forEachRemaining(rows::add);
    return rows;
  }

  private static ReadFile roundTrip(ReadFile readFile) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(readFile);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ReadFile) in.readObject();
    }
  }
}
