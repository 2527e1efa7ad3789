package org.reportcorpus.jobs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.testing.Fixtures;

class CandidateSettingsTest {

  private static CandidateSettings of(Map<String, String> settings) {
    return CandidateSettings.fromConfig(CorpusConfig.of(settings, List.of()));
  }

  @Test
  void defaults() {
    CandidateSettings settings = of(Map.of());
    assertEquals(500, settings.topK());
    assertEquals(3, settings.minRegions());
    assertEquals(5, settings.minDocs());
    assertEquals(2, settings.quotedMinChars());
    assertEquals(12, settings.quotedMaxChars());
    assertEquals(4, settings.ngramMinLength());
    assertEquals(8, settings.ngramMaxLength());
    assertEquals(4, settings.ngramSeedLength());
    assertEquals(0.9, settings.ngramClosureRatio());
    assertTrue(settings.stopPhrases().contains("进一步"));
    assertEquals(List.of("放管服"), settings.quotedPhrases().extract("深化“放管服”改革"));
  }

  @Test
  void theConfFileListsTheBuiltInDefaults() {
    Map<String, String> conf = CorpusConfig.readConfFile(Fixtures.repoRoot().resolve("conf/corpus.conf"), true);
    assertTrue(conf.keySet().stream().filter(k -> k.startsWith("corpus.candidates.")).count() >= 20);
    assertEquals(of(Map.of()), of(conf));
  }

  @Test
  void keysOverrideDefaults() {
    CandidateSettings settings = of(Map.of(CandidateSettings.TOP_K, "50", CandidateSettings.NGRAM_MIN_LENGTH, "3",
        CandidateSettings.STOP_PHRASES, "甲乙, 丙丁 ,", CandidateSettings.NEWWORD_MIN_COUNT, "9"));
    assertEquals(50, settings.topK());
    assertEquals(3, settings.ngramSeedLength());
    assertEquals(List.of("甲乙", "丙丁"), settings.stopPhrases());
    assertEquals(9, settings.newWords().minCount());
  }

  @Test
  void badValuesFailNamingTheKey() {
    IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class,
        () -> of(Map.of(CandidateSettings.TOP_K, "many")));
    assertEquals("corpus.candidates.top_k: expected a whole number but got many", notANumber.getMessage());
    IllegalArgumentException outOfRange = assertThrows(IllegalArgumentException.class,
        () -> of(Map.of(CandidateSettings.NGRAM_CLOSURE_RATIO, "1.5")));
    assertTrue(outOfRange.getMessage().startsWith("corpus.candidates.ngram.closure_ratio:"), outOfRange.getMessage());
    IllegalArgumentException hanlp = assertThrows(IllegalArgumentException.class,
        () -> of(Map.of(CandidateSettings.NEWWORD_MIN_LENGTH, "1")));
    assertTrue(hanlp.getMessage().startsWith("corpus.candidates.newword.*:"), hanlp.getMessage());
  }
}
