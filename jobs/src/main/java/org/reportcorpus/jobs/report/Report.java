package org.reportcorpus.jobs.report;

import java.util.List;

/**
 * A whole trend report before it is written: its parameters, headline numbers and sections.
 *
 * @param parameters label and value pairs shown at the top
 * @param headline label and value pairs shown as the headline numbers
 */
public record Report(String title, ReportParams params, List<Item> parameters, List<Item> headline,
    List<Section> sections) {

  /** A label and its value. */
  public record Item(String label, String value) {}

  /** A section: its heading, one sentence on what it shows, and its figures. */
  public record Section(String id, String title, String guide, List<Figure> figures) {}
}
