package org.reportcorpus.generator;

import java.time.LocalDate;

/**
 * Everything decided about one report before its text is written.
 *
 * @param index position in the corpus (0-based), the order of the truth tables
 * @param region the reporting region
 * @param department the issuing department (司法局…), or null for the government's own report
 * @param year the year the report covers
 * @param published the signature and publication date (early the next year)
 * @param format how it is written out
 * @param source its path relative to --out ({@code …#L<line>} for a JSONL record)
 * @param hasTitle whether the text starts with a title line (else with the opening sentence)
 * @param targetChars the length aimed at; the planted terms may push a short report over it
 * @param seed the seed of this report's random stream
 */
record ReportPlan(
    int index,
    ReportingRegion region,
    String department,
    int year,
    LocalDate published,
    OutputFormat format,
    String source,
    boolean hasTitle,
    int targetChars,
    long seed) {

  /** The body that signs the report. */
  String issuer() {
    return department == null ? region.issuer() : region.name() + department;
  }

  /** admin_level of the truth table: the region's level, or department. */
  String adminLevel() {
    return department == null ? region.level().label() : "department";
  }

  /** File the record is in: the source without a JSONL line anchor. */
  String file() {
    int hash = source.indexOf('#');
    return hash < 0 ? source : source.substring(0, hash);
  }
}
