package org.reportcorpus.jobs.ingest.formats;

import java.util.Locale;

/**
 * The input formats, chosen by file extension; {@link #label()} is what {@code source_format}
 * records. An archive has no label of its own: its entries record theirs.
 */
public enum SourceFormat {
  TXT("txt", "txt", "text"),
  HTML("html", "html", "htm", "shtml", "xhtml"),
  PDF("pdf", "pdf"),
  DOCX("docx", "docx"),
  DOC("doc", "doc"),
  JSONL("jsonl", "jsonl", "ndjson"),
  CSV("csv", "csv"),
  ZIP(null, "zip");

  private final String label;
  private final String[] extensions;

  SourceFormat(String label, String... extensions) {
    this.label = label;
    this.extensions = extensions;
  }

  public String label() {
    return label;
  }

  /** The format of a path (or archive entry name) by its extension, case-insensitive; null if none. */
  public static SourceFormat ofPath(String path) {
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
        .toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String extension = name.substring(dot + 1);
    for (SourceFormat format : values()) {
      for (String candidate : format.extensions) {
        if (candidate.equals(extension)) {
          return format;
        }
      }
    }
    return null;
  }
}
