package org.reportcorpus.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.ingest.formats.FormatFixtures;
import org.reportcorpus.jobs.ingest.formats.HostileFixtures;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * One folder holding every kind of hostile input a new user's folder has shown (and good reports
 * beside them), ingested in one run: each file ends as the documents or rejects named below,
 * every reject has a reason and a detail, the run's books balance and nothing throws.
 */
class HostileInputsTest {

  /** File (or record) → what it must become: "document" or a reject reason. */
  private static final Map<String, String> EXPECTED = new TreeMap<>();
  private static final Map<String, String> KINDS = new LinkedHashMap<>();
  private static final int GOOD_FILES = 3;
  private static Path inputs;
  private static IngestJob.Summary summary;
  private static Map<String, String> outcomes;
  private static Map<String, String> details;
  private static long filesListed;

  @BeforeAll
  static void ingestTheFolder() throws IOException {
    inputs = Fixtures.tempDir("hostile");
    String report = FormatFixtures.seed(FormatFixtures.SIMPLIFIED_SEED);
    byte[] reportUtf8 = report.getBytes(StandardCharsets.UTF_8);
    byte[] pdf = FormatFixtures.pdf(report);

    // good reports beside the bad ones, so that the reject share stays a real check
    expect("good", "good-1.txt", FormatFixtures.seed("001_7bf61fff27766dcc.txt").getBytes(StandardCharsets.UTF_8), "document");
    expect("good", "good-2.pdf", FormatFixtures.pdf(FormatFixtures.seed("002_2bed144c6ff0fd44.txt")), "document");
    expect("good", "good-3.txt", FormatFixtures.encode(FormatFixtures.seed("003_e07ef6ad28cc21cb.txt"), "GB18030"), "document");

    expect("empty", "empty.txt", new byte[0], RejectReason.EMPTY);
    expect("whitespace only", "blank.txt", " \n\t\r\n\u3000\n".getBytes(StandardCharsets.UTF_8), RejectReason.EMPTY);
    expect("one character", "one.txt", "法".getBytes(StandardCharsets.UTF_8), "document");
    expect("binary renamed as text", "photo.txt", FormatFixtures.png(), RejectReason.NOT_TEXT);
    expect("random bytes as PDF", "random.pdf", randomBytes(40_000, 7), RejectReason.PARSE_ERROR);
    expect("truncated PDF", "truncated.pdf", FormatFixtures.truncate(pdf, 0.6), RejectReason.PARSE_ERROR);
    expect("encrypted PDF", "locked.pdf", HostileFixtures.encryptedPdf(report), RejectReason.PARSE_ERROR);
    expect("encrypted DOCX", "locked.docx", HostileFixtures.encryptedDocx(report), RejectReason.PARSE_ERROR);
    // about 70 s of parsing on a 2-core dev machine: far past the 3 s budget on any machine CI might use
    // (50 draws took 3.6 s here and finished inside the budget on a faster CI machine)
    expect("PDF that keeps the parser busy", "endless.pdf", HostileFixtures.endlessPdf(200_000, 1_000),
        RejectReason.TIMEOUT);
    expect("zip bomb", "bomb.zip", HostileFixtures.zipBomb(80L << 20), RejectReason.TOO_LARGE);
    byte[] deepest = FormatFixtures.zip(Map.of("c.txt", reportUtf8));
    byte[] middle = FormatFixtures.zip(Map.of("c.zip", deepest));
    String nested = expect("nested archives past the depth", "nested.zip",
        FormatFixtures.zip(Map.of("b.zip", middle)), null);
    EXPECTED.put(nested + "!/b.zip!/c.zip", RejectReason.UNSUPPORTED_FORMAT);
    Map<String, byte[]> escaping = new LinkedHashMap<>();
    escaping.put("../../escape.txt", tagged("001_7bf61fff27766dcc.txt", "escape").getBytes(StandardCharsets.UTF_8));
    escaping.put("/etc/absolute.txt", FormatFixtures.encode(tagged("002_2bed144c6ff0fd44.txt", "absolute"), "GB18030"));
    String paths = expect("archive entries with ../ and absolute paths", "paths.zip", FormatFixtures.zip(escaping), null);
    EXPECTED.put(paths + "!/../../escape.txt", "document");
    EXPECTED.put(paths + "!//etc/absolute.txt", "document"); // names kept as written: nothing is extracted
    byte[] corrupt = FormatFixtures.zip(Map.of("a.txt", reportUtf8));
    for (int i = 30; i < corrupt.length - 30; i++) {
      corrupt[i] = (byte) (corrupt[i] ^ 0x5A);
    }
    expect("corrupt archive", "corrupt.zip", corrupt, RejectReason.PARSE_ERROR);
    expect("text mixing encodings", "mixed.txt", concat(reportUtf8, FormatFixtures.encode(report, "GB18030")),
        RejectReason.UNDECODABLE);
    expect("UTF-16 without BOM", "utf16.txt", tagged(FormatFixtures.SIMPLIFIED_SEED, "utf16").getBytes(StandardCharsets.UTF_16LE),
        "document");
    byte[] nuls = reportUtf8.clone();
    for (int i = 0; i < nuls.length; i += 50) {
      nuls[i] = 0;
    }
    expect("NUL bytes", "nuls.txt", nuls, RejectReason.NOT_TEXT);
    expect("one 7 MB line", "long-line.txt",
        report.replace("\n", "。").repeat(7_000_000 / reportUtf8.length + 1).getBytes(StandardCharsets.UTF_8), "document");
    expect("HTML nested 20,000 deep", "deep.html", ("<html><body>" + "<div>".repeat(20_000) + report
        + "</div>".repeat(20_000) + "</body></html>").getBytes(StandardCharsets.UTF_8), "document");
    expect("HTML entity flood", "entities.html", ("<html><body><p>" + report + "</p><p>"
        + "&amp;&lt;&#x4E2D;&nbsp;".repeat(250_000) + "</p></body></html>").getBytes(StandardCharsets.UTF_8), "document");
    String jsonl = expect("JSONL with broken lines", "records.jsonl", concat(
        "{\"content\":\"第一行记录：依法行政。\"}\n{\"content\": \"没有结束\n".getBytes(StandardCharsets.UTF_8),
        new byte[] {'{', '"', 'c', 'o', 'n', 't', 'e', 'n', 't', '"', ':', '"', (byte) 0xE6, (byte) 0xB3, '"', '}', '\n'},
        "{\"content\":\"第四行记录：法治政府。\"}\n".getBytes(StandardCharsets.UTF_8)), null);
    EXPECTED.put(jsonl + "#L1", "document");
    EXPECTED.put(jsonl + "#L2", RejectReason.PARSE_ERROR);
    EXPECTED.put(jsonl + "#L3", RejectReason.UNDECODABLE);
    EXPECTED.put(jsonl + "#L4", "document");
    String csv = expect("CSV with broken lines", "records.csv",
        "title,content\n一,第一条记录：依法行政。\n二,\"没有结束的引号\n三,第三条记录：法治政府。\n".getBytes(StandardCharsets.UTF_8), null);
    EXPECTED.put(csv + "#R1", "document");
    EXPECTED.put(csv + "#R2", RejectReason.PARSE_ERROR);
    EXPECTED.put(csv + "#R3", "document");
    expect("no Chinese text", "english.txt",
        "Annual report on law-based government, 2023.\nThe county kept its rules.\n".getBytes(StandardCharsets.UTF_8), "document");
    String unreadable = expect("unreadable file", "unreadable.txt",
        tagged(FormatFixtures.SIMPLIFIED_SEED, "unreadable").getBytes(StandardCharsets.UTF_8), null);
    Files.setPosixFilePermissions(Path.of(unreadable), PosixFilePermissions.fromString("---------"));
    // root reads a file whatever its mode: then it is a document like any other
    EXPECTED.put(unreadable, Files.isReadable(Path.of(unreadable)) ? "document" : RejectReason.READ_ERROR);
    Path fifo = inputs.resolve("pipe.txt");
    new ProcessBuilder("mkfifo", fifo.toString()).start().onExit().join();
    KINDS.put("not a regular file (a named pipe)", fifo.toString());
    EXPECTED.put(fifo.toString(), RejectReason.READ_ERROR);
    Path dangling = inputs.resolve("dangling.txt");
    Files.createSymbolicLink(dangling, inputs.resolve("gone.txt"));
    KINDS.put("dangling symlink", dangling.toString());
    EXPECTED.put(dangling.toString(), RejectReason.READ_ERROR);
    Files.createDirectories(inputs.resolve("sub"));
    Files.createSymbolicLink(inputs.resolve("sub/loop"), inputs);
    KINDS.put("symlink loop", inputs.resolve("sub/loop").toString());
    expect("name with spaces", "name with spaces.txt",
        tagged(FormatFixtures.SIMPLIFIED_SEED, "spaces").getBytes(StandardCharsets.UTF_8), "document");
    expect("name with a zero-width character", "zero\u200bwidth.txt",
        FormatFixtures.encode(FormatFixtures.seed(FormatFixtures.TRADITIONAL_SEED), "Big5"), "document");
    expect("name with a newline", "new\nline.txt",
        tagged(FormatFixtures.SIMPLIFIED_SEED, "newline").getBytes(StandardCharsets.UTF_8), "document");
    Path sparse = inputs.resolve("sparse.txt");
    try (RandomAccessFile out = new RandomAccessFile(sparse.toFile(), "rw")) {
      out.write("一个很大的文本文件\n".getBytes(StandardCharsets.UTF_8));
      out.setLength(3L << 30);
    }
    KINDS.put("sparse multi-GB file", sparse.toString());
    EXPECTED.put(sparse.toString(), RejectReason.TOO_LARGE);

    Map<String, String> settings = new LinkedHashMap<>(Fixtures.config(Fixtures.tempDir("hostile-warehouse"),
        List.of(inputs)).settings());
    settings.put("corpus.ingest.parse_timeout_s", "3");
    settings.put("corpus.ingest.max_expanded_bytes", String.valueOf(64L << 20));
    CorpusConfig config = CorpusConfig.of(settings, List.of(inputs.toString()));
    filesListed = InputFiles.list(SharedSpark.get().sparkContext().hadoopConfiguration(), config.inputs()).size();
    CorpusRun run = Sessions.prepare(SharedSpark.get(), config);
    summary = IngestJob.run(run);

    TableStore store = run.store();
    outcomes = new TreeMap<>();
    details = new TreeMap<>();
    for (Row row : store.read(Tables.REJECTS).collectAsList()) {
      outcomes.put(row.getString(0), row.getString(1));
      details.put(row.getString(0), row.getString(2));
    }
    for (Row row : store.read(Tables.DOCUMENTS).select("source_path", "source_paths").collectAsList()) {
      outcomes.put(row.getString(0), "document");
      for (String alias : row.<String>getList(1)) {
        outcomes.putIfAbsent(alias, "exact_duplicate");
      }
    }
  }

  @Test
  void everyKindIsPresent() {
    assertTrue(KINDS.size() >= 25, KINDS.keySet().toString());
  }

  @Test
  void everyFileAndRecordEndsAsExpected() {
    assertEquals(EXPECTED, outcomes);
  }

  @Test
  void everyRejectSaysWhy() {
    details.forEach((path, detail) -> assertFalse(detail == null || detail.isBlank(), path + " has no detail"));
    assertTrue(details.get(inputs.resolve("locked.pdf").toString()).startsWith("encrypted document"),
        details.get(inputs.resolve("locked.pdf").toString()));
    assertTrue(details.get(inputs.resolve("endless.pdf").toString()).startsWith("reading took longer than 3.0 s"));
  }

  @Test
  void theBooksBalance() {
    long files = KINDS.size() - 1 + GOOD_FILES; // the loop is no file
    assertEquals(files, filesListed);
    assertEquals(files, summary.files());
    assertEquals(summary.records(), summary.documents() + summary.duplicatesCollapsed() + summary.rejects());
    assertEquals(EXPECTED.values().stream().filter(RejectReason.ALL::contains).count(), summary.rejects());
    assertEquals(EXPECTED.values().stream().filter("document"::equals).count(), summary.documents());
  }

  private static String expect(String kind, String name, byte[] bytes, String outcome) throws IOException {
    Path file = inputs.resolve(name);
    Files.write(file, bytes);
    if (!kind.equals("good")) {
      KINDS.put(kind, file.toString());
    }
    if (outcome != null) {
      EXPECTED.put(file.toString(), outcome);
    }
    return file.toString();
  }

  private static byte[] randomBytes(int length, long seed) {
    byte[] bytes = new byte[length];
    new java.util.Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static byte[] concat(byte[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part);
    }
    return out.toByteArray();
  }

  /** A seed report with a closing line of its own, so that no two fixtures are the same document. */
  private static String tagged(String seed, String tag) {
    return FormatFixtures.seed(seed) + "\n（本件：" + tag + "）\n";
  }
}
