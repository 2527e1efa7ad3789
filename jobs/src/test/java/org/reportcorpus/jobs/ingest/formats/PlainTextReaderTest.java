package org.reportcorpus.jobs.ingest.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.ingest.RawDocument;
import org.reportcorpus.jobs.ingest.ReadOutcome;
import org.reportcorpus.jobs.ingest.RejectReason;
import org.reportcorpus.jobs.config.IngestSettings;

/** The same seed report in every text encoding reads back to exactly the same text. */
class PlainTextReaderTest {

  private static final String SIMPLIFIED = FormatFixtures.seed(FormatFixtures.SIMPLIFIED_SEED);
  private static final String TRADITIONAL = FormatFixtures.seed(FormatFixtures.TRADITIONAL_SEED);

  private final FormatReader reader = new FormatReader(IngestSettings.defaults());

  private RawDocument document(String path, byte[] bytes) {
    List<ReadOutcome> outcomes = reader.read(path, bytes);
    assertEquals(1, outcomes.size());
    ReadOutcome outcome = outcomes.get(0);
    assertFalse(outcome.isReject(), () -> outcome.reason() + ": " + outcome.detail());
    assertEquals(path, outcome.sourcePath());
    assertEquals("txt", outcome.document().sourceFormat());
    return outcome.document();
  }

  @Test
  void readsUtf8() {
    RawDocument doc = document("/in/004.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
    assertEquals("utf-8", doc.encoding());
    assertEquals(SIMPLIFIED, doc.text());
  }

  @Test
  void detectsGb18030() {
    RawDocument doc = document("/in/004-gbk.txt", FormatFixtures.encode(SIMPLIFIED, "GB18030"));
    assertEquals("gb18030", doc.encoding());
    assertEquals(SIMPLIFIED, doc.text());
  }

  @Test
  void detectsBig5() {
    RawDocument doc = document("/in/000-big5.txt", FormatFixtures.encode(TRADITIONAL, "Big5"));
    assertEquals("big5", doc.encoding());
    assertEquals(TRADITIONAL, doc.text());
  }

  @Test
  void detectsUtf16WithAndWithoutBom() {
    assertUtf16("UTF-16LE", new byte[] {(byte) 0xFF, (byte) 0xFE}, "utf-16le");
    assertUtf16("UTF-16BE", new byte[] {(byte) 0xFE, (byte) 0xFF}, "utf-16be");
  }

  private void assertUtf16(String charset, byte[] bom, String expected) {
    byte[] body = FormatFixtures.encode(SIMPLIFIED, charset);
    RawDocument plain = document("/in/plain.txt", body);
    assertEquals(expected, plain.encoding());
    assertEquals(SIMPLIFIED, plain.text());
    RawDocument marked = document("/in/bom.txt", FormatFixtures.withBom(bom, body));
    assertEquals(expected, marked.encoding());
    assertEquals(SIMPLIFIED, marked.text());

    byte[] traditional = FormatFixtures.encode(TRADITIONAL, charset);
    assertEquals(TRADITIONAL, document("/in/trad.txt", traditional).text());
  }

  @Test
  void dropsTheUtf8ByteOrderMark() {
    RawDocument doc = document("/in/bom.txt",
        FormatFixtures.withBom(FormatFixtures.utf8Bom(), SIMPLIFIED.getBytes(StandardCharsets.UTF_8)));
    assertEquals(SIMPLIFIED, doc.text());
  }

  @Test
  void aPngRenamedTxtIsNotText() {
    ReadOutcome outcome = reader.read("/in/scan.txt", FormatFixtures.png()).get(0);
    assertEquals(RejectReason.NOT_TEXT, outcome.reason());
  }

  @Test
  void invalidUtf8InUtf8TextIsUndecodable() {
    byte[] bytes = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
    // an interrupted multi-byte character in the middle, and a stray 0xFF
    int middle = bytes.length / 2;
    while ((bytes[middle] & 0xC0) != 0xC0) {
      middle++;
    }
    bytes[middle + 1] = 'x';
    bytes[bytes.length / 3] = (byte) 0xFF;
    ReadOutcome outcome = reader.read("/in/broken.txt", bytes).get(0);
    assertEquals(RejectReason.UNDECODABLE, outcome.reason());
    assertTrue(outcome.detail().startsWith("invalid UTF-8 at byte"), outcome.detail());
    assertNull(outcome.document());
  }

  @Test
  void blankTextIsEmpty() {
    assertEquals(RejectReason.EMPTY, reader.read("/in/blank.txt", " \n\t\r\n".getBytes(StandardCharsets.UTF_8)).get(0).reason());
  }
}
