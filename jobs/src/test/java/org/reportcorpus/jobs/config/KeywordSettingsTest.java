package org.reportcorpus.jobs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeywordSettingsTest {

  @Test
  void defaultsWithTheStopwordsInTheRulesFolder() {
    KeywordSettings settings = KeywordSettings.fromConfig(CorpusConfig.of(Map.of("corpus.rules", "/etc/corpus"), List.of()));

    assertEquals(new KeywordSettings(50, List.of("/etc/corpus/stopwords.txt", "/etc/corpus/report_words.txt"), List.of("n", "v"),
        Set.of("nr", "nr1", "nr2", "nrf", "nrj", "ns", "nsf", "nt", "vshi", "vyou", "vf"), 2), settings);
  }

  @Test
  void readsEveryKey() {
    KeywordSettings settings = KeywordSettings.fromConfig(CorpusConfig.of(Map.of(
        KeywordSettings.TOP_K, "10",
        KeywordSettings.STOPWORDS, "hdfs:///conf/stop.txt",
        KeywordSettings.POS_PREFIXES, "nz, vn",
        KeywordSettings.EXCLUDE_POS, "",
        KeywordSettings.MIN_LENGTH, "3"), List.of()));

    // an empty exclude_pos falls back to the default, as every empty key does
    assertEquals(10, settings.topK());
    assertEquals(List.of("hdfs:///conf/stop.txt"), settings.stopwordsPaths());
    assertEquals(List.of("nz", "vn"), settings.posPrefixes());
    assertEquals(3, settings.minLength());
  }

  @Test
  void badValuesNameTheKey() {
    IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class,
        () -> KeywordSettings.fromConfig(CorpusConfig.of(Map.of(KeywordSettings.TOP_K, "many"), List.of())));
    assertTrue(notANumber.getMessage().startsWith("corpus.keywords.top_k:"), notANumber.getMessage());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> KeywordSettings.fromConfig(CorpusConfig.of(Map.of(KeywordSettings.TOP_K, "0"), List.of())));
    assertTrue(zero.getMessage().startsWith("corpus.keywords.top_k:"), zero.getMessage());
    IllegalArgumentException noTags = assertThrows(IllegalArgumentException.class,
        () -> KeywordSettings.fromConfig(CorpusConfig.of(Map.of(KeywordSettings.POS_PREFIXES, " , "), List.of())));
    assertTrue(noTags.getMessage().startsWith("corpus.keywords.pos_prefixes:"), noTags.getMessage());
  }
}
