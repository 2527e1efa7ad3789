package org.reportcorpus.jobs.ingest.formats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a binary document's bytes are, whatever its extension says: crawled ".doc" files are
 * often RTF, HTML or a renamed .docx, and a ".pdf" is sometimes the site's error page.
 */
final class ContentSniffer {

  enum Kind {
    PDF("is a PDF"),
    ZIP("is a zip package (OOXML)"),
    OLE2("is an OLE2 file (Word 97-2003)"),
    RTF("is RTF"),
    HTML("is an HTML page"),
    XML("is XML (e.g. Word 2003 XML), not supported"),
    MHTML("is a MIME web archive (.mht), not supported"),
    OTHER("is not a known document format");

    final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  /** The PDF header may follow some junk; readers look for it in the first 1024 bytes. */
  private static final int PDF_HEADER_WINDOW = 1024;

  private ContentSniffer() {}

  static Kind sniff(byte[] bytes) {
    if (startsWith(bytes, OLE2)) {
      return Kind.OLE2;
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && (bytes[2] == 3 || bytes[2] == 5)) {
      return Kind.ZIP;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, PDF_HEADER_WINDOW), StandardCharsets.ISO_8859_1);
    if (head.contains("%PDF-")) {
      return Kind.PDF;
    }
    String start = stripBomAndSpace(head).toLowerCase(Locale.ROOT);
    if (start.startsWith("{\\rtf")) {
      return Kind.RTF;
    }
    if (start.startsWith("mime-version:") || start.startsWith("content-type: multipart/related")) {
      return Kind.MHTML;
    }
    if (start.startsWith("<!doctype html") || start.startsWith("<html")
        || (start.startsWith("<") && (start.contains("<html") || start.contains("<body") || start.contains("<head")))) {
      return Kind.HTML;
    }
    if (start.startsWith("<?xml")) {
      return Kind.XML;
    }
    return Kind.OTHER;
  }

  /** True when the last 1 KB holds the end-of-file marker a complete PDF ends with. */
  static boolean pdfHasEofMarker(byte[] bytes) {
    int from = Math.max(0, bytes.length - 1024);
    String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }

  private static String stripBomAndSpace(String head) {
    int i = 0;
    if (head.startsWith("\u00EF\u00BB\u00BF")) {
      i = 3;
    }
    while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
      i++;
    }
    return head.substring(i);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
