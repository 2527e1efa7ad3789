package org.reportcorpus.jobs.ingest.formats;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives Tika's XHTML events and lays out the body's text with {@link TextLayout}: paragraphs,
 * headings, list items, table rows and PDF pages on lines of their own, cells separated by tabs.
 * The head (title and metadata) is skipped. Counts PDF pages ({@code <div class="page">}).
 * Past the text limit it throws Tika's {@link WriteLimitReachedException}, which parsers pass on.
 */
final class TikaText extends DefaultHandler {

  private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title");

  private final TextLayout layout;
  private final int maxChars;
  private boolean inBody;
  private int skipped;
  private int pages;

  TikaText(int maxChars) {
    this.layout = new TextLayout(maxChars);
    this.maxChars = maxChars;
  }

  String text() {
    return layout.text();
  }

  int pages() {
    return pages;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
    String name = name(localName, qName);
    if (name.equals("body")) {
      inBody = true;
      return;
    }
    if (!inBody) {
      return;
    }
    if (SKIPPED.contains(name) || skipped > 0) {
      skipped++;
      return;
    }
    if (name.equals("div") && "page".equals(attributes.getValue("class"))) {
      pages++;
    }
    try {
      if (name.equals("br")) {
        layout.lineBreak();
      } else if (HtmlText.BLOCKS.contains(name)) {
        layout.blockBoundary();
      } else if (name.equals("td") || name.equals("th")) {
        layout.cellStart();
      }
    } catch (TextLayout.TooMuchText e) {
      throw new WriteLimitReachedException(maxChars);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = name(localName, qName);
    if (name.equals("body")) {
      inBody = false;
      return;
    }
    if (!inBody) {
      return;
    }
    if (skipped > 0) {
      skipped--;
      return;
    }
    if (HtmlText.BLOCKS.contains(name)) {
      layout.blockBoundary();
    } else if (name.equals("td") || name.equals("th")) {
      layout.cellEnd();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (!inBody || skipped > 0) {
      return;
    }
    try {
      layout.verbatim(new String(ch, start, length));
    } catch (TextLayout.TooMuchText e) {
      throw new WriteLimitReachedException(maxChars);
    }
  }

  /**
   * Tika reports the line ends it inserts (after blocks, and between the lines of a PDF
   * paragraph) as ignorable whitespace: kept as line breaks, never doubled. Its indentation
   * (a tab before each table cell) is formatting, not text.
   */
  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    if (!inBody || skipped > 0) {
      return;
    }
    for (int i = start; i < start + length; i++) {
      if (ch[i] == '\n') {
        layout.blockBoundary();
      }
    }
  }

  private static String name(String localName, String qName) {
    return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
  }
}
