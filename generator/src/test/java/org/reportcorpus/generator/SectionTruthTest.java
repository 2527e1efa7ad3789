package org.reportcorpus.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportcorpus.generator.GeneratedCorpus.Document;
import org.reportcorpus.udfs.analysis.DocumentAnalyzer;
import org.reportcorpus.udfs.region.Gazetteer;
import org.reportcorpus.udfs.sections.Section;
import org.reportcorpus.udfs.terms.TermDictionary;

/**
 * The per-section truth: it adds up to the term counts, and the project's section splitter finds
 * the same parts of the same kinds with the same counts in them.
 */
class SectionTruthTest {

  private static final int REPORTS = 100;
  /** The kinds the splitter must agree on; 'other' (preamble, title, signature) may differ. */
  private static final List<String> PART_KINDS = List.of("achievements", "responsibility", "shortcomings", "plans");

  @TempDir static Path temp;

  private static GeneratedCorpus corpus;
  private static GeneratedCorpus departments;
  private static DocumentAnalyzer analyzer;
  private static Map<String, Pattern> patterns;

  @BeforeAll
  static void generate() throws IOException {
    SampleCorpusGenerator.run(new GeneratorOptions(temp.resolve("regions"), REPORTS, 2015, 2024, 11L, Fixtures.terms(),
        false));
    corpus = GeneratedCorpus.read(temp.resolve("regions"));
    // 11 regions of one prefecture over two years hold 22 government reports; the rest are departments'.
    SampleCorpusGenerator.run(new GeneratorOptions(temp.resolve("departments"), 40, 2022, 2023, 12L, Fixtures.terms(),
        false), suzhou());
    departments = GeneratedCorpus.read(temp.resolve("departments"));
    analyzer = DocumentAnalyzer.load(Fixtures.repoRoot().resolve("conf"));
    patterns = SampleCorpusGeneratorTest.independentPatterns(TermDictionary.load(Fixtures.terms()));
  }

  /** The bundled gazetteer cut down to 江苏省, 苏州市 and 苏州's districts and cities. */
  private static Gazetteer suzhou() throws IOException {
    try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String kept = all.lines().filter(l -> l.startsWith("code\t") || l.startsWith("320000\t") || l.startsWith("3205"))
          .collect(Collectors.joining("\n", "", "\n"));
      return Gazetteer.parse(new StringReader(kept));
    }
  }

  @Test
  void sectionCountsAddUpToTheTermCounts() {
    for (GeneratedCorpus c : List.of(corpus, departments)) {
      Set<String> sources = c.documents.stream().map(Document::source).collect(Collectors.toSet());
      assertTrue(sources.containsAll(c.sectionCounts.keySet()));
      for (Document d : c.documents) {
        Map<String, Integer> sums = new HashMap<>();
        c.sectionCounts.getOrDefault(d.source(), Map.of()).forEach((kind, terms) -> {
          assertTrue(ComposedReport.SECTION_KINDS.contains(kind), kind);
          terms.forEach((term, n) -> {
            assertTrue(n > 0);
            sums.merge(term, n, Integer::sum);
          });
        });
        assertEquals(c.counts.getOrDefault(d.source(), Map.of()), sums, d.source());
      }
    }
  }

  @Test
  void mostMentionsAreInTheAchievementsAndEveryPartHoldsSome() {
    Map<String, Integer> byKind = new LinkedHashMap<>();
    corpus.sectionCounts.values().forEach(kinds -> kinds.forEach(
        (kind, terms) -> terms.values().forEach(n -> byKind.merge(kind, n, Integer::sum))));
    assertEquals(Set.copyOf(ComposedReport.SECTION_KINDS), byKind.keySet(), byKind.toString());
    int total = byKind.values().stream().mapToInt(Integer::intValue).sum();
    assertTrue(byKind.get("achievements") > total / 2, byKind.toString());
    assertTrue(byKind.get("plans") > byKind.get("shortcomings"), byKind.toString());
  }

  @Test
  void theSectionSplitterFindsThePlantedCountsInEachKind() {
    assertSplitterAgrees(corpus);
  }

  @Test
  void departmentReportsSplitTheSameWay() {
    assertSplitterAgrees(departments);
  }

  private static void assertSplitterAgrees(GeneratedCorpus c) {
    int checked = 0;
    for (Document d : c.documents) {
      String text = c.text(d);
      List<Section> sections = analyzer.analyze(text, d.title().isEmpty() ? null : d.title(), d.year()).sections();
      List<String> kinds = sections.stream().map(Section::kind).filter(PART_KINDS::contains).toList();
      assertEquals(PART_KINDS, kinds, d.source() + ": " + sections.stream().map(s -> s.kind() + " " + s.heading())
          .toList());
      Map<String, Map<String, Integer>> planted = c.sectionCounts.getOrDefault(d.source(), Map.of());
      for (String kind : PART_KINDS) {
        // A part is its heading line and its text (the duty heading may name 第一责任人).
        String part = sections.stream().filter(s -> s.kind().equals(kind))
            .map(s -> s.heading() == null ? s.text() : s.heading() + "\n" + s.text())
            .collect(Collectors.joining("\n"));
        for (Map.Entry<String, Pattern> term : patterns.entrySet()) {
          int found = SampleCorpusGeneratorTest.countMatches(term.getValue(), part);
          assertEquals(planted.getOrDefault(kind, Map.of()).getOrDefault(term.getKey(), 0), found,
              d.source() + " " + kind + " " + term.getKey());
          checked += found;
        }
      }
    }
    assertTrue(checked > c.documents.size() * 10, "expected many mentions in the parts, got " + checked);
  }

  @Test
  void departmentReportsComeWhenTheRegionsYearsAreTakenAndCarryTheirRegion() {
    Map<String, List<Document>> byLevel = departments.documents.stream()
        .collect(Collectors.groupingBy(Document::adminLevel));
    List<Document> government = departments.documents.stream().filter(d -> !d.adminLevel().equals("department")).toList();
    Set<String> regions = government.stream().map(Document::regionCode).collect(Collectors.toSet());
    assertEquals(regions.size() * 2, government.size(), "every region reports in both years");
    assertEquals(40 - government.size(), byLevel.get("department").size());
    Map<String, Document> governmentByCode = government.stream()
        .collect(Collectors.toMap(Document::regionCode, d -> d, (a, b) -> a));
    for (Document d : byLevel.get("department")) {
      Document own = governmentByCode.get(d.regionCode());
      assertEquals(own.regionName(), d.regionName());
      assertEquals(own.province(), d.province());
      assertEquals(own.prefecture(), d.prefecture());
      assertTrue(d.issuer().startsWith(d.regionName()) && !d.issuer().equals(own.issuer()), d.issuer());
      assertTrue(d.title().isEmpty() || d.title().startsWith(d.issuer()), d.title());
    }
    // A department uses its region's adoption: in a year its region's government mentions a
    // term or slogan, so does the department, and the other way round.
    for (Document d : byLevel.get("department")) {
      Document own = government.stream().filter(g -> g.regionCode().equals(d.regionCode()) && g.year() == d.year())
          .findFirst().orElseThrow();
      assertEquals(departments.counts.getOrDefault(own.source(), Map.of()).keySet(),
          departments.counts.getOrDefault(d.source(), Map.of()).keySet(), d.source());
      assertEquals(departments.sloganCounts.getOrDefault(own.source(), Map.of()).keySet(),
          departments.sloganCounts.getOrDefault(d.source(), Map.of()).keySet(), d.source());
    }
    assertFalse(departments.adoption.isEmpty());
    assertTrue(departments.adoption.stream().allMatch(a -> regions.contains(a.regionCode())));
  }
}
