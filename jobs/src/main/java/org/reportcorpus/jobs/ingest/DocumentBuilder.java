package org.reportcorpus.jobs.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.reportcorpus.udfs.analysis.Analysis;
import org.reportcorpus.udfs.analysis.DocumentAnalyzer;
import org.reportcorpus.udfs.text.TextNormalizer;

/**
 * Builds a document from a raw one: normalizes the text, detects the script, then lets the
 * {@link DocumentAnalyzer} strip boilerplate, read the metadata and split sections. The document
 * id hashes the cleaned text, so the same report read from two files — or reposted with other
 * site chrome — gets the same id.
 */
public final class DocumentBuilder {

  private final DocumentAnalyzer analyzer;

  public DocumentBuilder(DocumentAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** A built document: its id, source script, length of the cleaned text and the analysis. */
  public record Document(RawDocument raw, String docId, String script, int nChars, Analysis analysis) {}

  /** Null when nothing is left after normalization and cleaning (the caller records a reject). */
  public Document build(RawDocument raw) {
    TextNormalizer.Normalized normalized = TextNormalizer.normalizeWithScript(raw.text());
    if (normalized.text() == null || normalized.text().isBlank()) {
      return null;
    }
    String title = raw.givenTitle() == null ? null : TextNormalizer.normalize(raw.givenTitle());
    Analysis analysis = analyzer.analyze(normalized.text(), title, raw.givenYear());
    String text = analysis.text();
    if (text == null || text.isBlank()) {
      return null;
    }
    return new Document(raw, docId(text), normalized.script(), text.codePointCount(0, text.length()), analysis);
  }

  /** First 128 bits of SHA-256 of the cleaned text, as 32 hex digits. */
  public static String docId(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
