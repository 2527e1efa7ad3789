package org.reportcorpus.jobs.ingest.formats;

import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;

/**
 * Tika's parsers, built once per JVM on first use (an executor builds them when its first
 * document needs one; nothing Tika travels with the serialized reader). Tika parsers are
 * thread-safe; settings travel per call in the {@link ParseContext}.
 *
 * <p>Only the specific parsers, no AutoDetectParser: {@link ContentSniffer} has already decided
 * what the bytes are, and no other parser (OCR, archives, images) can be reached by a hostile file.
 */
final class TikaParsers {

  private TikaParsers() {}

  static Parser pdf() {
    return Holder.PDF;
  }

  static Parser ooxml() {
    return Holder.OOXML;
  }

  static Parser ole2() {
    return Holder.OLE2;
  }

  static Parser rtf() {
    return Holder.RTF;
  }

  /**
   * A fresh context: the main text only — no embedded documents (images, attachments, OLE
   * objects), no bookmarks, annotations, form fields or OCR in PDFs, no deleted text in Word.
   */
  static ParseContext context() {
    ParseContext context = new ParseContext();
    context.set(PDFParserConfig.class, pdfConfig());
    context.set(OfficeParserConfig.class, officeConfig());
    context.set(EmbeddedDocumentExtractor.class, SkipEmbedded.INSTANCE);
    return context;
  }

  private static PDFParserConfig pdfConfig() {
    PDFParserConfig config = new PDFParserConfig();
    config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    config.setExtractInlineImages(false);
    config.setExtractBookmarksText(false);
    config.setExtractAnnotationText(false);
    config.setExtractAcroFormContent(false);
    config.setExtractActions(false);
    config.setExtractFontNames(false);
    // Chinese PDFs often fake bold type by printing each character twice, slightly shifted.
    config.setSuppressDuplicateOverlappingText(true);
    return config;
  }

  private static OfficeParserConfig officeConfig() {
    OfficeParserConfig config = new OfficeParserConfig();
    config.setIncludeDeletedContent(false);
    config.setIncludeMoveFromContent(false);
    config.setExtractMacros(false);
    return config;
  }

  private static final class Holder {
    static final Parser PDF = new PDFParser();
    static final Parser OOXML = new OOXMLParser();
    static final Parser OLE2 = new OfficeParser();
    static final Parser RTF = new RTFParser();
  }

  /** Embedded documents are neither parsed nor named in the text. */
  private enum SkipEmbedded implements EmbeddedDocumentExtractor {
    INSTANCE;

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return false;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
      // never called: shouldParseEmbedded says no
    }
  }
}
