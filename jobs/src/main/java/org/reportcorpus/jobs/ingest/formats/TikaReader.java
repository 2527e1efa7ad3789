package org.reportcorpus.jobs.ingest.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.parser.Parser;
import org.reportcorpus.jobs.ingest.RawDocument;
import org.reportcorpus.jobs.ingest.ReadOutcome;
import org.reportcorpus.jobs.ingest.RejectReason;
import org.reportcorpus.jobs.config.IngestSettings;

/**
 * A .pdf, .docx or .doc → one document, with Tika (binary formats record no encoding).
 *
 * <ol>
 *   <li>sniff what the bytes are: a .pdf must be a PDF; a Word file may be OOXML, OLE2 or RTF
 *       whatever its extension says, and a Word "document" that is an HTML page is read as HTML;
 *   <li>a zip package (.docx) is inflated once, counting, before any parser sees it: past
 *       {@code corpus.ingest.max_expanded_bytes} or the entry limit it is a zip bomb, {@code too_large};
 *   <li>parse with the one matching Tika parser, the text laid out by {@link TikaText} and
 *       capped at {@code corpus.ingest.max_text_chars} (more: {@code too_large});
 *   <li>a PDF with pages but (almost) no text is a scan, {@code no_text_layer}; one without its
 *       end-of-file marker is truncated, {@code parse_error} even if PDFBox recovered some pages.
 * </ol>
 *
 * Parser exceptions become {@code parse_error} with the parser's message; errors (a missing
 * class, memory) become {@code runtime_error}.
 */
final class TikaReader {

  private final IngestSettings settings;

  TikaReader(IngestSettings settings) {
    this.settings = settings;
  }

  List<ReadOutcome> read(String path, byte[] bytes, SourceFormat format) {
    ContentSniffer.Kind kind = ContentSniffer.sniff(bytes);
    if (format == SourceFormat.PDF && kind != ContentSniffer.Kind.PDF) {
      return reject(path, RejectReason.PARSE_ERROR, "not a PDF: the content " + kind.description);
    }
    if (format != SourceFormat.PDF) {
      if (kind == ContentSniffer.Kind.HTML) {
        return new HtmlReader(settings).read(path, bytes, format.label());
      }
      if (kind != ContentSniffer.Kind.ZIP && kind != ContentSniffer.Kind.OLE2 && kind != ContentSniffer.Kind.RTF) {
        return reject(path, RejectReason.PARSE_ERROR, "not a Word document: the content " + kind.description);
      }
    }
    if (kind == ContentSniffer.Kind.ZIP) {
      String bomb = checkPackageExpansion(bytes);
      if (bomb != null) {
        return reject(path, RejectReason.TOO_LARGE, bomb);
      }
    }

    TikaText text = new TikaText(settings.maxTextChars());
    Metadata metadata = new Metadata();
    try (TikaInputStream stream = TikaInputStream.get(bytes)) {
      parser(kind).parse(stream, text, metadata, TikaParsers.context());
    } catch (Exception e) {
      return reject(path, failureReason(e), failureDetail(e));
    } catch (LinkageError | VirtualMachineError e) {
      // a class missing from the deployed jar, or memory: not the document's fault alone
      return reject(path, RejectReason.RUNTIME_ERROR, Failures.describe(e));
    }

    String body = text.text();
    if (kind == ContentSniffer.Kind.PDF) {
      if (!ContentSniffer.pdfHasEofMarker(bytes)) {
        return reject(path, RejectReason.PARSE_ERROR,
            "truncated PDF: no %%EOF marker at the end of the file (the text would be incomplete)");
      }
      int pages = Math.max(text.pages(), pageCount(metadata));
      long visible = body.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
      if (pages > 0 && visible < (long) pages * settings.pdfMinCharsPerPage()) {
        return reject(path, RejectReason.NO_TEXT_LAYER, pages + " page(s) with " + visible
            + " characters of text: scanned images without a text layer (needs OCR)");
      }
    }
    if (body.isBlank()) {
      return reject(path, RejectReason.EMPTY, "no text in the " + format.label() + " document");
    }
    return List.of(ReadOutcome.document(new RawDocument(path, format.label(), null, body, null, null, null)));
  }

  private static Parser parser(ContentSniffer.Kind kind) {
    return switch (kind) {
      case PDF -> TikaParsers.pdf();
      case ZIP -> TikaParsers.ooxml();
      case OLE2 -> TikaParsers.ole2();
      case RTF -> TikaParsers.rtf();
      default -> throw new IllegalArgumentException("no parser for " + kind);
    };
  }

  /** Inflates every entry of a zip package without keeping it; a too_large detail, or null. */
  private String checkPackageExpansion(byte[] bytes) {
    ExpansionBudget budget = new ExpansionBudget(settings.maxExpandedBytes(), settings.maxArchiveEntries());
    try (ZipFile zip = InMemoryZip.open(bytes)) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        budget.addEntry();
        if (entry.isDirectory() || !zip.canReadEntryData(entry)) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          budget.drain(in);
        }
      }
      return null;
    } catch (ExpansionBudget.Exceeded e) {
      return "package " + e.getMessage();
    } catch (IOException | RuntimeException e) {
      return null; // a damaged package: the parser says what is wrong with it
    }
  }

  private static String failureReason(Exception e) {
    if (WriteLimitReachedException.isWriteLimitReached(e)) {
      return RejectReason.TOO_LARGE;
    }
    if (Failures.mentions(e, "Zip bomb detected")) {
      return RejectReason.TOO_LARGE; // POI's own guard, when ours let a package through
    }
    return RejectReason.PARSE_ERROR;
  }

  private String failureDetail(Exception e) {
    if (WriteLimitReachedException.isWriteLimitReached(e)) {
      return "text passes " + settings.maxTextChars() + " characters (" + IngestSettings.MAX_TEXT_CHARS + ")";
    }
    if (Failures.causedBy(e, EncryptedDocumentException.class)) {
      return "encrypted document: " + Failures.describe(e);
    }
    return Failures.describe(e);
  }

  private static int pageCount(Metadata metadata) {
    Integer pages = metadata.getInt(PagedText.N_PAGES);
    return pages == null ? 0 : pages;
  }

  private static List<ReadOutcome> reject(String path, String reason, String detail) {
    return List.of(ReadOutcome.reject(path, reason, detail));
  }
}
