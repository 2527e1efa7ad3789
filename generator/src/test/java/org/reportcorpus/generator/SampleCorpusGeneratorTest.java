package org.reportcorpus.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportcorpus.generator.GeneratedCorpus.Adoption;
import org.reportcorpus.generator.GeneratedCorpus.Document;
import org.reportcorpus.udfs.region.Gazetteer;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.udfs.terms.TermEntry;
import org.reportcorpus.udfs.text.TextNormalizer;

/** Generates 100 reports twice with the same seed and checks them against their own truth. */
class SampleCorpusGeneratorTest {

  private static final int REPORTS = 100;

  @TempDir static Path temp;

  private static GeneratedCorpus corpus;
  private static SampleCorpusGenerator.Summary summary;
  private static Path first;
  private static Path second;

  @BeforeAll
  static void generate() throws IOException {
    first = temp.resolve("first");
    second = temp.resolve("second");
    summary = SampleCorpusGenerator.run(options(first, 7L));
    SampleCorpusGenerator.run(options(second, 7L));
    corpus = GeneratedCorpus.read(first);
  }

  private static GeneratorOptions options(Path out, long seed) {
    return new GeneratorOptions(out, REPORTS, 2015, 2024, seed, Fixtures.terms(), false);
  }

  @Test
  void writesTheRequestedNumberOfReportsInAllThreeFormats() {
    assertEquals(REPORTS, corpus.documents.size());
    assertEquals(REPORTS, summary.reports());
    Map<String, Long> byFolder = corpus.documents.stream()
        .collect(Collectors.groupingBy(d -> d.source().substring(0, d.source().indexOf('/')), Collectors.counting()));
    assertEquals(Set.of("txt-utf8", "txt-gb18030", "jsonl"), byFolder.keySet());
    assertEquals(REPORTS, new HashSet<>(corpus.documents.stream().map(Document::source).toList()).size());
  }

  @Test
  void everyFileDecodesInItsEncoding() {
    for (Document d : corpus.documents) {
      String text = corpus.text(d);
      assertEquals(d.nChars(), text.codePointCount(0, text.length()), d.source());
    }
  }

  @Test
  void gb18030FilesAreNotValidUtf8() {
    List<Document> gb = corpus.documents.stream().filter(d -> d.encoding().equals("gb18030")).toList();
    assertFalse(gb.isEmpty());
    for (Document d : gb) {
      assertFalse(GeneratedCorpus.isValid(corpus.bytes(d.source()), StandardCharsets.UTF_8), d.source());
    }
  }

  @Test
  void termCountsEqualAnIndependentCountOfTheText() {
    Map<String, Pattern> patterns = independentPatterns(TermDictionary.load(Fixtures.terms()));
    int checked = 0;
    for (Document d : corpus.documents) {
      String text = corpus.text(d);
      Map<String, Integer> expected = corpus.counts.getOrDefault(d.source(), Map.of());
      for (Map.Entry<String, Pattern> term : patterns.entrySet()) {
        int found = countMatches(term.getValue(), text);
        assertEquals(expected.getOrDefault(term.getKey(), 0), found, d.source() + " " + term.getKey());
        checked += found;
      }
    }
    assertTrue(checked > REPORTS * 20, "expected many planted mentions, got " + checked);
  }

  @Test
  void adoptionIsTheFirstMentionAndMentionsContinueAfterIt() {
    Map<String, List<Document>> byRegion = corpus.documents.stream()
        .collect(Collectors.groupingBy(Document::regionCode));
    assertFalse(corpus.adoption.isEmpty());
    for (Adoption a : corpus.adoption) {
      for (Document d : byRegion.get(a.regionCode())) {
        int n = corpus.counts.getOrDefault(d.source(), Map.of()).getOrDefault(a.term(), 0);
        if (d.year() >= a.firstYear()) {
          assertTrue(n > 0, a + ": " + d.source() + " of " + d.year() + " does not mention it");
        } else {
          assertEquals(0, n, a + ": " + d.source() + " of " + d.year() + " mentions it before");
        }
      }
    }
    // …and every mention is covered by an adoption row.
    Set<String> adopted = corpus.adoption.stream().map(a -> a.term() + "|" + a.regionCode()).collect(Collectors.toSet());
    for (Document d : corpus.documents) {
      for (String term : corpus.counts.getOrDefault(d.source(), Map.of()).keySet()) {
        assertTrue(adopted.contains(term + "|" + d.regionCode()), term + " in " + d.source());
      }
    }
  }

  @Test
  void sloganCountsEqualAnIndependentCountOfTheTextAndMostAreQuoted() {
    Set<String> slogans = new HashSet<>(Slogans.BUILT_IN.stream().map(Slogans.Slogan::text).toList());
    int total = 0;
    int quoted = 0;
    for (Document d : corpus.documents) {
      String text = corpus.text(d);
      Map<String, Integer> expected = corpus.sloganCounts.getOrDefault(d.source(), Map.of());
      assertTrue(slogans.containsAll(expected.keySet()), expected.toString());
      for (String slogan : slogans) {
        int found = countMatches(Pattern.compile(Pattern.quote(slogan)), text);
        assertEquals(expected.getOrDefault(slogan, 0), found, d.source() + " " + slogan);
        total += found;
        quoted += countMatches(Pattern.compile(Pattern.quote("“" + slogan + "”")), text);
      }
    }
    assertTrue(total > REPORTS, "expected many slogan mentions, got " + total);
    double share = (double) quoted / total;
    assertTrue(share > 0.65 && share < 0.95, "quoted share " + share);
  }

  @Test
  void termCountsHoldOnlyDictionaryTerms() {
    Set<String> terms = new HashSet<>(TermDictionary.load(Fixtures.terms()).entries().stream().map(TermEntry::term)
        .toList());
    for (Map<String, Integer> counts : corpus.counts.values()) {
      assertTrue(terms.containsAll(counts.keySet()), counts.toString());
    }
    assertFalse(corpus.sloganCounts.isEmpty());
  }

  @Test
  void sloganTruthSummarisesTheCountsAndFollowsAdoption() {
    Map<String, Document> bySource = corpus.documents.stream().collect(Collectors.toMap(Document::source, d -> d));
    // slogan → region → years mentioned
    Map<String, Map<String, Set<Integer>>> years = new HashMap<>();
    Map<String, Integer> docs = new HashMap<>();
    Map<String, Long> occurrences = new HashMap<>();
    corpus.sloganCounts.forEach((source, counts) -> counts.forEach((slogan, n) -> {
      Document d = bySource.get(source);
      years.computeIfAbsent(slogan, k -> new HashMap<>()).computeIfAbsent(d.regionCode(), k -> new HashSet<>())
          .add(d.year());
      docs.merge(slogan, 1, Integer::sum);
      occurrences.merge(slogan, (long) n, Long::sum);
    }));
    assertEquals(years.keySet(), corpus.slogans.stream().map(GeneratedCorpus.SloganRow::slogan).collect(Collectors.toSet()));
    assertTrue(corpus.slogans.size() >= 10, corpus.slogans.toString());
    for (GeneratedCorpus.SloganRow row : corpus.slogans) {
      Map<String, Set<Integer>> regions = years.get(row.slogan());
      assertEquals(regions.size(), row.nRegions(), row.toString());
      assertEquals(regions.values().stream().flatMap(Set::stream).min(Integer::compare).orElseThrow(), row.firstYear());
      assertTrue(row.firstYear() >= row.plantedStart(), row.toString());
      assertEquals(docs.get(row.slogan()), row.nDocs());
      assertEquals(occurrences.get(row.slogan()), row.occurrences());
    }
    // once a region's report mentions a slogan, every later report of the region does
    for (Document d : corpus.documents) {
      for (GeneratedCorpus.SloganRow row : corpus.slogans) {
        Set<Integer> mentioned = years.get(row.slogan()).getOrDefault(d.regionCode(), Set.of());
        boolean adopted = mentioned.stream().anyMatch(y -> y <= d.year());
        assertEquals(adopted, mentioned.contains(d.year()), row.slogan() + " in " + d.source());
      }
    }
  }

  @Test
  void slogansLeaveTheTermTruthAsItIsAndCanBeTurnedOff(@TempDir Path dir) throws IOException {
    Path with = dir.resolve("with");
    Path without = dir.resolve("without");
    SampleCorpusGenerator.run(new GeneratorOptions(with, 30, 2015, 2024, 5L, Fixtures.terms(), false, true));
    SampleCorpusGenerator.run(new GeneratorOptions(without, 30, 2015, 2024, 5L, Fixtures.terms(), false, false));
    for (String file : List.of("term_counts.tsv", "adoption.tsv", "term_profiles.tsv")) {
      assertEquals(Files.readString(with.resolve("truth").resolve(file)),
          Files.readString(without.resolve("truth").resolve(file)), file);
    }
    GeneratedCorpus plain = GeneratedCorpus.read(without);
    assertTrue(plain.sloganCounts.isEmpty() && plain.slogans.isEmpty());
    assertFalse(GeneratedCorpus.read(with).sloganCounts.isEmpty());
    for (Document d : plain.documents) {
      String text = plain.text(d);
      assertTrue(Slogans.BUILT_IN.stream().noneMatch(s -> text.contains(s.text())), d.source());
    }
  }

  @Test
  void sameSeedGivesTheSameBytes() throws IOException {
    Map<String, byte[]> a = filesUnder(first);
    Map<String, byte[]> b = filesUnder(second);
    assertEquals(a.keySet(), b.keySet());
    for (String file : a.keySet()) {
      assertArrayEquals(a.get(file), b.get(file), file);
    }
  }

  @Test
  void anotherSeedGivesAnotherCorpus(@TempDir Path other) throws IOException {
    SampleCorpusGenerator.run(new GeneratorOptions(other, 20, 2015, 2024, 8L, Fixtures.terms(), false));
    assertFalse(Files.readString(other.resolve("truth/documents.tsv"))
        .equals(Files.readString(first.resolve("truth/documents.tsv"))));
  }

  @Test
  void textIsAlreadyNormalizedAndTidy() {
    for (Document d : corpus.documents) {
      String text = corpus.text(d);
      assertEquals(text, TextNormalizer.normalize(text), d.source());
      assertFalse(text.contains("  ") || text.contains("\n\n") || text.contains("\r") || text.endsWith("\n"), d.source());
      for (String line : text.split("\n")) {
        assertEquals(line.strip(), line, d.source());
      }
    }
  }

  @Test
  void metadataCanBeReadFromTheText() {
    Gazetteer gazetteer = Gazetteer.bundled();
    for (Document d : corpus.documents) {
      String[] lines = corpus.text(d).split("\n");
      if (d.title().isEmpty()) {
        assertTrue(lines[0].startsWith(d.year() + "年," + d.regionName()), d.source() + ": " + lines[0]);
      } else {
        assertEquals(d.title(), lines[0]);
        assertTrue(d.title().contains(d.regionName()) && d.title().contains(Integer.toString(d.year())), d.title());
      }
      assertEquals(d.issuer(), lines[lines.length - 2], d.source());
      String[] date = d.published().split("-");
      assertEquals(Integer.parseInt(date[0]) + "年" + Integer.parseInt(date[1]) + "月" + Integer.parseInt(date[2]) + "日",
          lines[lines.length - 1]);
      assertEquals(d.year() + 1, Integer.parseInt(date[0]));
      // the name is unique among the divisions in force in the range, and that one is the truth's code
      List<String> codes = gazetteer.byName(d.regionName()).stream()
          .filter(x -> x.lastYear() >= 2015).map(x -> x.code()).distinct().toList();
      assertEquals(List.of(d.regionCode()), codes, d.regionName());
      assertTrue(d.province().endsWith("省") || d.province().endsWith("市") || d.province().endsWith("自治区"));
    }
  }

  @Test
  void reportsHaveTheSectionsOfTheGenre() {
    for (Document d : corpus.documents) {
      String text = corpus.text(d);
      for (String heading : List.of("\n一、", "\n二、", "\n三、", "\n四、", "\n(一)")) {
        assertTrue(text.contains(heading), d.source() + " lacks " + heading);
      }
    }
  }

  @Test
  void jsonlRecordsCarryTitleContentYearAndUrl() {
    for (Document d : corpus.documents) {
      if (!d.format().equals("jsonl")) {
        continue;
      }
      var record = corpus.record(d);
      assertEquals(d.title(), record.get("title").asText());
      assertEquals(d.year(), record.get("year").asInt());
      assertTrue(record.get("url").asText().startsWith("https://example.gov.cn/"));
      String content = record.get("content").asText();
      assertTrue(d.title().isEmpty() || content.startsWith(d.title() + "\n"));
    }
  }

  @Test
  void lengthsSpreadAroundTenThousandCharacters() {
    assertTrue(summary.minChars() >= 2000, "min " + summary.minChars());
    assertTrue(summary.maxChars() <= 45_000, "max " + summary.maxChars());
    assertTrue(summary.meanChars() > 7000 && summary.meanChars() < 13_000, "mean " + summary.meanChars());
    assertTrue(summary.maxChars() > 2 * summary.minChars());
  }

  @Test
  void refusesToWriteOverAnEarlierRunUnlessTold() throws IOException {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SampleCorpusGenerator.run(options(first, 7L)));
    assertTrue(e.getMessage().startsWith("--out:"), e.getMessage());
  }

  @Test
  void overwriteReplacesAnEarlierRun(@TempDir Path out) throws IOException {
    SampleCorpusGenerator.run(new GeneratorOptions(out, 30, 2018, 2020, 1L, Fixtures.terms(), false));
    SampleCorpusGenerator.run(new GeneratorOptions(out, 5, 2018, 2020, 1L, Fixtures.terms(), true));
    assertEquals(5, GeneratedCorpus.read(out).documents.size());
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(5, files.filter(f -> f.toString().endsWith(".txt")).count()
          + GeneratedCorpus.read(out).documents.stream().filter(d -> d.format().equals("jsonl")).count());
    }
  }

  @Test
  void worksWithAnotherDictionaryAndDropsFillerThatHoldsItsTerms(@TempDir Path dir) throws IOException {
    // 法治督察 and 审批流程 occur in the built-in filler; they must be kept out of it.
    Path terms = dir.resolve("terms.tsv");
    Files.writeString(terms, "term\tcategory\taliases\n法治督察\t监督\n审批流程\t政务服务\t办事流程\n数字政府\t数字化\n"
        + "普法\t法治宣传\n谁执法谁普法\t法治宣传\n");
    Path out = dir.resolve("out");
    SampleCorpusGenerator.run(new GeneratorOptions(out, 40, 2016, 2023, 3L, terms, false));
    GeneratedCorpus other = GeneratedCorpus.read(out);
    Map<String, Pattern> patterns = independentPatterns(TermDictionary.load(terms));
    Map<String, Integer> totals = new HashMap<>();
    for (Document d : other.documents) {
      String text = other.text(d);
      for (Map.Entry<String, Pattern> term : patterns.entrySet()) {
        int found = countMatches(term.getValue(), text);
        assertEquals(other.counts.getOrDefault(d.source(), Map.of()).getOrDefault(term.getKey(), 0), found,
            d.source() + " " + term.getKey());
        totals.merge(term.getKey(), found, Integer::sum);
      }
    }
    assertTrue(totals.get("普法") >= totals.get("谁执法谁普法"));
  }

  /** Leftmost-longest, non-overlapping matches of a term's forms: Java regex alternation, longest first. */
  static Map<String, Pattern> independentPatterns(TermDictionary dictionary) {
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    for (TermEntry entry : dictionary.entries()) {
      List<String> forms = new ArrayList<>(entry.surfaceForms());
      forms.sort(Comparator.comparingInt(String::length).reversed());
      patterns.put(entry.term(), Pattern.compile(forms.stream().map(Pattern::quote).collect(Collectors.joining("|"))));
    }
    return patterns;
  }

  static int countMatches(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static Map<String, byte[]> filesUnder(Path root) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
