package org.reportcorpus.jobs.ingest.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcorpus.jobs.ingest.RawDocument;
import org.reportcorpus.jobs.ingest.ReadOutcome;
import org.reportcorpus.jobs.ingest.RejectReason;
import org.reportcorpus.udfs.text.TextDecoder;
import org.reportcorpus.jobs.config.IngestSettings;

/**
 * An HTML page → one document: the encoding is detected by {@link TextDecoder}, with the page's
 * declared charset ({@code <meta charset>}, {@code http-equiv}, an XML declaration) as a hint
 * only — Chinese sites often declare gb2312 and serve UTF-8, or the reverse — then
 * {@link HtmlText} takes the body's text.
 */
final class HtmlReader {

  /** Only the start of a page can declare its charset (HTML: the first 1024 bytes; some sites are late). */
  private static final int DECLARATION_BYTES = 4096;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

  private final IngestSettings settings;

  HtmlReader(IngestSettings settings) {
    this.settings = settings;
  }

  /** {@code formatLabel} is what the document records: html, or doc for a Word "HTML" file. */
  List<ReadOutcome> read(String path, byte[] bytes, String formatLabel) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, declaredCharset(bytes));
    if (!decoded.ok()) {
      return List.of(ReadOutcome.undecodable(path, decoded));
    }
    String text;
    try {
      text = HtmlText.extract(decoded.text(), settings.maxTextChars());
    } catch (TextLayout.TooMuchText e) {
      return List.of(ReadOutcome.reject(path, RejectReason.TOO_LARGE, e.getMessage()));
    }
    if (text.isBlank()) {
      return List.of(ReadOutcome.reject(path, RejectReason.EMPTY, "no text in the HTML body"));
    }
    return List.of(ReadOutcome.document(
        new RawDocument(path, formatLabel, decoded.encoding(), text, null, null, null)));
  }

  /** The charset the page declares, lower case, or null. */
  static String declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
    for (Pattern pattern : List.of(META_CHARSET, XML_ENCODING)) {
      Matcher matcher = pattern.matcher(head);
      if (matcher.find()) {
        return matcher.group(1).toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }
}
