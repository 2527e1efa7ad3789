package org.reportcorpus.udfs.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.analysis.TestCorpus;
import org.reportcorpus.udfs.meta.HeadRules.IssuerSource;
import org.reportcorpus.udfs.meta.HeadRules.RegionSource;
import org.reportcorpus.udfs.meta.HeadRules.YearSource;
import org.reportcorpus.udfs.region.AdminLevel;

class HeadRulesTest {

  /** The project's rules, from conf/head_rules.tsv. */
  private static final HeadRules RULES = TestCorpus.rules().head();

  /** The patterns and a genre for each doc type: the smallest valid file, with {@code extra} rows. */
  private static String minimal(String... extra) {
    StringBuilder tsv = new StringBuilder("rule\tkey\tvalue\n")
        .append("delivery\t-\t在(?<place>\\p{IsHan}*?)第(?<national>全国)?\n")
        .append("speaker\t-\t(?<place>\\p{IsHan}*?)(?<title>省长)\n");
    for (String type : List.of("work_report", "annual_report", "news", "other")) {
      tsv.append("region\t").append(type).append("\thead\n")
          .append("year\t").append(type).append("\t-\n")
          .append("issuer\t").append(type).append("\tsignature\n");
    }
    for (String row : extra) {
      tsv.append(row).append('\n');
    }
    return tsv.toString();
  }

  private static String error(String tsv) {
    return assertThrows(IllegalArgumentException.class, () -> HeadRules.parse(tsv)).getMessage();
  }

  @Test
  void eachGenreKeepsItsOwnSources() {
    assertEquals(new HeadRules.Genre(
            List.of(RegionSource.CONGRESS, RegionSource.SPEAKER, RegionSource.HEAD),
            List.of(YearSource.DELIVERY_BEFORE, YearSource.TITLE_BEFORE, YearSource.GIVEN_BEFORE,
                YearSource.DATELINE_BEFORE),
            List.of(IssuerSource.NATIONAL, IssuerSource.GOVERNMENT, IssuerSource.SIGNATURE, IssuerSource.PUBLISHER)),
        RULES.of(DocType.WORK_REPORT));
    assertEquals(new HeadRules.Genre(List.of(RegionSource.HEAD), List.of(YearSource.TITLE, YearSource.OPENING),
        List.of(IssuerSource.SIGNATURE, IssuerSource.PUBLISHER)), RULES.of(DocType.ANNUAL_REPORT));
    assertEquals(new HeadRules.Genre(List.of(RegionSource.HEAD), List.of(), List.of(IssuerSource.SOURCE)),
        RULES.of(DocType.NEWS));
  }

  @Test
  void aDepartmentReplacesTheIssuerOfAnnualReportsOnly() {
    assertEquals(List.of(IssuerSource.SIGNATURE, IssuerSource.PUBLISHER, IssuerSource.DEPARTMENT),
        RULES.of(DocType.ANNUAL_REPORT, true).issuer());
    assertEquals(List.of(IssuerSource.SIGNATURE, IssuerSource.PUBLISHER), RULES.of(DocType.ANNUAL_REPORT, false).issuer());
    assertEquals(RULES.of(DocType.NEWS), RULES.of(DocType.NEWS, true), "a press article about a department is press");
    assertEquals(RULES.of(DocType.WORK_REPORT), RULES.of(DocType.WORK_REPORT, true));
  }

  @Test
  void speakerTitlesAllowLevels() {
    assertEquals(Set.of(AdminLevel.PROVINCE), RULES.levelsOf("省长"));
    assertEquals(Set.of(AdminLevel.PROVINCE, AdminLevel.PREFECTURE, AdminLevel.COUNTY), RULES.levelsOf("市长"));
    assertEquals(Set.of(AdminLevel.COUNTY), RULES.levelsOf("县长"));
    assertEquals(Set.of(AdminLevel.NATIONAL), RULES.levelsOf("国务院总理"));
    assertEquals(Set.of(), RULES.levelsOf("主任"), "a title not listed allows any level");
    assertEquals(Set.of(), RULES.levelsOf(null));
  }

  @Test
  void theProjectPatternsReadTheirGroups() {
    var congress = RULES.delivery().matcher("——2026年1月27日在湖南省第十四届人民代表大会第四次会议上");
    assertTrue(congress.find());
    assertEquals("湖南省", congress.group("place"));
    var national = RULES.delivery().matcher("——2024年3月5日在第十四届全国人民代表大会第二次会议上");
    assertTrue(national.find());
    assertEquals("全国", national.group("national"));
    var speaker = RULES.speaker().matcher("湖南省代省长 王明");
    assertTrue(speaker.find());
    assertEquals("湖南省", speaker.group("place"));
    assertEquals("省长", speaker.group("title"));
  }

  @Test
  void aMinimalFileParses() {
    HeadRules rules = HeadRules.parse(minimal("speaker_title\t省长\tprovince"));
    assertEquals(List.of(), rules.of(DocType.NEWS).year());
    assertEquals(Set.of(AdminLevel.PROVINCE), rules.levelsOf("省长"));
  }

  @Test
  void badRulesFailNamingTheLine() {
    assertEquals("head_rules.tsv:2: unknown rule 'place' (expected delivery, speaker, speaker_title, region, year or issuer)",
        error("rule\tkey\tvalue\nplace\t-\tx"));
    assertEquals("head_rules.tsv:1: a delivery pattern needs a (?<national>…) group",
        error("delivery\t-\t在(?<place>.*)"));
    assertEquals("head_rules.tsv:1: a speaker pattern needs a (?<title>…) group",
        error("speaker\t-\t(?<place>.*)长"));
    assertTrue(error(minimal("region\tpress\thead")).endsWith(
        "genre must be one of [annual_report, department, news, other, work_report] but got 'press'"));
    assertTrue(error(minimal("region\twork_report\tcongress,title")).endsWith(
        "region source must be one of [congress, speaker, head] but got 'title'"));
    assertTrue(error(minimal("year\twork_report\tdelivery")).endsWith(
        "year source must be one of [delivery-1, title-1, given-1, dateline-1, title, opening] but got 'delivery'"));
    assertTrue(error(minimal("region\twork_report\thead,congress")).endsWith(
        "head must be the last region source: the congress and speaker lines are tried first"));
    assertTrue(error(minimal("region\tdepartment\thead")).endsWith(
        "department sets year and issuer only: its region is known before the genre"));
    assertTrue(error(minimal("speaker_title\t省长\tstate")).endsWith(
        "level must be one of national, province, prefecture, county but got 'state'"));
  }

  @Test
  void missingRulesFail() {
    assertEquals("head_rules.tsv: no rules given (null)", error(null));
    assertEquals("head_rules.tsv: a delivery and a speaker pattern are required", error(""));
    String withoutNews = minimal().replace("issuer\tnews\tsignature\n", "");
    assertEquals("head_rules.tsv: news needs a region, a year and an issuer rule", error(withoutNews));
  }
}
