package org.reportcorpus.udfs.region;

import java.util.Locale;

/** The administrative level of a reporting body, from the State Council down to a department. */
public enum AdminLevel {
  NATIONAL,
  PROVINCE,
  PREFECTURE,
  COUNTY,
  /** A department of a government (司法局, 市场监督管理局…); the region is the government's. */
  DEPARTMENT;

  /** Lower-case name as written in tables and the gazetteer TSV, e.g. {@code "county"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level for a gazetteer label ({@code province}, {@code prefecture}, {@code county}). */
  public static AdminLevel fromLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
