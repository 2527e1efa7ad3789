package org.reportcorpus.udfs.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void firstDateInAnyCommonForm() {
    assertEquals("2018-01-18", Dates.first("生成日期:2018-01-18 公开日期:2018-02-01"));
    assertEquals("2018-02-01", Dates.first("2018/2/1 10:30"));
    assertEquals("2018-02-01", Dates.first("2018.02.01"));
    assertEquals("2025-03-04", Dates.first("2025 年 3 月 4 日"));
    assertEquals("2023-02-28", Dates.first("2023-02-30 then 2023-02-28"));
  }

  @Test
  void noDate() {
    assertNull(Dates.first(null));
    assertNull(Dates.first(""));
    assertNull(Dates.first("014109429/2018-00032"));
    assertNull(Dates.first("2018年度"));
  }

  @Test
  void invalidDatesAreNull() {
    assertNull(Dates.iso("2023", "2", "30"));
    assertEquals("2023-02-28", Dates.iso("2023", "2", "28"));
    assertNull(Dates.iso(null, "1", "1"));
  }
}
