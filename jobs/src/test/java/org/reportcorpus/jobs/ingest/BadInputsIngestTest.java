package org.reportcorpus.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.ingest.formats.FormatFixtures;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * End to end through {@link IngestJob#run}: a folder of bad inputs next to good documents ends
 * with the right reject codes, every good document written, and no exception.
 */
class BadInputsIngestTest {

  private static Path inputs;
  private static Map<String, String> expectedRejects;
  /** source path → source_format/encoding */
  private static Map<String, String> expectedDocuments;
  private static IngestJob.Summary summary;
  private static Map<String, String> rejects;
  private static Map<String, String> documents;

  @BeforeAll
  static void ingestTheFolder() throws IOException {
    inputs = Fixtures.tempDir("bad-inputs");
    expectedRejects = new TreeMap<>();
    expectedDocuments = new TreeMap<>();

    expectedRejects.put(write("empty.txt", new byte[0]), RejectReason.EMPTY);
    expectedRejects.put(write("photo.txt", FormatFixtures.png()), RejectReason.NOT_TEXT);
    byte[] pdf = FormatFixtures.pdf(FormatFixtures.seed("002_2bed144c6ff0fd44.txt"));
    expectedRejects.put(write("truncated.pdf", FormatFixtures.truncate(pdf, 0.6)), RejectReason.PARSE_ERROR);
    expectedRejects.put(write("scanned.pdf", FormatFixtures.scannedPdf(3)), RejectReason.NO_TEXT_LAYER);
    // inflates to 600 MB, past the default corpus.ingest.max_expanded_bytes (512 MB)
    expectedRejects.put(write("bomb.docx", FormatFixtures.docxBomb(600L * 1024 * 1024)), RejectReason.TOO_LARGE);
    byte[] broken = FormatFixtures.seed(FormatFixtures.SIMPLIFIED_SEED).getBytes(StandardCharsets.UTF_8);
    broken[broken.length / 2] = (byte) 0xFF;
    broken[broken.length / 3] = (byte) 0xC0;
    expectedRejects.put(write("broken-utf8.txt", broken), RejectReason.UNDECODABLE);
    expectedRejects.put(writeSparse("huge.txt", 200L * 1024 * 1024), RejectReason.TOO_LARGE);

    expectedDocuments.put(write("- good report 2023.txt",
        FormatFixtures.seed("001_7bf61fff27766dcc.txt").getBytes(StandardCharsets.UTF_8)), "txt/utf-8");
    expectedDocuments.put(write("good-a.txt",
        FormatFixtures.seed(FormatFixtures.SIMPLIFIED_SEED).getBytes(StandardCharsets.UTF_8)), "txt/utf-8");
    expectedDocuments.put(write("good-b.txt",
        FormatFixtures.encode(FormatFixtures.seed(FormatFixtures.TRADITIONAL_SEED), "Big5")), "txt/big5");
    expectedDocuments.put(write("good.pdf", pdf), "pdf/null");
    String zip = write("batch.zip", FormatFixtures.zip(Map.of("inner/003.txt",
        FormatFixtures.encode(FormatFixtures.seed("003_e07ef6ad28cc21cb.txt"), "GB18030"))));
    expectedDocuments.put(zip + "!/inner/003.txt", "txt/gb18030");

    CorpusConfig config = Fixtures.config(Fixtures.tempDir("bad-inputs-warehouse"), List.of(inputs));
    SparkSession spark = SharedSpark.get();
    CorpusRun run = Sessions.prepare(spark, config);
    summary = IngestJob.run(run);

    TableStore store = run.store();
    rejects = new TreeMap<>();
    for (Row row : store.read(Tables.REJECTS).select("source_path", "reason").collectAsList()) {
      rejects.put(row.getString(0), row.getString(1));
    }
    documents = new HashMap<>();
    for (Row row : store.read(Tables.DOCUMENTS).select("source_path", "source_format", "encoding").collectAsList()) {
      documents.put(row.getString(0), row.getString(1) + "/" + row.getString(2));
    }
  }

  @AfterAll
  static void deleteTheInputs() throws IOException {
    try (var files = Files.list(inputs)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(inputs);
  }

  @Test
  void everyBadInputGetsItsRejectCode() {
    assertEquals(expectedRejects, rejects);
  }

  @Test
  void everyGoodDocumentIsWritten() {
    assertEquals(expectedDocuments, new TreeMap<>(documents));
  }

  @Test
  void theRunAccountsForEveryFile() {
    assertEquals(12, summary.files());
    assertEquals(expectedRejects.size(), summary.rejects());
    assertEquals(expectedDocuments.size(), summary.documents());
    assertTrue(summary.records() >= summary.documents() + summary.rejects());
  }

  private static String write(String name, byte[] bytes) throws IOException {
    Path file = inputs.resolve(name);
    Files.write(file, bytes);
    return file.toString();
  }

  /** A text file of {@code size} bytes written in no time: a line, then a hole. */
  private static String writeSparse(String name, long size) throws IOException {
    Path file = inputs.resolve(name);
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.write("一个很大的文本文件\n".getBytes(StandardCharsets.UTF_8));
      out.setLength(size);
    }
    return file.toString();
  }
}
