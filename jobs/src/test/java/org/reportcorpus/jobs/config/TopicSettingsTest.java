package org.reportcorpus.jobs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicSettingsTest {

  private static TopicSettings of(Map<String, String> settings) {
    return TopicSettings.fromConfig(CorpusConfig.of(settings, List.of()));
  }

  @Test
  void defaultsFollowTheIssueAndTheListsOfTheRulesFolder() {
    TopicSettings settings = of(Map.of("corpus.rules", "/etc/corpus"));
    assertEquals(List.of(10, 15, 20, 30, 40), settings.ks());
    assertEquals("gibbs", settings.optimizer());
    assertEquals(300, settings.maxIter());
    assertEquals(100, settings.sweepIter());
    assertEquals(2, settings.restarts());
    assertEquals(new TopicSettings.Gibbs(5, 0.01, 10, 50), settings.gibbs());
    assertEquals("documents", settings.units());
    assertEquals("/etc/corpus/stopwords.txt", settings.stopwordsPath());
    assertEquals("/etc/corpus/report_words.txt", settings.reportWordsPath());
    assertEquals(10, settings.coherenceTerms());
  }

  @Test
  void readsTheSweepAndSortsIt() {
    TopicSettings settings = of(Map.of("corpus.topics.k", "20, 5,10,5", "corpus.topics.optimizer", "em",
        "corpus.topics.units", "sections", "corpus.topics.section_kinds", "plans"));
    assertEquals(List.of(5, 10, 20), settings.ks());
    assertEquals("em", settings.optimizer());
    assertEquals(List.of("plans"), settings.sectionKinds());
  }

  @Test
  void badValuesNameTheirKey() {
    for (Map<String, String> bad : List.of(
        Map.of("corpus.topics.k", "1"),
        Map.of("corpus.topics.k", "ten"),
        Map.of("corpus.topics.optimizer", "sampling"),
        Map.of("corpus.topics.gibbs.beta", "0"),
        Map.of("corpus.topics.gibbs.sync_sweeps", "0"),
        Map.of("corpus.topics.sweep_sample", "5"),
        Map.of("corpus.topics.report_words.min_year_share", "1.5"),
        Map.of("corpus.topics.units", "pages"),
        Map.of("corpus.topics.restarts", "0"),
        Map.of("corpus.topics.min_doc_weight", "1.5"))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> of(bad));
      String key = bad.keySet().iterator().next();
      assertTrue(e.getMessage().startsWith(key), e.getMessage());
    }
  }
}
