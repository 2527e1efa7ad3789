package org.reportcorpus.jobs.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusShapeTest {

  @Test
  void theMiddleYearSplitsTheDatedDocumentsInHalves() {
    CorpusShape shape = new CorpusShape(110, 1000, Map.of(2018, 30L, 2019, 20L, 2020, 25L, 2021, 25L));
    assertEquals(2020, shape.middleYear());
    assertEquals(50, shape.docsBefore(2020));
    assertEquals(50, shape.docsFrom(2020));
  }

  @Test
  void twoEqualYearsSplitBetweenThem() {
    assertEquals(2021, new CorpusShape(20, 0, Map.of(2020, 10L, 2021, 10L)).middleYear());
  }

  @Test
  void oneYearHasNothingEarlyAndNoYearHasNoMiddle() {
    CorpusShape oneYear = new CorpusShape(5, 0, Map.of(2020, 5L));
    assertEquals(2020, oneYear.middleYear());
    assertEquals(0, oneYear.docsBefore(oneYear.middleYear()));
    assertEquals(Integer.MIN_VALUE, new CorpusShape(3, 0, Map.of()).middleYear());
  }
}
