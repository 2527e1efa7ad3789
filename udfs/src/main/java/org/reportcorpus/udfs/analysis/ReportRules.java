package org.reportcorpus.udfs.analysis;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reportcorpus.udfs.clean.BoilerplateStripper;
import org.reportcorpus.udfs.meta.DocTypeClassifier;
import org.reportcorpus.udfs.meta.HeadRules;
import org.reportcorpus.udfs.sections.SectionSplitter;

/**
 * All conf-driven rules of the ingest stage in one serializable object, shipped to executors in
 * closures: boilerplate (conf/boilerplate.tsv), document types (conf/doc_types.tsv), sections
 * (conf/sections.tsv) and where each genre states its region, year and issuer
 * (conf/head_rules.tsv). Every pattern is compiled once, here; a bad rule fails at parse time
 * with {@code file:line: what is wrong}.
 */
public final class ReportRules implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String BOILERPLATE_FILE = BoilerplateStripper.SOURCE;
  public static final String DOC_TYPES_FILE = DocTypeClassifier.SOURCE;
  public static final String SECTIONS_FILE = SectionSplitter.SOURCE;
  public static final String HEAD_RULES_FILE = HeadRules.SOURCE;

  private final BoilerplateStripper boilerplate;
  private final DocTypeClassifier docTypes;
  private final SectionSplitter sections;
  private final HeadRules head;

  private ReportRules(
      BoilerplateStripper boilerplate, DocTypeClassifier docTypes, SectionSplitter sections, HeadRules head) {
    this.boilerplate = boilerplate;
    this.docTypes = docTypes;
    this.sections = sections;
    this.head = head;
  }

  /** The rules from the four files' contents; none may be null. */
  public static ReportRules parse(String boilerplateTsv, String docTypesTsv, String sectionsTsv, String headRulesTsv) {
    return new ReportRules(
        BoilerplateStripper.parse(boilerplateTsv),
        DocTypeClassifier.parse(docTypesTsv),
        SectionSplitter.parse(sectionsTsv),
        HeadRules.parse(headRulesTsv));
  }

  /** Reads boilerplate.tsv, doc_types.tsv, sections.tsv and head_rules.tsv from {@code confDir}. */
  public static ReportRules load(Path confDir) {
    if (confDir == null) {
      throw new IllegalArgumentException("confDir must not be null");
    }
    return parse(read(confDir, BOILERPLATE_FILE), read(confDir, DOC_TYPES_FILE), read(confDir, SECTIONS_FILE),
        read(confDir, HEAD_RULES_FILE));
  }

  private static String read(Path dir, String name) {
    Path file = dir.resolve(name);
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + file, e);
    }
  }

  public BoilerplateStripper boilerplate() {
    return boilerplate;
  }

  public DocTypeClassifier docTypes() {
    return docTypes;
  }

  public SectionSplitter sections() {
    return sections;
  }

  public HeadRules head() {
    return head;
  }
}
