package org.reportcorpus.udfs.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendSeriesTest {

  /** Wilson interval for 5 of 20 at 95 %: (0.1119, 0.4687), as published tables give it. */
  @Test
  void wilsonIntervalMatchesTheTextbookValue() {
    assertEquals(0.1119, TrendSeries.wilsonLow(5, 20), 1e-4);
    assertEquals(0.4687, TrendSeries.wilsonHigh(5, 20), 1e-4);
    assertEquals(0.0, TrendSeries.wilsonLow(0, 10), 1e-12);
    assertEquals(1.0, TrendSeries.wilsonHigh(10, 10), 1e-12);
  }

  @Test
  void everyTermInEveryCellWithZerosAndAMovingAverageOverTheYearsPresent() {
    List<TrendSeries.Cell> cells = List.of( // out of order on purpose; no 2021
        new TrendSeries.Cell(2022, "某市", 5, 0, Map.of("数字政府", new TrendSeries.Mention(5, 9))),
        new TrendSeries.Cell(2019, "某市", 4, 20000, Map.of("数字政府", new TrendSeries.Mention(1, 2))),
        new TrendSeries.Cell(2020, "某市", 2, 10000,
            Map.of("数字政府", new TrendSeries.Mention(2, 4), "放管服", new TrendSeries.Mention(1, 1))));
    List<TrendSeries.Measure> rows = TrendSeries.measure(cells, List.of("数字政府", "放管服"), 1);
    assertEquals(6, rows.size(), "two terms in three cells");

    TrendSeries.Measure y2019 = find(rows, "数字政府", 2019);
    assertEquals(0.25, y2019.docShare(), 1e-12);
    assertEquals(1.0, y2019.per10kChars(), 1e-12); // 2 per 20,000 chars
    assertEquals(TrendSeries.wilsonLow(1, 4), y2019.low(), 0.0);
    assertEquals((0.25 + 1.0) / 2, y2019.docShareSmoothed(), 1e-12, "2019 and 2020");
    assertEquals((1.0 + 4.0) / 2, y2019.per10kCharsSmoothed(), 1e-12);
    TrendSeries.Measure y2020 = find(rows, "数字政府", 2020);
    assertEquals((0.25 + 1.0) / 2, y2020.docShareSmoothed(), 1e-12, "2021 has no cell, 2022 is two years on");
    TrendSeries.Measure y2022 = find(rows, "数字政府", 2022);
    assertEquals(1.0, y2022.docShareSmoothed(), 1e-12, "alone in its window");
    assertEquals(0.0, y2022.per10kChars(), 0.0, "no characters counted: 0, not a division by zero");

    TrendSeries.Measure absent = find(rows, "放管服", 2019);
    assertEquals(0, absent.mentioning());
    assertEquals(0, absent.occurrences());
    assertEquals(0.0, absent.docShare(), 0.0);
    assertEquals((0.0 + 0.5) / 2, absent.docShareSmoothed(), 1e-12);
  }

  @Test
  void cellsOfOneYearShareTheirWindow() {
    List<TrendSeries.Cell> cells = List.of(
        new TrendSeries.Cell(2020, "甲", 2, 100, Map.of("t", new TrendSeries.Mention(2, 2))),
        new TrendSeries.Cell(2020, "乙", 4, 100, Map.of("t", new TrendSeries.Mention(1, 1))),
        new TrendSeries.Cell(2021, "甲", 1, 100, Map.of()));
    // a window of one year: a year's cells (two names of one code) are averaged together, as
    // peers in a range frame are
    List<TrendSeries.Measure> oneYear = TrendSeries.measure(cells, List.of("t"), 0);
    assertEquals((1.0 + 0.25) / 2, oneYear.get(0).docShareSmoothed(), 1e-12);
    assertEquals((1.0 + 0.25) / 2, oneYear.get(1).docShareSmoothed(), 1e-12);
    assertEquals(0.0, oneYear.get(2).docShareSmoothed(), 0.0);
    List<TrendSeries.Measure> smoothed = TrendSeries.measure(cells, List.of("t"), 1);
    // every cell within a year of 2020 counts: both names of 2020 and 2021's
    assertEquals((1.0 + 0.25 + 0.0) / 3, smoothed.get(0).docShareSmoothed(), 1e-12);
  }

  private static TrendSeries.Measure find(List<TrendSeries.Measure> rows, String term, int year) {
    return rows.stream().filter(m -> m.term().equals(term) && m.cell().year() == year).findFirst().orElseThrow();
  }
}
