package org.reportcorpus.jobs.report;

import java.util.List;

/**
 * What one report is about, every default resolved: the report year, the year it is compared
 * with, the scope and the terms whose trends, diffusion and partners it draws.
 *
 * @param termsGiven whether the terms came from {@code --terms} (else: the terms that moved most)
 */
public record ReportParams(int year, int compareTo, Scope scope, List<String> terms, boolean termsGiven) {

  public ReportParams {
    terms = List.copyOf(terms);
  }
}
