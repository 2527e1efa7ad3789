package org.reportcorpus.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How a report is written out; the shares follow the mix a real crawl tends to give. */
public enum OutputFormat {
  TXT_UTF8("txt", "utf-8", "txt-utf8", 0.45),
  TXT_GB18030("txt", "gb18030", "txt-gb18030", 0.35),
  JSONL("jsonl", "utf-8", "jsonl", 0.20);

  private final String format;
  private final String encoding;
  private final String folder;
  private final double share;

  OutputFormat(String format, String encoding, String folder, double share) {
    this.format = format;
    this.encoding = encoding;
    this.folder = folder;
    this.share = share;
  }

  /** Value of the truth table's {@code format} column: txt or jsonl. */
  public String format() {
    return format;
  }

  /** Value of the truth table's {@code encoding} column: utf-8 or gb18030. */
  public String encoding() {
    return encoding;
  }

  /** Folder under --out that holds the reports written this way. */
  public String folder() {
    return folder;
  }

  /** The folder of every format under a generated corpus's root: what to ingest. */
  public static List<String> folders(Path root) {
    List<String> folders = new ArrayList<>();
    for (OutputFormat format : values()) {
      folders.add(root.resolve(format.folder).toString());
    }
    return folders;
  }

  /** Share of the reports written this way. */
  public double share() {
    return share;
  }

  static OutputFormat draw(double u) {
    double cumulative = 0;
    for (OutputFormat f : values()) {
      cumulative += f.share;
      if (u < cumulative) {
        return f;
      }
    }
    return JSONL;
  }
}
