package org.reportcorpus.jobs.ingest.formats;

import java.util.ArrayDeque;
import org.reportcorpus.jobs.config.IngestSettings;

/**
 * Builds plain text from a document's structure, the way a reader sees it: a block element
 * (paragraph, heading, list item, table row, page) starts and ends a line, {@code <br>} breaks
 * one, a table cell ends with a tab. HTML text collapses runs of ASCII whitespace to one space
 * (outside {@code <pre>}); a parser's text (PDF lines, Word runs) is kept as given. Stops with
 * {@link TooMuchText} past {@code maxChars}, so a hostile document cannot fill the heap.
 */
final class TextLayout {

  /** Thrown when the text passes the limit; carries the limit for the reject's detail. */
  static final class TooMuchText extends RuntimeException {
    final int limit;

    TooMuchText(int limit) {
      super("text passes " + limit + " characters (" + IngestSettings.MAX_TEXT_CHARS + ")", null, false, false);
      this.limit = limit;
    }
  }

  private final StringBuilder out = new StringBuilder();
  /** Where each open table cell's text starts. */
  private final ArrayDeque<Integer> cells = new ArrayDeque<>();
  private final int maxChars;
  private boolean pendingSpace;

  TextLayout(int maxChars) {
    this.maxChars = maxChars;
  }

  /** Text as the source has it: line breaks and spaces kept. */
  void verbatim(CharSequence text) {
    flushSpace();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        // CRLF and lone CR become LF
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      }
      out.append(c);
    }
    checkLimit();
  }

  /** HTML text: runs of ASCII whitespace are one space, dropped at the start of a line. */
  void collapsed(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pendingSpace = true;
      } else {
        flushSpace();
        out.append(c);
      }
    }
    checkLimit();
  }

  /** Start or end of a block: the next text starts a new line (no blank lines piled up). */
  void blockBoundary() {
    pendingSpace = false;
    if (!cells.isEmpty() && cells.peek() == out.length()) {
      return; // a paragraph opening a table cell stays on the row's line
    }
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  /** Start of a table cell. */
  void cellStart() {
    pendingSpace = false;
    cells.push(out.length());
  }

  /** A line break ({@code <br>}). */
  void lineBreak() {
    pendingSpace = false;
    out.append('\n');
    checkLimit();
  }

  /**
   * End of a table cell: the cell's trailing line break (Word puts a paragraph in every cell)
   * becomes a tab, so a row reads as one line: {@code 索引号\t014109429/2018-00032}.
   */
  void cellEnd() {
    pendingSpace = false;
    int start = cells.isEmpty() ? 0 : cells.pop();
    int end = out.length();
    while (end > start && (out.charAt(end - 1) == '\n' || out.charAt(end - 1) == ' ')) {
      end--;
    }
    out.setLength(end);
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\t');
    }
  }

  int length() {
    return out.length();
  }

  /** The text, trailing whitespace of each line and of the whole removed. */
  String text() {
    StringBuilder tidy = new StringBuilder(out.length());
    int lineStart = 0;
    for (int i = 0; i <= out.length(); i++) {
      if (i == out.length() || out.charAt(i) == '\n') {
        int end = i;
        while (end > lineStart && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
          end--;
        }
        tidy.append(out, lineStart, end);
        if (i < out.length()) {
          tidy.append('\n');
        }
        lineStart = i + 1;
      }
    }
    return tidy.toString().strip();
  }

  private void flushSpace() {
    if (pendingSpace && out.length() > 0) {
      char last = out.charAt(out.length() - 1);
      if (last != '\n' && last != '\t' && last != ' ') {
        out.append(' ');
      }
    }
    pendingSpace = false;
  }

  private void checkLimit() {
    if (out.length() > maxChars) {
      throw new TooMuchText(maxChars);
    }
  }
}
