package org.reportcorpus.jobs.ingest.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RecordFieldsTest {

  @Test
  void parsesYearHints() {
    assertEquals(2021, RecordFields.parseYear("2021"));
    assertEquals(2021, RecordFields.parseYear(" 2021年 "));
    assertEquals(2021, RecordFields.parseYear("2021-03-04"));
    assertEquals(null, RecordFields.parseYear("21"));
    assertEquals(null, RecordFields.parseYear("二〇二一年"));
  }
}
