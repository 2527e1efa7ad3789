package org.reportcorpus.jobs.trends;

import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.testing.SharedSpark;

class TermTrendsTest {

  /** Wilson interval for 5 of 20 at 95 %: (0.1119, 0.4687), as published tables give it. */
  @Test
  void wilsonIntervalMatchesTheTextbookValue() {
    Row row = SharedSpark.get().range(1).select(
        TermTrends.wilsonLow(lit(5L), lit(20L)), TermTrends.wilsonHigh(lit(5L), lit(20L)),
        TermTrends.wilsonLow(lit(0L), lit(10L)), TermTrends.wilsonHigh(lit(10L), lit(10L))).first();
    assertEquals(0.1119, row.getDouble(0), 1e-4);
    assertEquals(0.4687, row.getDouble(1), 1e-4);
    assertEquals(0.0, row.getDouble(2), 1e-12);
    assertEquals(1.0, row.getDouble(3), 1e-12);
  }
}
