package org.reportcorpus.udfs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String REPORT = "2023年,泗阳县坚持以习近平法治思想为指导,推进“综合查一次”。";

  @Test
  void decodesUtf8() {
    TextDecoder.Decoded decoded = TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_8));
    assertEquals("utf-8", decoded.encoding());
    assertEquals(REPORT, decoded.text());
  }

  @Test
  void fallsBackToGb18030WhenNotUtf8() {
    TextDecoder.Decoded decoded = TextDecoder.decode(REPORT.getBytes(Charset.forName("GB18030")));
    assertEquals("gb18030", decoded.encoding());
    assertEquals(REPORT, decoded.text());
  }

  @Test
  void honoursByteOrderMarks() {
    byte[] body = REPORT.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals(REPORT, TextDecoder.decode(withBom).text());

    byte[] utf16 = ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16LE);
    TextDecoder.Decoded decoded = TextDecoder.decode(utf16);
    assertEquals("utf-16le", decoded.encoding());
    assertEquals(REPORT, decoded.text());
  }

  @Test
  void rejectsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    TextDecoder.Decoded decoded = TextDecoder.decode(png);
    assertFalse(decoded.ok());
    assertEquals(TextDecoder.NOT_TEXT, decoded.failure());
  }

  @Test
  void rejectsBytesThatAreNeitherUtf8NorGb18030() {
    // 0x80 alone is invalid in UTF-8 and is not a GB18030 lead byte followed by a valid trail.
    byte[] bytes = {'a', 'b', (byte) 0x80, (byte) 0xFF, (byte) 0xFF, 'c'};
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    assertFalse(decoded.ok());
    assertEquals(TextDecoder.UNDECODABLE, decoded.failure());
    assertTrue(decoded.detail().contains("UTF-8") || decoded.detail().contains("utf-8"));
  }
}
