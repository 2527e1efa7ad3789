package org.reportcorpus.jobs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CooccurrenceSettingsTest {

  @Test
  void defaultKeepsEveryPairThatCoOccurs() {
    assertEquals(1, CooccurrenceSettings.fromConfig(CorpusConfig.of(Map.of(), List.of())).minBoth());
    assertEquals(5, CooccurrenceSettings.fromConfig(
        CorpusConfig.of(Map.of(CooccurrenceSettings.MIN_BOTH, "5"), List.of())).minBoth());
  }

  @Test
  void badValuesNameTheKey() {
    for (String bad : List.of("0", "x")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CooccurrenceSettings.fromConfig(
          CorpusConfig.of(Map.of(CooccurrenceSettings.MIN_BOTH, bad), List.of())));
      assertTrue(e.getMessage().startsWith("corpus.cooccurrence.min_both:"), e.getMessage());
    }
  }
}
