package org.reportcorpus.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportcorpus.generator.GeneratedCorpus.DocTopic;
import org.reportcorpus.generator.GeneratedCorpus.Document;
import org.reportcorpus.generator.GeneratedCorpus.TopicWord;
import org.reportcorpus.udfs.analysis.Analysis;
import org.reportcorpus.udfs.analysis.DocumentAnalyzer;
import org.reportcorpus.udfs.meta.DocumentMetadata;
import org.reportcorpus.udfs.sections.Section;
import org.reportcorpus.udfs.terms.TermDictionary;

/**
 * {@code generate --topics 10}: 200 reports drawn from the planted topics, generated twice with
 * the same seed, checked against their topic truth, the term truth and the ingest's reading.
 */
class TopicReportComposerTest {

  private static final int REPORTS = 200;
  private static final int K = PlantedTopics.COUNT;

  @TempDir static Path temp;

  private static Path first;
  private static Path second;
  private static GeneratedCorpus corpus;
  private static List<PlantedTopic> topics;
  /** source → θ. */
  private static Map<String, double[]> theta;
  /** source → words drawn from each topic, per the truth. */
  private static Map<String, int[]> drawn;

  @BeforeAll
  static void generate() throws IOException {
    first = temp.resolve("first");
    second = temp.resolve("second");
    SampleCorpusGenerator.run(options(first, REPORTS, K, 5L));
    SampleCorpusGenerator.run(options(second, REPORTS, K, 5L));
    corpus = GeneratedCorpus.read(first);
    topics = PlantedTopics.builtIn();
    theta = new LinkedHashMap<>();
    drawn = new LinkedHashMap<>();
    for (DocTopic row : corpus.docTopics) {
      theta.computeIfAbsent(row.source(), s -> new double[K])[row.topic()] = row.weight();
      drawn.computeIfAbsent(row.source(), s -> new int[K])[row.topic()] = row.nWords();
    }
  }

  private static GeneratorOptions options(Path out, int reports, int k, long seed) {
    return new GeneratorOptions(out, reports, 2015, 2024, seed, Fixtures.terms(), false, true, k);
  }

  /** A report's body: its two parts' sentences, each a list of words. */
  private record Body(List<List<String>> achievements, List<List<String>> plans) {

    List<String> words() {
      return Stream.concat(achievements.stream(), plans.stream()).flatMap(List::stream).toList();
    }

    static Body of(String text) {
      String[] lines = text.split("\n");
      int one = indexOf(lines, "一、");
      int two = indexOf(lines, "二、");
      // the last two lines are the issuer and the date
      return new Body(sentences(lines, one + 1, two), sentences(lines, two + 1, lines.length - 2));
    }

    private static int indexOf(String[] lines, String prefix) {
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].startsWith(prefix)) {
          return i;
        }
      }
      throw new AssertionError("no line starts with " + prefix);
    }

    private static List<List<String>> sentences(String[] lines, int from, int to) {
      List<List<String>> sentences = new ArrayList<>();
      for (String line : Arrays.asList(lines).subList(from, to)) {
        assertTrue(line.endsWith("。"), line);
        for (String sentence : line.substring(0, line.length() - 1).split("。")) {
          sentences.add(List.of(sentence.split("[,、]")));
        }
      }
      return sentences;
    }
  }

  @Test
  void theSameSeedGivesTheSameBytes() throws IOException {
    Map<String, byte[]> a = filesUnder(first);
    Map<String, byte[]> b = filesUnder(second);
    assertEquals(a.keySet(), b.keySet());
    assertTrue(a.keySet().containsAll(List.of("truth/topic_words.tsv", "truth/doc_topics.tsv")), a.keySet().toString());
    for (String file : a.keySet()) {
      assertArrayEquals(a.get(file), b.get(file), file);
    }
  }

  @Test
  void topicWordsAreTheBuiltInTopics() {
    assertEquals(K * 25, corpus.topicWords.size());
    Map<Integer, Double> sums = new HashMap<>();
    int row = 0;
    for (PlantedTopic topic : topics) {
      for (int w = 0; w < topic.words().size(); w++) {
        TopicWord truth = corpus.topicWords.get(row++);
        assertEquals(topic.id(), truth.topic());
        assertEquals(topic.label(), truth.label());
        assertEquals(topic.words().get(w), truth.word());
        assertEquals(topic.probability(w), truth.probability(), 1e-8);
        sums.merge(truth.topic(), truth.probability(), Double::sum);
      }
    }
    sums.values().forEach(sum -> assertEquals(1.0, sum, 1e-6));
  }

  @Test
  void everyReportHasThetaOverKTopicsAndItsWordsAddUp() {
    assertEquals(REPORTS * K, corpus.docTopics.size());
    assertEquals(corpus.documents.stream().map(Document::source).toList(), List.copyOf(theta.keySet()));
    for (Document d : corpus.documents) {
      assertEquals(1.0, Arrays.stream(theta.get(d.source())).sum(), 1e-6, d.source());
      int words = Body.of(corpus.text(d)).words().size();
      assertTrue(words >= TopicReportComposer.MIN_WORDS && words <= TopicReportComposer.MAX_WORDS, d.source());
      assertEquals(words, Arrays.stream(drawn.get(d.source())).sum(), d.source());
    }
  }

  @Test
  void bodiesAreSentencesOfPlantedWordsTwoThirdsInTheAchievements() {
    Set<String> vocabulary = topics.stream().flatMap(t -> t.words().stream()).collect(Collectors.toSet());
    for (Document d : corpus.documents) {
      Body body = Body.of(corpus.text(d));
      for (List<String> sentence : Stream.concat(body.achievements().stream(), body.plans().stream()).toList()) {
        assertTrue(sentence.size() >= TopicReportComposer.MIN_SENTENCE
            && sentence.size() <= TopicReportComposer.MAX_SENTENCE, d.source() + ": " + sentence);
        assertTrue(vocabulary.containsAll(sentence), d.source() + ": " + sentence);
      }
      int all = body.words().size();
      int achieved = body.achievements().stream().mapToInt(List::size).sum();
      assertEquals(Math.round(all * TopicReportComposer.ACHIEVEMENTS_SHARE), achieved, d.source());
    }
  }

  /**
   * Each topic's share of the corpus' words is what θ promises: Σ_d n_dk within five standard
   * deviations of Σ_d θ_dk·N_d.
   */
  @Test
  void eachTopicsWordsAreWhatThetaPromises() {
    for (int k = 0; k < K; k++) {
      double expected = 0;
      double variance = 0;
      long observed = 0;
      for (Document d : corpus.documents) {
        int n = Arrays.stream(drawn.get(d.source())).sum();
        double w = theta.get(d.source())[k];
        expected += n * w;
        variance += n * w * (1 - w);
        observed += drawn.get(d.source())[k];
      }
      assertEquals(expected, observed, 5 * Math.sqrt(variance) + 1, "topic " + k);
    }
  }

  /**
   * The words of the text follow the mixture: each word's count in the corpus is within five
   * standard deviations of Σ_d N_d Σ_k θ_dk φ_k(w), and the whole distribution is close in total
   * variation. A composer that ignored θ or φ would fail this.
   */
  @Test
  void wordFrequenciesInTheTextFollowThePlantedMixture() {
    Map<String, Double> expected = new HashMap<>();
    Map<String, Integer> observed = new HashMap<>();
    long total = 0;
    for (Document d : corpus.documents) {
      List<String> words = Body.of(corpus.text(d)).words();
      total += words.size();
      words.forEach(w -> observed.merge(w, 1, Integer::sum));
      double[] th = theta.get(d.source());
      for (PlantedTopic topic : topics) {
        for (int w = 0; w < topic.words().size(); w++) {
          expected.merge(topic.words().get(w), words.size() * th[topic.id()] * topic.probability(w), Double::sum);
        }
      }
    }
    double distance = 0;
    for (Map.Entry<String, Double> word : expected.entrySet()) {
      double e = word.getValue();
      int o = observed.getOrDefault(word.getKey(), 0);
      distance += Math.abs(o - e);
      if (e >= 30) {
        assertEquals(e, o, 5 * Math.sqrt(e), word.getKey());
      }
    }
    distance /= 2 * total;
    assertTrue(distance < 0.05, "total variation " + distance);
    assertTrue(total > REPORTS * 300L);
  }

  @Test
  void aReportMostlyAboutOneTopicIsMostlyItsWords() {
    int checked = 0;
    for (Document d : corpus.documents) {
      double[] th = theta.get(d.source());
      int top = 0;
      for (int k = 1; k < K; k++) {
        top = th[k] > th[top] ? k : top;
      }
      if (th[top] < 0.7) {
        continue;
      }
      Set<String> own = new HashSet<>(topics.get(top).words());
      List<String> words = Body.of(corpus.text(d)).words();
      long inTopic = words.stream().filter(own::contains).count();
      assertTrue(inTopic >= 0.6 * words.size(), d.source() + ": " + inTopic + " of " + words.size());
      checked++;
    }
    assertTrue(checked >= 10, "only " + checked + " reports are mostly about one topic");
  }

  /** The ingest's pure-Java analysis reads region, year, issuer, date, type and both parts. */
  @Test
  void theIngestReadsTheMetadataAndFindsTheParts() {
    DocumentAnalyzer analyzer = DocumentAnalyzer.load(Fixtures.repoRoot().resolve("conf"));
    for (Document d : corpus.documents) {
      String text = corpus.text(d);
      Analysis analysis = analyzer.analyze(text, null, null);
      DocumentMetadata meta = analysis.metadata();
      assertNotNull(meta.region(), () -> d.source() + ": " + meta.unresolvedRegionReason());
      assertEquals(d.regionCode(), meta.region().regionCode(), d.source());
      assertEquals(d.year(), meta.reportYear(), d.source());
      assertEquals(d.issuer(), meta.issuer(), d.source());
      assertEquals(d.published(), meta.publishedDate(), d.source());
      assertEquals("annual_report", meta.docType(), d.source());
      assertTrue(analysis.stripped().isEmpty(), d.source() + ": " + analysis.stripped());
      List<Section> parts = analysis.sections().stream().filter(s -> !s.kind().equals("other")).toList();
      assertEquals(List.of("achievements", "plans"), parts.stream().map(Section::kind).toList(), d.source());
      Body body = Body.of(text);
      assertEquals(String.join("", body.achievements().stream().flatMap(List::stream).toList()),
          parts.get(0).text().replaceAll("[,、。\\s]", ""), d.source());
    }
  }

  /** No term or slogan is planted, and the term truth is what the text holds: nothing here. */
  @Test
  void theTermTruthHoldsForTheText() {
    Map<String, Pattern> patterns = SampleCorpusGeneratorTest.independentPatterns(TermDictionary.load(Fixtures.terms()));
    for (Document d : corpus.documents) {
      String text = corpus.text(d);
      for (Map.Entry<String, Pattern> term : patterns.entrySet()) {
        assertEquals(corpus.counts.getOrDefault(d.source(), Map.of()).getOrDefault(term.getKey(), 0),
            SampleCorpusGeneratorTest.countMatches(term.getValue(), text), d.source() + " " + term.getKey());
      }
      for (Slogans.Slogan slogan : Slogans.BUILT_IN) {
        assertFalse(text.contains(slogan.text()), d.source() + " " + slogan.text());
      }
    }
    assertTrue(corpus.sloganCounts.isEmpty() && corpus.slogans.isEmpty());
    assertTrue(corpus.counts.isEmpty() && corpus.sectionCounts.isEmpty() && corpus.adoption.isEmpty());
  }

  @Test
  void fewerTopicsDrawOnlyFromTheFirstK(@TempDir Path out) throws IOException {
    SampleCorpusGenerator.run(options(out, 30, 3, 6L));
    GeneratedCorpus three = GeneratedCorpus.read(out);
    assertEquals(Set.of(0, 1, 2), three.topicWords.stream().map(TopicWord::topic).collect(Collectors.toSet()));
    assertEquals(30 * 3, three.docTopics.size());
    Set<String> vocabulary = topics.subList(0, 3).stream().flatMap(t -> t.words().stream()).collect(Collectors.toSet());
    for (Document d : three.documents) {
      assertTrue(vocabulary.containsAll(Body.of(three.text(d)).words()), d.source());
    }
  }

  @Test
  void withoutTopicsNoTopicTruthIsWritten(@TempDir Path out) throws IOException {
    SampleCorpusGenerator.run(new GeneratorOptions(out, 5, 2015, 2024, 6L, Fixtures.terms(), false));
    assertFalse(Files.exists(out.resolve("truth/topic_words.tsv")));
    assertFalse(Files.exists(out.resolve("truth/doc_topics.tsv")));
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
