package org.reportcorpus.udfs.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateSelectionTest {

  @Test
  void leavesOutPhrasesOverlappingABetterOne() {
    List<String> ranked = List.of("诉前一站清", "推行诉前一站清", "晒单问效", "一站清", "诉前一站清相关", "三色督办");
    assertEquals(List.of("诉前一站清", "晒单问效", "三色督办"), CandidateSelection.select(ranked.iterator(), 10));
  }

  @Test
  void stopsReadingOnceTheLimitIsReached() {
    Iterator<String> ranked = Arrays.asList("三色督办", "晒单问效", "一表通核", null).iterator();
    assertEquals(List.of("三色督办", "晒单问效"), CandidateSelection.select(ranked, 2));
    assertEquals("一表通核", ranked.next());
  }

  @Test
  void nullAndEmptyPhrasesAreSkipped() {
    assertEquals(List.of("三色督办"), CandidateSelection.select(Arrays.asList(null, "", "三色督办").iterator(), 5));
    assertEquals(List.of(), CandidateSelection.select(List.<String>of().iterator(), 5));
  }
}
