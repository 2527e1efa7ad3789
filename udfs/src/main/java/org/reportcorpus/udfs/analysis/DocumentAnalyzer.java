package org.reportcorpus.udfs.analysis;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.reportcorpus.udfs.clean.BoilerplateStripper;
import org.reportcorpus.udfs.clean.CleanedText;
import org.reportcorpus.udfs.meta.DocumentMetadata;
import org.reportcorpus.udfs.meta.MetadataExtractor;
import org.reportcorpus.udfs.meta.Signature;
import org.reportcorpus.udfs.region.RegionResolver;
import org.reportcorpus.udfs.sections.Section;
import org.reportcorpus.udfs.sections.SectionSplitter;

/**
 * From normalized text to everything the ingest stage stores, in one call.
 *
 * <ol>
 *   <li>strip boilerplate ({@link BoilerplateStripper}): chrome lines go to {@code stripped}, page
 *       metadata and datelines are read on the way, a repeated body is kept once;
 *   <li>find the signature at the end of the cleaned text ({@link Signature});
 *   <li>read the metadata ({@link MetadataExtractor}) from the cleaned text, with the unstripped
 *       text as evidence where chrome carries it;
 *   <li>split the cleaned text, up to the signature, into sections ({@link SectionSplitter}).
 * </ol>
 *
 * <p>Pure and thread-safe; holds only the parsed rules and the resolver, so it is cheap to build
 * on an executor and safe to capture in a closure.
 */
public final class DocumentAnalyzer implements Serializable {

  private static final long serialVersionUID = 1L;

  private final BoilerplateStripper boilerplate;
  private final MetadataExtractor metadata;
  private final SectionSplitter sections;

  public DocumentAnalyzer(ReportRules rules, RegionResolver regions) {
    if (rules == null || regions == null) {
      throw new IllegalArgumentException("rules and regions must not be null");
    }
    this.boilerplate = rules.boilerplate();
    this.metadata = new MetadataExtractor(rules.docTypes(), rules.head(), regions);
    this.sections = rules.sections();
  }

  /** An analyzer with the rules of {@code confDir} and the bundled gazetteer. */
  public static DocumentAnalyzer load(Path confDir) {
    return new DocumentAnalyzer(ReportRules.load(confDir), RegionResolver.bundled());
  }

  /**
   * The analysis of one document.
   *
   * @param normalizedText the text after {@code TextNormalizer.normalize}; null gives an analysis
   *     with null text, nothing stripped, no sections and metadata holding only the given title
   * @param givenTitle a title that came with the record, or null
   * @param givenYear a year that came with the record (a hint), or null
   */
  public Analysis analyze(String normalizedText, String givenTitle, Integer givenYear) {
    CleanedText cleaned = boilerplate.strip(normalizedText);
    Signature signature = Signature.find(cleaned.text());
    DocumentMetadata meta = metadata.extract(normalizedText, cleaned, signature, givenTitle, givenYear);
    List<Section> parts = sections.split(cleaned.text(), signature.start(), meta.docType(), meta.reportYear());
    return new Analysis(cleaned.text(), cleaned.stripped(), cleaned.page(), meta, parts);
  }
}
