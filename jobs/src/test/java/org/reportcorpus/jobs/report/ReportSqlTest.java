package org.reportcorpus.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's SQL as text: literals quoted safely, the scope in every filter. */
class ReportSqlTest {

  private static final ReportParams NATIONAL =
      new ReportParams(2023, 2022, Scope.NATIONAL, List.of("数字政府", "it's \\ odd"), true);
  private static final ReportParams GUANGDONG =
      new ReportParams(2023, 2021, Scope.parse("province:44"), List.of("数字政府"), true);

  @Test
  void literalsEscapeQuotesAndBackslashes() {
    assertEquals("'数字政府'", ReportSql.literal("数字政府"));
    assertEquals("'it\\'s \\\\ odd'", ReportSql.literal("it's \\ odd"));
    assertEquals("('数字政府', 'it\\'s \\\\ odd')", new ReportSql(NATIONAL).termList());
  }

  @Test
  void theNationalReportReadsTheHeadlineView() {
    ReportSql sql = new ReportSql(NATIONAL);
    assertEquals("SELECT * FROM corpus.term_trends_national", sql.trendSlice());
    assertTrue(sql.movers().contains("prev.year = 2022"));
    assertTrue(sql.movers().contains("WHERE cur.year = 2023"));
    assertFalse(sql.coverageByArea().contains("prefecture"));
    assertTrue(sql.adoptionCurve().contains("scope = 'national'"));
  }

  @Test
  void aProvinceReportFiltersEveryQueryToItsProvince() {
    ReportSql sql = new ReportSql(GUANGDONG);
    assertEquals("SELECT * FROM corpus.term_trends WHERE geo_level = 'province' AND geo_code = '440000'"
        + " AND doc_type = 'all' AND section_kind = 'all'", sql.trendSlice());
    for (String query : List.of(sql.headline(), sql.coverageByType(), sql.coverageByArea(), sql.newPhrases(),
        sql.adoptionByPrefecture())) {
      assertTrue(query.contains("province_code = '440000'"), query);
    }
    assertTrue(sql.coverageByArea().contains("prefecture_code AS code"));
    assertTrue(sql.adoptionCurve().contains("scope = '广东省'"));
    assertTrue(sql.topicTrends().contains("scope = '广东省'"));
  }
}
