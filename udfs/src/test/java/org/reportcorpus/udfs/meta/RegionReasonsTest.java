package org.reportcorpus.udfs.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.region.Gazetteer;

class RegionReasonsTest {

  private static final RegionReasons REASONS = new RegionReasons(Gazetteer.bundled());

  @Test
  void aNameOfSeveralDivisions() {
    assertEquals("ambiguous: 朝阳区 (110105, 220104)", REASONS.explain("朝阳区2023年法治政府建设年度报告", null, 2023));
    assertEquals("ambiguous: 朝阳区 (110105, 220104)", REASONS.explain(null, "2023年,朝阳区坚持依法行政。", null));
  }

  @Test
  void noName() {
    assertEquals("no place name in title or opening", REASONS.explain("法治政府建设年度报告", "2023年,我区坚持依法行政。", 2023));
  }

  @Test
  void namesThatWereNotTaken() {
    assertEquals("no reporting region among places named: 江苏省, 苏州市",
        REASONS.explain(null, "在江苏省委、苏州市委的坚强领导下,我们坚持依法行政。", 2023));
  }

  @Test
  void nullAndBlank() {
    assertEquals("no text", REASONS.explain(null, null, null));
    assertEquals("no text", REASONS.explain(" ", "", 2020));
  }
}
