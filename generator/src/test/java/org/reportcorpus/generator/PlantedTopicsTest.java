package org.reportcorpus.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportcorpus.udfs.segment.Segmenter;
import org.reportcorpus.udfs.stats.Stopwords;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.udfs.text.TextNormalizer;

class PlantedTopicsTest {

  /** Words every report uses, whatever it is about: no topic may be told by them. */
  private static final Set<String> GENERIC = Set.of("推进", "加强", "工作", "进一步", "建设", "发展", "全面", "落实",
      "服务", "管理", "群众", "安全", "质量", "提升", "完善", "项目", "治理", "监管", "政府", "社会", "经济");

  private static final List<PlantedTopic> TOPICS = PlantedTopics.builtIn();

  @Test
  void tenTopicsOfTwentyFiveWordsWithZipfProbabilities() {
    assertEquals(10, TOPICS.size());
    assertEquals(PlantedTopics.COUNT, TOPICS.size());
    for (PlantedTopic topic : TOPICS) {
      assertEquals(25, topic.words().size(), topic.label());
      double sum = 0;
      for (int w = 0; w < topic.words().size(); w++) {
        sum += topic.probability(w);
        assertEquals(topic.probability(0) / (w + 1), topic.probability(w), 1e-12, topic.label());
      }
      assertEquals(1.0, sum, 1e-9, topic.label());
      assertEquals(TOPICS.indexOf(topic), topic.id());
    }
  }

  @Test
  void aFewWordsAreSharedWithExactlyOneOtherTopic() {
    Map<String, Integer> topicsOf = new HashMap<>();
    TOPICS.forEach(t -> t.words().forEach(w -> topicsOf.merge(w, 1, Integer::sum)));
    assertTrue(topicsOf.values().stream().allMatch(n -> n <= 2), topicsOf.toString());
    for (PlantedTopic topic : TOPICS) {
      long shared = topic.words().stream().filter(w -> topicsOf.get(w) == 2).count();
      assertTrue(shared >= 3 && shared <= 5, topic.label() + " shares " + shared);
    }
  }

  @Test
  void wordsAreShortNormalizedContentWordsAndNoTerms() throws IOException {
    TermCounter terms = new TermCounter(TermDictionary.load(Fixtures.terms()));
    Set<String> stopwords = Stopwords.parse(Files.readString(Fixtures.repoRoot().resolve("conf/stopwords.txt")));
    for (PlantedTopic topic : TOPICS) {
      for (String word : topic.words()) {
        assertTrue(word.length() >= 2 && word.length() <= 4, word);
        assertTrue(word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), word);
        assertEquals(word, TextNormalizer.normalize(word));
        assertFalse(GENERIC.contains(word) || stopwords.contains(word), word + " is a generic word");
        assertFalse(terms.containsAny(word), word + " holds a term");
        // no Chinese numeral: a line starting with one could pass for a numbered heading
        assertTrue(word.chars().noneMatch(c -> "一二三四五六七八九十".indexOf(c) >= 0), word);
      }
    }
  }

  /**
   * The consumer's view: a topic paragraph segmented like the tokens table (HanLP standard, the
   * vocabulary in its custom dictionary) gives back each planted word as one token tagged n…, v…
   * or a…, in order, and nothing but punctuation beside them.
   */
  @Test
  void everyPlantedWordSegmentsAsOneContentToken() {
    List<String> dictionary = TermDictionary.load(Fixtures.terms()).entries().stream()
        .flatMap(e -> e.surfaceForms().stream()).toList();
    List<String> all = TOPICS.stream().flatMap(t -> t.words().stream()).distinct().toList();
    for (int round = 0; round < 12; round++) {
      Random rng = new Random(round);
      List<String> words = new ArrayList<>(all);
      words.addAll(all);
      Collections.shuffle(words, rng);
      StringBuilder text = new StringBuilder();
      TopicReportComposer.paragraphs(text, words, rng);
      Segmenter.Tokens tokens = Segmenter.segment(text.toString(), dictionary);
      List<String> content = new ArrayList<>();
      for (int i = 0; i < tokens.words().size(); i++) {
        String tag = tokens.tags().get(i);
        if (tag.startsWith("w")) {
          continue;
        }
        String word = tokens.words().get(i);
        int at = i;
        assertTrue(tag.startsWith("n") || tag.startsWith("v") || tag.startsWith("a"), () -> word + "/" + tag + " in "
            + tokens.words().subList(Math.max(0, at - 3), Math.min(tokens.words().size(), at + 3)));
        content.add(word);
      }
      assertEquals(words, content);
    }
  }

  @Test
  void vettingDropsWordsHoldingAnotherDictionarysTermsAndRenormalizes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("terms.tsv");
    Files.writeString(file, "term\tcategory\taliases\n污水\t生态\n企业\t营商\t水质\n");
    TermCounter counter = new TermCounter(TermDictionary.load(file));
    List<PlantedTopic> vetted = PlantedTopics.vetted(3, counter, TextNormalizer::normalize);
    assertEquals(3, vetted.size());
    assertEquals(List.of(0, 1, 2), vetted.stream().map(PlantedTopic::id).toList());
    assertFalse(vetted.get(0).words().contains("污水") || vetted.get(0).words().contains("水质"));
    assertFalse(vetted.get(1).words().contains("企业") || vetted.get(1).words().contains("企业家"));
    assertEquals(23, vetted.get(0).words().size());
    assertEquals(TOPICS.get(2).words(), vetted.get(2).words());
    for (PlantedTopic topic : vetted) {
      assertEquals(1.0, topic.words().stream().mapToDouble(topic::probability).sum(), 1e-9);
    }
    // the kept words keep their relative weights
    assertEquals(TOPICS.get(0).probability("污染") / TOPICS.get(0).probability("排放"),
        vetted.get(0).probability("污染") / vetted.get(0).probability("排放"), 1e-9);
  }

  @Test
  void vettingFailsWhenATopicKeepsTooFewWords(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("terms.tsv");
    StringBuilder rows = new StringBuilder("term\tcategory\taliases\n");
    TOPICS.get(1).words().subList(0, 20).forEach(w -> rows.append(w).append("\t营商\n"));
    Files.writeString(file, rows);
    TermCounter counter = new TermCounter(TermDictionary.load(file));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PlantedTopics.vetted(2, counter, TextNormalizer::normalize));
    assertTrue(e.getMessage().startsWith("--topics: topic 营商环境 keeps only"), e.getMessage());
    assertEquals(1, PlantedTopics.vetted(1, counter, TextNormalizer::normalize).size());
  }

  @Test
  void drawingFollowsTheProbabilities() {
    PlantedTopic topic = TOPICS.get(4);
    Random rng = new Random(3);
    Map<String, Integer> counts = new HashMap<>();
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      counts.merge(topic.draw(rng), 1, Integer::sum);
    }
    for (String word : topic.words()) {
      double p = topic.probability(word);
      double sd = Math.sqrt(n * p * (1 - p));
      assertEquals(n * p, counts.getOrDefault(word, 0), 5 * sd, word);
    }
    assertEquals(0.0, topic.probability("不在其中"));
  }

  @Test
  void rejectsDuplicateWordsAndBadWeights() {
    assertThrows(IllegalArgumentException.class, () -> new PlantedTopic(0, "x", List.of("河道", "河道"),
        new double[] {1, 1}));
    assertThrows(IllegalArgumentException.class, () -> new PlantedTopic(0, "x", List.of("河道", "水质"),
        new double[] {1, 0}));
    assertThrows(IllegalArgumentException.class, () -> new PlantedTopic(0, "x", List.of("河道"), new double[] {1, 1}));
  }
}
