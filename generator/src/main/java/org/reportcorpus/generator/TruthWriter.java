package org.reportcorpus.generator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *   <li>{@code term_profiles.tsv}: each term's national start year and adoption profile;
 *   <li>{@code section_term_counts.tsv}: occurrences of each canonical term in each kind of
 *       top-level part of each report (achievements, responsibility, shortcomings, plans; other
 *       for the title, addressee, opening and signature), a part's heading line included; rows >
 *       0, adding up per (source, term) to term_counts.tsv;
 *   <li>{@code slogan_counts.tsv}: occurrences of each planted slogan (not a dictionary term) in
 *       each report (rows > 0); term_counts.tsv holds the dictionary's terms only;
 *   <li>{@code slogans.tsv}: per slogan found in the corpus, the first year a report mentions it,
 *       the number of regions whose reports mention it, its category, planted national start and
 *       profile, and its number of reports and occurrences;
 *   <li>with {@code --topics K} only: {@code topic_words.tsv}, each planted topic's word
 *       distribution φ (every word with its probability, most probable first), and {@code
 *       doc_topics.tsv}, each report's topic proportions θ (a row for each of the K topics, in
 *       order) with the number of its words drawn from that topic.
 * </ul>
 *
 * Documents and counts are streamed as reports arrive (in plan order); adoption and the slogans'
 * summary are kept in memory and written by {@link #close()}. With no slogans, the slogan files
 * hold their header only.
 */
final class TruthWriter implements Closeable {

  static final String DOCUMENTS_HEADER = "source\tformat\tencoding\ttitle\tregion_name\tregion_code\tprovince"
      + "\tprefecture\tadmin_level\treport_year\tpublished_date\tissuer\tn_chars";
  static final String TERM_COUNTS_HEADER = "source\tterm\toccurrences";
  static final String ADOPTION_HEADER = "term\tregion_code\tfirst_year";
  static final String PROFILES_HEADER = "term\tcategory\tnational_start\tprofile\tnever_share\tyearly_uptake";
  static final String SECTION_COUNTS_HEADER = "source\tsection_kind\tterm\toccurrences";
  static final String SLOGAN_COUNTS_HEADER = "source\tslogan\toccurrences";
  static final String SLOGANS_HEADER = "slogan\tfirst_year_national\tn_regions_adopted\tcategory\tplanted_start"
      + "\tprofile\tn_docs\toccurrences";
  static final String TOPIC_WORDS_HEADER = "topic_id\tlabel\tword\tprobability";
  static final String DOC_TOPICS_HEADER = "source\ttopic_id\tweight\tn_words";

  /** What the corpus holds of one slogan. */
  private static final class SloganStats {
    int firstYear = Integer.MAX_VALUE;
    final Set<String> regions = new HashSet<>();
    int docs;
    long occurrences;
  }

  private final Path dir;
  private final List<TermEntry> terms;
  private final int dictionarySize;
  private final List<AdoptionModel.TermProfile> sloganProfiles;
  private final BufferedWriter documents;
  private final BufferedWriter termCounts;
  private final BufferedWriter sectionCounts;
  private final BufferedWriter sloganCounts;
  /** Null without planted topics. */
  private final BufferedWriter docTopics;
  private final SloganStats[] sloganStats;
  /** term index → region code → first year mentioned. */
  private final Map<Integer, Map<String, Integer>> firstYears = new TreeMap<>();

  /** A writer for reports whose counts are of the dictionary's terms only. */
  TruthWriter(Path dir, List<TermEntry> terms) throws IOException {
    this(dir, terms, List.of());
  }

  /**
   * A writer for reports whose counts are of the dictionary's terms followed by the slogans of
   * {@code sloganProfiles} (in that order).
   */
  TruthWriter(Path dir, List<TermEntry> dictionary, List<AdoptionModel.TermProfile> sloganProfiles)
      throws IOException {
    this(dir, dictionary, sloganProfiles, List.of());
  }

  /**
   * A writer as above that also writes the planted topics and, for each report, its topic
   * mixture; with no topics it writes neither file.
   */
  TruthWriter(Path dir, List<TermEntry> dictionary, List<AdoptionModel.TermProfile> sloganProfiles,
      List<PlantedTopic> topics) throws IOException {
    this.dir = dir;
    List<TermEntry> all = new ArrayList<>(dictionary);
    sloganProfiles.forEach(p -> all.add(p.term()));
    this.terms = List.copyOf(all);
    this.dictionarySize = dictionary.size();
    this.sloganProfiles = List.copyOf(sloganProfiles);
    this.sloganStats = new SloganStats[sloganProfiles.size()];
    for (int s = 0; s < sloganStats.length; s++) {
      sloganStats[s] = new SloganStats();
    }
    Files.createDirectories(dir);
    this.documents = open("documents.tsv", DOCUMENTS_HEADER);
    this.termCounts = open("term_counts.tsv", TERM_COUNTS_HEADER);
    this.sectionCounts = open("section_term_counts.tsv", SECTION_COUNTS_HEADER);
    this.sloganCounts = open("slogan_counts.tsv", SLOGAN_COUNTS_HEADER);
    if (topics.isEmpty()) {
      this.docTopics = null;
    } else {
      writeTopicWords(topics);
      this.docTopics = open("doc_topics.tsv", DOC_TOPICS_HEADER);
    }
  }

  private void writeTopicWords(List<PlantedTopic> topics) throws IOException {
    try (BufferedWriter writer = open("topic_words.tsv", TOPIC_WORDS_HEADER)) {
      for (PlantedTopic topic : topics) {
        for (int w = 0; w < topic.words().size(); w++) {
          row(writer, Integer.toString(topic.id()), topic.label(), topic.words().get(w),
              decimal(topic.probability(w)));
        }
      }
    }
  }

  /** Fixed-point, so the files hold no exponents and the same value prints the same. */
  private static String decimal(double value) {
    return String.format(java.util.Locale.ROOT, "%.8f", value);
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
    if (counts.length != terms.size()) {
      throw new IllegalArgumentException(report.plan().source() + ": " + counts.length + " counts for "
          + terms.size() + " terms and slogans");
    }
    int[][] bySection = report.sectionCounts();
    for (int t = 0; t < dictionarySize; t++) {
      if (counts[t] > 0) {
        row(termCounts, plan.source(), terms.get(t).term(), Integer.toString(counts[t]));
        firstYears.computeIfAbsent(t, k -> new HashMap<>()).merge(region.code(), plan.year(), Math::min);
        for (int kind = 0; kind < bySection.length; kind++) {
          if (bySection[kind][t] > 0) {
            row(sectionCounts, plan.source(), ComposedReport.SECTION_KINDS.get(kind), terms.get(t).term(),
                Integer.toString(bySection[kind][t]));
          }
        }
      }
    }
    if (report.topics() != null) {
      if (docTopics == null) {
        throw new IllegalArgumentException(plan.source() + ": a topic mixture, but the writer has no planted topics");
      }
      DocumentTopics topics = report.topics();
      for (int k = 0; k < topics.mixture().topics(); k++) {
        row(docTopics, plan.source(), Integer.toString(k), decimal(topics.mixture().weight(k)),
            Integer.toString(topics.words()[k]));
      }
    }
    for (int t = dictionarySize; t < counts.length; t++) {
      if (counts[t] > 0) {
        row(sloganCounts, plan.source(), terms.get(t).term(), Integer.toString(counts[t]));
        SloganStats stats = sloganStats[t - dictionarySize];
        stats.firstYear = Math.min(stats.firstYear, plan.year());
        stats.regions.add(region.code());
        stats.docs++;
        stats.occurrences += counts[t];
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
    sectionCounts.close();
    sloganCounts.close();
    if (docTopics != null) {
      docTopics.close();
    }
    try (BufferedWriter slogans = open("slogans.tsv", SLOGANS_HEADER)) {
      for (int s = 0; s < sloganStats.length; s++) {
        SloganStats stats = sloganStats[s];
        if (stats.docs == 0) {
          continue;
        }
        AdoptionModel.TermProfile p = sloganProfiles.get(s);
        row(slogans, p.term().term(), Integer.toString(stats.firstYear), Integer.toString(stats.regions.size()),
            p.term().category(), Integer.toString(p.nationalStart()), p.kind().name().toLowerCase(java.util.Locale.ROOT),
            Integer.toString(stats.docs), Long.toString(stats.occurrences));
      }
    }
    try (BufferedWriter adoption = open("adoption.tsv", ADOPTION_HEADER)) {
      for (Map.Entry<Integer, Map<String, Integer>> term : firstYears.entrySet()) {
        for (Map.Entry<String, Integer> region : new TreeMap<>(term.getValue()).entrySet()) {
          row(adoption, terms.get(term.getKey()).term(), region.getKey(), Integer.toString(region.getValue()));
        }
      }
    }
  }
}
