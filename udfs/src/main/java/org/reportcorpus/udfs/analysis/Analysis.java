package org.reportcorpus.udfs.analysis;

import java.io.Serializable;
import java.util.List;
import org.reportcorpus.udfs.clean.PageMetadata;
import org.reportcorpus.udfs.meta.DocumentMetadata;
import org.reportcorpus.udfs.sections.Section;

/**
 * Everything the ingest stage stores about one document.
 *
 * @param text the cleaned body: boilerplate removed, a repeated copy of the body dropped; null
 *     for null input. The document id hashes it.
 * @param stripped every removed line or fragment, in document order (a dropped repeat is one entry)
 * @param page the page metadata block read before stripping ({@link PageMetadata#EMPTY} if none)
 * @param metadata title, type, year, dates, issuer, addressee, number, region
 * @param sections the top-level parts, preamble first
 */
public record Analysis(
    String text, List<String> stripped, PageMetadata page, DocumentMetadata metadata, List<Section> sections)
    implements Serializable {

  public Analysis {
    stripped = stripped == null ? List.of() : List.copyOf(stripped);
    sections = sections == null ? List.of() : List.copyOf(sections);
  }
}
