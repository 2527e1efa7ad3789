package org.reportcorpus.jobs.ingest.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.ingest.RawDocument;
import org.reportcorpus.jobs.ingest.ReadOutcome;
import org.reportcorpus.jobs.ingest.RejectReason;
import org.reportcorpus.jobs.config.IngestSettings;

/** PDF, .docx and .doc through Tika, made from the seed report by PDFBox and POI. */
class TikaReaderTest {

  private static final String REPORT = FormatFixtures.seed(FormatFixtures.SIMPLIFIED_SEED);

  private final FormatReader reader = new FormatReader(IngestSettings.defaults());

  private RawDocument read(String path, byte[] bytes) {
    ReadOutcome outcome = reader.read(path, bytes).get(0);
    assertFalse(outcome.isReject(), () -> outcome.reason() + ": " + outcome.detail());
    return outcome.document();
  }

  private ReadOutcome reject(String path, byte[] bytes) {
    ReadOutcome outcome = reader.read(path, bytes).get(0);
    assertTrue(outcome.isReject(), () -> "read as a document: " + outcome.document().text());
    return outcome;
  }

  @Test
  void docxReadsToTheSameTextWithItsParagraphsOnLines() {
    RawDocument doc = read("/in/report.docx", FormatFixtures.docx(REPORT));
    assertEquals("docx", doc.sourceFormat());
    assertNull(doc.encoding());
    FormatFixtures.assertSameText(REPORT + "联系人法制科", doc.text());
    assertTrue(FormatFixtures.lines(doc.text()).containsAll(FormatFixtures.lines(REPORT)));
    assertTrue(doc.text().contains("联系人\t法制科"), "table cells are tab-separated");
  }

  /**
   * A real Word 97 .doc needs a writer POI does not have: LibreOffice (Debian
   * {@code libreoffice-writer-nogui}) converts the .docx fixture when it is installed.
   */
  @Test
  void wordDocMadeByLibreOfficeReadsToTheSameText() throws IOException, InterruptedException {
    Path soffice = onPath("soffice");
    assertTrue(soffice != null, "LibreOffice (soffice) not installed: bin/test installs libreoffice-writer-nogui");
    Path dir = Fixtures.tempDir("doc-fixture");
    byte[] doc;
    try {
      Files.write(dir.resolve("report.docx"), FormatFixtures.docx(REPORT));
      Process convert = new ProcessBuilder(soffice.toString(), "--headless",
          "-env:UserInstallation=" + dir.resolve("profile").toUri(),
          "--convert-to", "doc", "--outdir", dir.toString(), dir.resolve("report.docx").toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
      assertTrue(convert.waitFor(120, TimeUnit.SECONDS) && convert.exitValue() == 0, "soffice failed");
      doc = Files.readAllBytes(dir.resolve("report.doc"));
    } finally {
      try (var paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
    RawDocument read = read("/in/report.doc", doc);
    assertEquals("doc", read.sourceFormat());
    FormatFixtures.assertSameText(REPORT + "联系人法制科", read.text());
  }

  private static Path onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, command);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  void pdfReadsToTheSameTextModuloLineBreaks() {
    byte[] pdf = FormatFixtures.pdf(REPORT);
    RawDocument doc = read("/in/report.pdf", pdf);
    assertEquals("pdf", doc.sourceFormat());
    assertNull(doc.encoding());
    FormatFixtures.assertSameText(REPORT, doc.text());
  }

  @Test
  void aScannedPdfHasNoTextLayer() {
    ReadOutcome outcome = reject("/in/scan.pdf", FormatFixtures.scannedPdf(2));
    assertEquals(RejectReason.NO_TEXT_LAYER, outcome.reason());
    assertTrue(outcome.detail().startsWith("2 page(s)"), outcome.detail());
  }

  @Test
  void aTruncatedPdfIsAParseError() {
    byte[] pdf = FormatFixtures.pdf(REPORT);
    for (double share : new double[] {0.3, 0.6, 0.95}) {
      ReadOutcome outcome = reject("/in/cut.pdf", FormatFixtures.truncate(pdf, share));
      assertEquals(RejectReason.PARSE_ERROR, outcome.reason(), () -> share + ": " + outcome.detail());
      assertFalse(outcome.detail().contains("\n"));
    }
    // Cut just before the end-of-file marker: PDFBox recovers every page, but the file is incomplete.
    String tail = new String(pdf, pdf.length - 16, 16, StandardCharsets.ISO_8859_1);
    byte[] noEof = Arrays.copyOf(pdf, pdf.length - 16 + tail.indexOf("%%EOF"));
    ReadOutcome outcome = reject("/in/almost.pdf", noEof);
    assertEquals(RejectReason.PARSE_ERROR, outcome.reason());
    assertTrue(outcome.detail().startsWith("truncated PDF"), outcome.detail());
  }

  @Test
  void aDocxZipBombIsTooLargeBeforeAnyParserSeesIt() {
    IngestSettings settings = IngestSettings.defaults().withArchiveLimits(20L * 1024 * 1024, 100, 2);
    byte[] bomb = FormatFixtures.docxBomb(64L * 1024 * 1024);
    assertTrue(bomb.length < 2 * 1024 * 1024, "compressed " + bomb.length);
    ReadOutcome outcome = new FormatReader(settings).read("/in/bomb.docx", bomb).get(0);
    assertEquals(RejectReason.TOO_LARGE, outcome.reason());
    assertTrue(outcome.detail().contains("zip bomb"), outcome.detail());
  }

  @Test
  void textPastTheWriteLimitIsTooLarge() {
    FormatReader small = new FormatReader(IngestSettings.defaults().withMaxTextChars(2000));
    assertEquals(RejectReason.TOO_LARGE, small.read("/in/long.docx", FormatFixtures.docx(REPORT)).get(0).reason());
    assertEquals(RejectReason.TOO_LARGE, small.read("/in/long.pdf", FormatFixtures.pdf(REPORT)).get(0).reason());
  }

  @Test
  void aFileTakingLongerThanTheParseTimeoutIsATimeoutReject() {
    FormatReader hurried = new FormatReader(IngestSettings.defaults().withParseTimeout(0.000001));
    ReadOutcome outcome = hurried.read("/in/slow.pdf", FormatFixtures.pdf(REPORT)).get(0);
    assertEquals(RejectReason.TIMEOUT, outcome.reason());
    assertEquals("reading took longer than 1.0E-6 s of CPU (corpus.ingest.parse_timeout_s); abandoned", outcome.detail());
    // the same file within the default limit reads
    read("/in/slow.pdf", FormatFixtures.pdf(REPORT));
  }

  @Test
  void contentDecidesTheParserNotTheExtension() {
    // a .doc that is really a .docx, and one that is RTF
    RawDocument renamed = read("/in/renamed.doc", FormatFixtures.docx(REPORT));
    assertEquals("doc", renamed.sourceFormat());
    FormatFixtures.assertContainsText(REPORT, renamed.text());

    String rtf = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0\\fs24 "
        + rtfEscape("常州市2017年法治政府建设工作报告") + "\\par " + rtfEscape("江苏省人民政府：") + "\\par}";
    RawDocument fromRtf = read("/in/rtf.doc", rtf.getBytes(StandardCharsets.US_ASCII));
    assertEquals("常州市2017年法治政府建设工作报告\n江苏省人民政府：", fromRtf.text());
  }

  @Test
  void aPdfThatIsNotAPdfIsAParseError() {
    byte[] errorPage = "<!DOCTYPE html><html><body>404 Not Found</body></html>".getBytes(StandardCharsets.UTF_8);
    ReadOutcome outcome = reject("/in/missing.pdf", errorPage);
    assertEquals(RejectReason.PARSE_ERROR, outcome.reason());
    assertEquals("not a PDF: the content is an HTML page", outcome.detail());
  }

  @Test
  void garbageWordFilesAreParseErrorsWithTheParsersMessage() {
    byte[] ole2Header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1,
        1, 2, 3, 4, 5, 6, 7, 8};
    ReadOutcome broken = reject("/in/broken.doc", ole2Header);
    assertEquals(RejectReason.PARSE_ERROR, broken.reason());
    assertFalse(broken.detail().isBlank());

    ReadOutcome text = reject("/in/notes.docx", "just some text".getBytes(StandardCharsets.UTF_8));
    assertEquals(RejectReason.PARSE_ERROR, text.reason());
    assertTrue(text.detail().startsWith("not a Word document"), text.detail());

    ReadOutcome cutDocx = reject("/in/cut.docx", FormatFixtures.truncate(FormatFixtures.docx(REPORT), 0.5));
    assertEquals(RejectReason.PARSE_ERROR, cutDocx.reason());
  }

  private static String rtfEscape(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> {
      if (c < 128) {
        out.append((char) c);
      } else {
        out.append("\\u").append((short) c).append('?');
      }
    });
    return out.toString();
  }
}
