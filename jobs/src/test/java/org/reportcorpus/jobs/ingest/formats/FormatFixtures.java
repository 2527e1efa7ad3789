package org.reportcorpus.jobs.ingest.formats;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.reportcorpus.jobs.testing.Fixtures;

/**
 * Test documents made on the fly from the seed reports — no binaries in the repository: the
 * same text as GB18030, Big5, UTF-16, HTML with site chrome, .docx (POI), .pdf (PDFBox), plus
 * the bad inputs (a scan, a truncated PDF, a .docx zip bomb, a PNG).
 */
public final class FormatFixtures {

  /** Seed 004 (simplified, a web page's text). */
  public static final String SIMPLIFIED_SEED = "004_59e847098df36eae.txt";
  /** Seed 000 (traditional characters), for Big5. */
  public static final String TRADITIONAL_SEED = "000_95fd3ce53541a022.txt";

  private FormatFixtures() {}

  public static String seed(String name) {
    try {
      return Files.readString(Fixtures.sharedCorpus().resolve("seeds").resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text without any whitespace (ASCII, ideographic and no-break spaces, line breaks). */
  public static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * Asserts that two texts hold the same characters once whitespace is ignored; on a
   * difference, reports where, with a little context (not the whole report).
   */
  public static void assertSameText(String expected, String actual) {
    String want = squeeze(expected);
    String got = squeeze(actual);
    if (want.equals(got)) {
      return;
    }
    int at = 0;
    while (at < Math.min(want.length(), got.length()) && want.charAt(at) == got.charAt(at)) {
      at++;
    }
    throw new AssertionError("texts differ at character " + at + " of " + want.length() + "/" + got.length()
        + ": expected …" + around(want, at) + "… but got …" + around(got, at) + "…");
  }

  /** Asserts that {@code text} contains {@code part}, whitespace ignored. */
  public static void assertContainsText(String part, String text) {
    if (!squeeze(text).contains(squeeze(part))) {
      String head = squeeze(part).substring(0, Math.min(30, squeeze(part).length()));
      throw new AssertionError("text (" + text.length() + " chars) does not contain the expected "
          + part.length() + " chars starting " + head + "; it starts " + around(squeeze(text), 0));
    }
  }

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 20));
  }

  public static byte[] encode(String text, String charset) {
    return text.getBytes(Charset.forName(charset));
  }

  public static byte[] withBom(byte[] bom, byte[] body) {
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  public static byte[] utf8Bom() {
    return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  }

  /** A crawled page: a header with navigation, a style and scripts, the report in paragraphs, a footer. */
  public static String html(String report, String charset) {
    StringBuilder html = new StringBuilder()
        .append("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
        .append(charset).append("\">\n<title>政务公开_常州市人民政府</title>\n")
        .append("<style>.nav { color: red } p { text-indent: 2em }</style>\n")
        .append("<script type=\"text/javascript\">var 统计代码 = '脚本里的文字不是正文';</script>\n")
        .append("</head>\n<body>\n<div class=\"header\"><a href=\"/\">首页</a> &gt;&gt; <a href=\"/zwgk\">政务公开</a>")
        .append(" &gt;&gt; 正文</div>\n<nav><ul><li>机构概况</li><li>政策文件</li></ul></nav>\n")
        .append("<div class=\"article\">\n");
    for (String line : report.split("\n")) {
      html.append("  <p>").append(escape(line)).append("</p>\n");
    }
    html.append("</div>\n<script>document.write('写出来的脚本文字');</script>\n")
        .append("<div class=\"footer\">版权所有：常州市人民政府 &nbsp; 网站标识码：3204000001<br>")
        .append("扫一扫在手机打开当前页</div>\n</body></html>\n");
    return html.toString();
  }

  /** A .docx with one paragraph per line, and a two-cell table at the end. */
  public static byte[] docx(String report) {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : report.split("\n")) {
        document.createParagraph().createRun().setText(line);
      }
      XWPFTable table = document.createTable(1, 2);
      table.getRow(0).getCell(0).setText("联系人");
      table.getRow(0).getCell(1).setText("法制科");
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A text PDF: every line wrapped at {@code perLine} characters, 50 lines a page, in Adobe's
   * non-embedded STSong-Light with the UniGB-UTF16-H CMap — text is written as UTF-16 codes, so
   * PDFBox extracts it without any font file on the machine.
   */
  public static byte[] pdf(String report) {
    int perLine = 38;
    int linesPerPage = 50;
    List<String> lines = new ArrayList<>();
    java.nio.charset.CharsetEncoder gb1 = Charset.forName("GBK").newEncoder();
    for (String line : report.split("\n")) {
      // Adobe-GB1 has no glyph for an EN SPACE (seed 004 has one): print a space, as a PDF printer would.
      StringBuilder printable = new StringBuilder();
      line.codePoints().forEach(c -> printable.append(gb1.canEncode(new String(Character.toChars(c))) ? new String(Character.toChars(c)) : " "));
      String rest = printable.toString().strip();
      while (rest.length() > perLine) {
        lines.add(rest.substring(0, perLine));
        rest = rest.substring(perLine);
      }
      lines.add(rest);
    }
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      COSDictionary font = songFont();
      for (int start = 0; start < lines.size(); start += linesPerPage) {
        PDPage page = new PDPage(PDRectangle.A4);
        PDResources resources = new PDResources();
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), font);
        resources.getCOSObject().setItem(COSName.FONT, fonts);
        page.setResources(resources);
        StringBuilder content = new StringBuilder("BT /F1 12 Tf 16 TL 50 790 Td\n");
        for (String line : lines.subList(start, Math.min(lines.size(), start + linesPerPage))) {
          content.append('<').append(HexFormat.of().formatHex(line.getBytes(StandardCharsets.UTF_16BE)))
              .append("> Tj T*\n");
        }
        content.append("ET\n");
        page.setContents(new PDStream(document,
            new ByteArrayInputStream(content.toString().getBytes(StandardCharsets.US_ASCII)), COSName.FLATE_DECODE));
        document.addPage(page);
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static COSDictionary songFont() {
    COSDictionary systemInfo = new COSDictionary();
    systemInfo.setString(COSName.REGISTRY, "Adobe");
    systemInfo.setString(COSName.ORDERING, "GB1");
    systemInfo.setInt(COSName.SUPPLEMENT, 4);
    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, "STSong-Light");
    descriptor.setInt(COSName.FLAGS, 6);
    COSArray box = new COSArray();
    for (int v : new int[] {-25, -254, 1000, 880}) {
      box.add(org.apache.pdfbox.cos.COSInteger.get(v));
    }
    descriptor.setItem(COSName.FONT_BBOX, box);
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    descriptor.setInt(COSName.ASCENT, 880);
    descriptor.setInt(COSName.DESCENT, -120);
    descriptor.setInt(COSName.CAP_HEIGHT, 880);
    descriptor.setInt(COSName.STEM_V, 93);
    COSDictionary cidFont = new COSDictionary();
    cidFont.setItem(COSName.TYPE, COSName.FONT);
    cidFont.setItem(COSName.SUBTYPE, COSName.getPDFName("CIDFontType0"));
    cidFont.setName(COSName.BASE_FONT, "STSong-Light");
    cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
    cidFont.setItem(COSName.FONT_DESC, descriptor);
    cidFont.setInt(COSName.DW, 1000);
    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    COSDictionary type0 = new COSDictionary();
    type0.setItem(COSName.TYPE, COSName.FONT);
    type0.setItem(COSName.SUBTYPE, COSName.getPDFName("Type0"));
    type0.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UTF16-H");
    type0.setName(COSName.ENCODING, "UniGB-UTF16-H");
    type0.setItem(COSName.DESCENDANT_FONTS, descendants);
    return type0;
  }

  /** A scan: pages that are only images (grey noise), no text operators at all. */
  public static byte[] scannedPdf(int pages) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(document, scanImage(p));
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.drawImage(image, 30, 30, 535, 780);
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedImage scanImage(int seed) {
    BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 200, 280);
    g.setColor(Color.DARK_GRAY);
    for (int y = 20; y < 260; y += 12) {
      g.fillRect(15, y, 120 + (y * 7 + seed * 13) % 60, 6); // lines of "print"
    }
    g.dispose();
    return image;
  }

  /** The first {@code share} of a file, as an interrupted download leaves it. */
  public static byte[] truncate(byte[] bytes, double share) {
    byte[] cut = new byte[(int) (bytes.length * share)];
    System.arraycopy(bytes, 0, cut, 0, cut.length);
    return cut;
  }

  /**
   * A .docx whose word/document.xml inflates to {@code expandedBytes} of repeated paragraphs
   * (a few MB compressed): a zip bomb in Word's clothes.
   */
  public static byte[] docxBomb(long expandedBytes) {
    Map<String, byte[]> small = new LinkedHashMap<>();
    small.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "</Types>").getBytes(StandardCharsets.UTF_8));
    small.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>").getBytes(StandardCharsets.UTF_8));
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_SPEED);
      for (Map.Entry<String, byte[]> entry : small.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
          + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
          .getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "<w:p><w:r><w:t>法治政府建设</w:t></w:r></w:p>".repeat(20_000).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < expandedBytes; written += chunk.length) {
        zip.write(chunk);
      }
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A real PNG image (to be renamed .txt). */
  public static byte[] png() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(scanImage(1), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A zip of the given entries (name → bytes), in order; names flagged UTF-8 unless {@code nameCharset} says otherwise. */
  public static byte[] zip(Map<String, byte[]> entries, Charset nameCharset) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
         ZipOutputStream zip = new ZipOutputStream(bytes, nameCharset)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] zip(Map<String, byte[]> entries) {
    return zip(entries, StandardCharsets.UTF_8);
  }

  /** Lines of the text, each stripped, blank ones left out. */
  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        lines.add(stripped);
      }
    }
    return lines;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
