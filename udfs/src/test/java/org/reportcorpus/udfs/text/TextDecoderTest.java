package org.reportcorpus.udfs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String REPORT = "2023年,泗阳县坚持以习近平法治思想为指导,推进“综合查一次”。";

  private static final String SIMPLIFIED = String.join("\n",
      "泗阳县2023年法治政府建设年度报告",
      "2023年，泗阳县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，",
      "全面贯彻落实习近平法治思想，扎实推进依法行政，持续深化“放管服”改革，法治政府建设取得新成效。",
      "一、主要举措和成效",
      "（一）加强组织领导。县政府常务会议专题研究法治政府建设工作3次，主要负责人切实履行推进法治建设第一责任人职责。",
      "（二）深化行政执法改革。全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。");

  private static final String TRADITIONAL = String.join("\n",
      "常熟市2024年度法治政府建設年度報告",
      "2024年，常熟堅持以習近平新時代中國特色社會主義思想為指導，深入學習貫徹黨的二十大精神和習近平法治思想，",
      "壓實責任、狠抓落實，紮實推進依法行政，持續提升法治政府建設質效。",
      "一、2024年度推進法治政府建設的主要舉措和成效",
      "（一）堅持黨的領導，把握正確政治方向。將習近平法治思想列為本年度市政府常務會議學法重點內容，堅持每月必學。");

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
  void detectsGbkAndBig5ByContent() {
    TextDecoder.Decoded gbk = TextDecoder.decode(SIMPLIFIED.getBytes(Charset.forName("GBK")));
    assertEquals("gb18030", gbk.encoding());
    assertEquals(SIMPLIFIED, gbk.text());

    // Big5 bytes also decode as GBK, into nonsense with private-use punctuation: not accepted.
    TextDecoder.Decoded big5 = TextDecoder.decode(TRADITIONAL.getBytes(Charset.forName("Big5")));
    assertEquals("big5", big5.encoding());
    assertEquals(TRADITIONAL, big5.text());
  }

  @Test
  void aDeclaredCharsetIsOnlyAHint() {
    byte[] big5 = TRADITIONAL.getBytes(Charset.forName("Big5"));
    assertEquals("big5", TextDecoder.decode(big5, "gb2312").encoding());
    assertEquals(TRADITIONAL, TextDecoder.decode(big5, "gb2312").text());

    byte[] utf8 = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
    assertEquals("utf-8", TextDecoder.decode(utf8, "gbk").encoding());

    byte[] gbk = SIMPLIFIED.getBytes(Charset.forName("GBK"));
    assertEquals(SIMPLIFIED, TextDecoder.decode(gbk, "utf-8").text());
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

    TextDecoder.Decoded bigEndian = TextDecoder.decode(("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16BE));
    assertEquals("utf-16be", bigEndian.encoding());
    assertEquals(REPORT, bigEndian.text());
  }

  @Test
  void detectsUtf16WithoutBom() {
    TextDecoder.Decoded little = TextDecoder.decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE));
    assertEquals("utf-16le", little.encoding());
    assertEquals(SIMPLIFIED, little.text());

    TextDecoder.Decoded big = TextDecoder.decode(TRADITIONAL.getBytes(StandardCharsets.UTF_16BE));
    assertEquals("utf-16be", big.encoding());
    assertEquals(TRADITIONAL, big.text());

    TextDecoder.Decoded ascii = TextDecoder.decode("Annual report 2023\nLine two\n".getBytes(StandardCharsets.UTF_16BE));
    assertEquals("utf-16be", ascii.encoding());
  }

  @Test
  void rejectsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    TextDecoder.Decoded decoded = TextDecoder.decode(png);
    assertFalse(decoded.ok());
    assertEquals(TextDecoder.NOT_TEXT, decoded.failure());
  }

  @Test
  void rejectsBinaryWithManyNulsThatIsNotUtf16() {
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) ((i * 7919) % 251); // deterministic noise with NULs
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(binary);
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

  @Test
  void corruptUtf8IsUndecodableNotMojibake() {
    byte[] good = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
    // Cut one character in half in three places: the rest is still valid UTF-8.
    ByteArrayOutputStream corrupt = new ByteArrayOutputStream();
    corrupt.write(good, 0, 40);
    corrupt.write(good, 41, 60);
    corrupt.write(good, 102, 100);
    corrupt.write(good, 203, good.length - 203);
    TextDecoder.Decoded decoded = TextDecoder.decode(corrupt.toByteArray());
    assertEquals(TextDecoder.UNDECODABLE, decoded.failure(), () -> "decoded as " + decoded.encoding());
    assertTrue(decoded.detail().startsWith("invalid UTF-8 at byte"), decoded.detail());

    // A lone Latin-1 byte in UTF-8 text is corrupt UTF-8 as well.
    byte[] withLatin1 = ("报告 caf\u00E9 " + SIMPLIFIED).getBytes(StandardCharsets.UTF_8);
    int e = indexOf(withLatin1, new byte[] {(byte) 0xC3, (byte) 0xA9});
    withLatin1[e] = (byte) 0xE9;
    withLatin1[e + 1] = ' ';
    assertEquals(TextDecoder.UNDECODABLE, TextDecoder.decode(withLatin1).failure());
  }

  @Test
  void invalidUtf8AfterBomIsUndecodable() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xE4, (byte) 0xB8, 'b'};
    assertEquals(TextDecoder.UNDECODABLE, TextDecoder.decode(bytes).failure());
  }

  @Test
  void shortGbkTextStillDecodes() {
    String title = "法治政府建设报告";
    TextDecoder.Decoded decoded = TextDecoder.decode(title.getBytes(Charset.forName("GBK")));
    assertEquals("gb18030", decoded.encoding());
    assertEquals(title, decoded.text());
  }

  @Test
  void scansUtf8WellFormedness() {
    // overlong, surrogate, above U+10FFFF and truncated sequences are all invalid
    assertEquals(1, TextDecoder.Utf8Scan.of(new byte[] {(byte) 0xC0, (byte) 0xAF}).firstInvalid() + 1);
    assertEquals(0, TextDecoder.Utf8Scan.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}).validMultibyte());
    assertEquals(0, TextDecoder.Utf8Scan.of(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}).validMultibyte());
    assertEquals(1, TextDecoder.Utf8Scan.of(new byte[] {'a', (byte) 0xE4, (byte) 0xB8}).invalid());
    TextDecoder.Utf8Scan valid = TextDecoder.Utf8Scan.of("中文😀".getBytes(StandardCharsets.UTF_8));
    assertEquals(3, valid.validMultibyte());
    assertEquals(0, valid.invalid());
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
