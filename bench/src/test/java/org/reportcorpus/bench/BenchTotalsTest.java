package org.reportcorpus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench's summary lines: the format scripts read, and the log-log slope. */
class BenchTotalsTest {

  @Test
  void theTotalLineHasItsExactShape() {
    assertEquals("TOTAL 812.4 s for 30000 reports (299000000 chars), peak heap 3890 MB",
        new BenchCommand.Total(30_000, 299_000_000L, 812.37, 3890L << 20).line());
  }

  @Test
  void linearTimeHasSlopeOne() {
    assertEquals(1.0, BenchCommand.slope(List.of(new BenchCommand.Total(3_000, 1, 30, 0),
        new BenchCommand.Total(10_000, 1, 100, 0), new BenchCommand.Total(30_000, 1, 300, 0))), 1e-9);
  }

  @Test
  void quadraticTimeHasSlopeTwoAndAFixedCostBendsItBelowOne() {
    assertEquals(2.0, BenchCommand.slope(List.of(new BenchCommand.Total(1_000, 1, 1, 0),
        new BenchCommand.Total(4_000, 1, 16, 0))), 1e-9);
    // 60 s of start-up plus 0.01 s per report: less than linear over this range
    double slope = BenchCommand.slope(List.of(new BenchCommand.Total(3_000, 1, 90, 0),
        new BenchCommand.Total(10_000, 1, 160, 0), new BenchCommand.Total(30_000, 1, 360, 0)));
    assertEquals(0.60, slope, 0.01);
  }
}
