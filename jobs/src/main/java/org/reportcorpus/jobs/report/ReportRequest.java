package org.reportcorpus.jobs.report;

import java.util.List;

/**
 * The report's flags as given, checked but not yet resolved against the warehouse.
 *
 * @param year the report year, or null for the latest year with documents
 * @param compareTo the comparison year, or null for the latest year before {@code year} with documents
 * @param terms the terms to draw, or empty for the terms that moved most
 */
public record ReportRequest(Integer year, Integer compareTo, Scope scope, List<String> terms) {

  /** Terms drawn when none are given: the ones whose share changed most. */
  public static final int DEFAULT_TERMS = 5;

  public ReportRequest {
    terms = List.copyOf(terms);
    if (year != null && compareTo != null && year.intValue() == compareTo.intValue()) {
      throw new IllegalArgumentException("--compare-to: expected a year other than --year " + year);
    }
  }
}
