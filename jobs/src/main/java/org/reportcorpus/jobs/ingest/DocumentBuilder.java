package org.reportcorpus.jobs.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.reportcorpus.udfs.meta.DocumentMetadata;
import org.reportcorpus.udfs.meta.MetadataExtractor;
import org.reportcorpus.udfs.text.TextNormalizer;

/**
 * Builds a document from a raw one: normalizes the text, detects the script, reads the
 * metadata and derives the document id (a hash of the normalized text, so the same report
 * read from two files gets the same id).
 */
public final class DocumentBuilder {

  private final MetadataExtractor metadata;

  public DocumentBuilder(MetadataExtractor metadata) {
    this.metadata = metadata;
  }

  /** A built document; {@code metadata} fields may be null where the text does not say. */
  public record Document(RawDocument raw, String docId, String text, String script, int nChars,
      DocumentMetadata metadata) {}

  /** Null when nothing is left after normalization (the caller records a reject). */
  public Document build(RawDocument raw) {
    TextNormalizer.Normalized normalized = TextNormalizer.normalizeWithScript(raw.text());
    String text = normalized.text();
    if (text == null || text.isBlank()) {
      return null;
    }
    String title = raw.givenTitle() == null ? null : TextNormalizer.normalize(raw.givenTitle());
    DocumentMetadata meta = metadata.extract(title, text, raw.givenYear());
    return new Document(raw, docId(text), text, normalized.script(),
        text.codePointCount(0, text.length()), meta);
  }

  /** First 128 bits of SHA-256 of the normalized text, as 32 hex digits. */
  public static String docId(String normalizedText) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(normalizedText.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
