package org.reportcorpus.jobs.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reportcorpus.udfs.terms.TermEntry;

/**
 * Writes the known answer under --out/truth/ (tab-separated, UTF-8, one header line):
 *
 * <ul>
 *   <li>{@code documents.tsv}: one row per report, its source and metadata;
 *   <li>{@code term_counts.tsv}: occurrences of each canonical term in each report (rows > 0);
 *   <li>{@code adoption.tsv}: per term and region, the first year a report of the region mentions
 *       the term;
 *   <li>{@code term_profiles.tsv}: each term's national start year and adoption profile.
 * </ul>
 *
 * Documents and counts are streamed as reports arrive (in plan order); adoption is kept in memory
 * and written by {@link #close()}.
 */
final class TruthWriter implements Closeable {

  static final String DOCUMENTS_HEADER = "source\tformat\tencoding\ttitle\tregion_name\tregion_code\tprovince"
      + "\tprefecture\tadmin_level\treport_year\tpublished_date\tissuer\tn_chars";
  static final String TERM_COUNTS_HEADER = "source\tterm\toccurrences";
  static final String ADOPTION_HEADER = "term\tregion_code\tfirst_year";
  static final String PROFILES_HEADER = "term\tcategory\tnational_start\tprofile\tnever_share\tyearly_uptake";

  private final Path dir;
  private final List<TermEntry> terms;
  private final BufferedWriter documents;
  private final BufferedWriter termCounts;
  /** term index → region code → first year mentioned. */
  private final Map<Integer, Map<String, Integer>> firstYears = new TreeMap<>();

  TruthWriter(Path dir, List<TermEntry> terms) throws IOException {
    this.dir = dir;
    this.terms = terms;
    Files.createDirectories(dir);
    this.documents = open("documents.tsv", DOCUMENTS_HEADER);
    this.termCounts = open("term_counts.tsv", TERM_COUNTS_HEADER);
  }

  private BufferedWriter open(String name, String header) throws IOException {
    BufferedWriter writer = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
    writer.write(header);
    writer.write('\n');
    return writer;
  }

  void add(ComposedReport report) throws IOException {
    ReportPlan plan = report.plan();
    ReportingRegion region = plan.region();
    row(documents, plan.source(), plan.format().format(), plan.format().encoding(),
        report.title() == null ? "" : report.title(), region.name(), region.code(), region.province(),
        region.prefecture(), plan.adminLevel(), Integer.toString(plan.year()), plan.published().toString(),
        plan.issuer(), Integer.toString(report.chars()));
    int[] counts = report.counts();
    for (int t = 0; t < counts.length; t++) {
      if (counts[t] > 0) {
        row(termCounts, plan.source(), terms.get(t).term(), Integer.toString(counts[t]));
        firstYears.computeIfAbsent(t, k -> new HashMap<>()).merge(region.code(), plan.year(), Math::min);
      }
    }
  }

  void writeProfiles(List<AdoptionModel.TermProfile> profiles) throws IOException {
    try (BufferedWriter writer = open("term_profiles.tsv", PROFILES_HEADER)) {
      for (AdoptionModel.TermProfile p : profiles) {
        row(writer, p.term().term(), p.term().category(), Integer.toString(p.nationalStart()),
            p.kind().name().toLowerCase(java.util.Locale.ROOT), Double.toString(p.kind().neverShare),
            Double.toString(p.kind().yearlyUptake));
      }
    }
  }

  private static void row(BufferedWriter writer, String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        writer.write('\t');
      }
      writer.write(fields[i]);
    }
    writer.write('\n');
  }

  @Override
  public void close() throws IOException {
    documents.close();
    termCounts.close();
    try (BufferedWriter adoption = open("adoption.tsv", ADOPTION_HEADER)) {
      for (Map.Entry<Integer, Map<String, Integer>> term : firstYears.entrySet()) {
        for (Map.Entry<String, Integer> region : new TreeMap<>(term.getValue()).entrySet()) {
          row(adoption, terms.get(term.getKey()).term(), region.getKey(), Integer.toString(region.getValue()));
        }
      }
    }
  }
}
