package org.reportcorpus.udfs.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.analysis.TestCorpus;

class SectionSplitterTest {

  /** The project's rules, from conf/sections.tsv. */
  private static final SectionSplitter CONF = TestCorpus.rules().sections();

  private static List<Section> split(String text, String docType, Integer year) {
    return CONF.split(text, text.length(), docType, year);
  }

  @Test
  void nullAndBlankText() {
    assertEquals(List.of(), CONF.split(null, 0, null, null));
    assertEquals(List.of(), split("", null, null));
    assertEquals(List.of(), split(" \n ", null, null));
  }

  @Test
  void textWithoutHeadingsIsAllPreamble() {
    assertEquals(List.of(new Section(0, "other", null, "今年以来,某市持续推进法治政府建设。")),
        split("今年以来,某市持续推进法治政府建设。\n", "news", null));
  }

  @Test
  void numberedPartsOfAnAnnualReport() {
    String text = String.join("\n",
        "某县2023年法治政府建设年度报告",
        "2023年,某县坚持依法行政。",
        "一、主要举措和成效",
        "(一)政府职能深刻转变。有序开展权责清单工作。",
        "(二)行政执法严格规范。",
        "二、党政主要负责人履行推进法治建设第一责任人职责情况",
        "一是深入学习。二是带头述法。",
        "三、存在的不足和原因",
        "一是责任有待压实。",
        "四、2024年推进法治政府建设的主要安排",
        "一是强化责任落实。");
    assertEquals(List.of(
            new Section(0, "other", null, "某县2023年法治政府建设年度报告\n2023年,某县坚持依法行政。"),
            new Section(1, "achievements", "一、主要举措和成效", "(一)政府职能深刻转变。有序开展权责清单工作。\n(二)行政执法严格规范。"),
            new Section(2, "responsibility", "二、党政主要负责人履行推进法治建设第一责任人职责情况", "一是深入学习。二是带头述法。"),
            new Section(3, "shortcomings", "三、存在的不足和原因", "一是责任有待压实。"),
            new Section(4, "plans", "四、2024年推进法治政府建设的主要安排", "一是强化责任落实。")),
        split(text, "annual_report", 2023));
  }

  @Test
  void headingsInsideParagraphsJoinedBySpaces() {
    String text = "某市人民政府: 2022年,某市坚持依法行政。现将有关情况报告如下: 一、党政主要负责人履行推进法治建设第一责任人职责情况 "
        + "(一)党委引领。做好统筹谋划,推动权责统一、精简高效。 二、推进法治政府建设的主要举措和成效 (一)队伍建设。 "
        + "三、存在的不足和原因 基层力量薄弱。 四、2023年度工作计划 2023年,某市将继续推进。";
    List<Section> sections = split(text, "annual_report", 2022);
    assertEquals(List.of(0, 1, 2, 3, 4), sections.stream().map(Section::ordinal).toList());
    assertEquals(List.of("other", "responsibility", "achievements", "shortcomings", "plans"),
        sections.stream().map(Section::kind).toList());
    assertEquals("一、党政主要负责人履行推进法治建设第一责任人职责情况", sections.get(1).heading());
    assertEquals("(一)党委引领。做好统筹谋划,推动权责统一、精简高效。", sections.get(1).text());
    assertEquals("四、2023年度工作计划", sections.get(4).heading());
    assertEquals("2023年,某市将继续推进。", sections.get(4).text());
  }

  @Test
  void outOfSequenceNumbersAreNotHeadings() {
    String text = "序言。\n一、第一部分\n甲。\n一、不是标题\n乙。\n二、第二部分\n丙。\n四、也不是标题";
    List<Section> sections = split(text, "other", null);
    assertEquals(List.of("一、第一部分", "二、第二部分"), sections.stream().skip(1).map(Section::heading).toList());
    assertEquals("甲。\n一、不是标题\n乙。", sections.get(1).text());
    assertEquals("丙。\n四、也不是标题", sections.get(2).text());
  }

  @Test
  void aSingleNumberedPartFallsBackToTheNextLevel() {
    String text = "一、总体情况\n(一)成效明显。甲。\n(二)存在问题。乙。";
    List<Section> sections = split(text, "annual_report", null);
    assertEquals(List.of(
            new Section(0, "other", null, "一、总体情况"),
            new Section(1, "achievements", "(一)成效明显", "甲。"),
            new Section(2, "shortcomings", "(二)存在问题", "乙。")),
        sections);
  }

  @Test
  void oneShiHeadingsAtLineStartsAreATopLevelToo() {
    String text = "2017年,我市坚持依法行政。\n一是在部署推进上扎实作为。修订工作规则。\n二是在能力提升上有效作为。加强学法。";
    List<Section> sections = split(text, "annual_report", 2017);
    assertEquals("一是在部署推进上扎实作为", sections.get(1).heading());
    assertEquals("修订工作规则。", sections.get(1).text());
    assertEquals("achievements", sections.get(2).kind());
  }

  @Test
  void anUnnumberedClosingPartOfPlans() {
    String text = "一、精心组织,有力推进法治政府建设\n甲。\n二、健全机制,依法化解矛盾纠纷\n乙。\n"
        + "2018年是全面贯彻党的十九大精神的开局之年。我市将认真学习贯彻。\n一是加强部署。";
    List<Section> sections = split(text, "annual_report", 2017);
    assertEquals(List.of(
            new Section(1, "achievements", "一、精心组织,有力推进法治政府建设", "甲。"),
            new Section(2, "achievements", "二、健全机制,依法化解矛盾纠纷", "乙。"),
            new Section(3, "plans", null, "2018年是全面贯彻党的十九大精神的开局之年。我市将认真学习贯彻。\n一是加强部署。")),
        sections);
  }

  @Test
  void aBreakInsideAPlansPartStaysThere() {
    String text = "一、工作回顾\n甲。\n二、下一步工作安排\n乙。\n下一步,我县将继续努力。";
    List<Section> sections = split(text, "annual_report", 2023);
    assertEquals(2, sections.size());
    assertEquals("乙。\n下一步,我县将继续努力。", sections.get(1).text());
  }

  @Test
  void theSignatureIsNotPartOfTheLastSection() {
    String text = "一、成效\n甲。\n二、问题和不足\n乙。\n某县人民政府\n2024年1月5日";
    int signature = text.indexOf("某县人民政府");
    List<Section> sections = CONF.split(text, signature, "annual_report", 2023);
    assertEquals("乙。", sections.get(1).text());
    assertEquals(List.of(), CONF.split(text, -5, null, null));
  }

  @Test
  void headingYearsAgainstTheReportYear() {
    String text = "一、2024年度法治政府建设概况\n甲。\n二、2025年度法治政府建设\n乙。";
    List<Section> sections = split(text, "other", 2024);
    assertEquals(List.of("achievements", "plans"), sections.stream().map(Section::kind).toList());
    assertEquals(List.of("other", "other"), split(text, "other", null).stream().map(Section::kind).toList());
  }

  @Test
  void workReportParts() {
    String text = "各位代表:\n现在,我代表国务院,向大会报告政府工作。\n一、2023年工作回顾\n甲。\n二、2024年经济社会发展总体要求和政策取向\n乙。\n"
        + "三、2024年政府工作任务\n丙。\n四、切实加强政府自身建设\n丁。";
    assertEquals(List.of("other", "achievements", "plans", "plans", "plans"),
        split(text, "work_report", 2023).stream().map(Section::kind).toList());
  }

  @Test
  void emptyRulesMakeEverythingPreamble() {
    assertEquals(List.of(new Section(0, "other", null, "一、甲\n二、乙")),
        SectionSplitter.parse("").split("一、甲\n二、乙", 7, "annual_report", 2020));
  }

  @Test
  void headingsNeverRunIntoTheNextOne() {
    List<Section> sections = split("1. 2. 3. 4. 1. 2.", null, null);
    assertEquals(List.of("1.", "2.", "3.", "4. 1."), sections.stream().map(Section::heading).toList());
    assertEquals(List.of("", "", "", "2."), sections.stream().map(Section::text).toList());
  }

  @Test
  void chineseNumerals() {
    assertEquals(1, SectionSplitter.number("一"));
    assertEquals(10, SectionSplitter.number("十"));
    assertEquals(12, SectionSplitter.number("十二"));
    assertEquals(20, SectionSplitter.number("二十"));
    assertEquals(35, SectionSplitter.number("三十五"));
    assertEquals(7, SectionSplitter.number("7"));
    assertEquals(-1, SectionSplitter.number("一二"));
    assertEquals(-1, SectionSplitter.number(""));
    assertEquals(-1, SectionSplitter.number(null));
  }

  @Test
  void classifyWithoutAHeadingIsOther() {
    assertEquals("other", CONF.classify(null, "annual_report", 2023));
    assertEquals("other", CONF.classify("附件", "annual_report", 2023));
  }

  @Test
  void rulesAreReadFromTheirOwnFormat() {
    SectionSplitter rules = SectionSplitter.parse(String.join("\n",
        "rule\targ\tpattern",
        "heading\t1\t第(?<num>[一二三四五六七八九十]+)部分",
        "plans\tnews,other\t打算",
        "shortcomings\t*\t问题"));
    String text = "第一部分 工作打算\n甲\n第二部分 问题\n乙";
    assertEquals(List.of(new Section(1, "plans", "第一部分 工作打算", "甲"), new Section(2, "shortcomings", "第二部分 问题", "乙")),
        rules.split(text, text.length(), "other", null));
    assertEquals("other", rules.classify("第一部分 工作打算", "annual_report", null));
  }

  @Test
  void badRulesNameTheirLine() {
    assertEquals("sections.tsv:1: a heading pattern needs a (?<num>…) group holding the number",
        assertThrows(IllegalArgumentException.class, () -> SectionSplitter.parse("heading\t1\t[一二]、")).getMessage());
    assertEquals("sections.tsv:1: heading rank must be a number but got 'a'",
        assertThrows(IllegalArgumentException.class, () -> SectionSplitter.parse("heading\ta\t(?<num>一)、")).getMessage());
    assertEquals("sections.tsv:1: kind must be one of the five kinds but got 'plan'",
        assertThrows(IllegalArgumentException.class, () -> SectionSplitter.parse("break\tplan\t下一步"))
            .getMessage().replaceAll("\\[.*\\]", "the five kinds"));
    assertEquals("sections.tsv:2: a year>report rule needs a (?<year>…) group in its pattern",
        assertThrows(IllegalArgumentException.class, () -> SectionSplitter.parse("\nplans\tyear>report\t\\d+年")).getMessage());
    assertEquals("sections.tsv: no rules given (null)",
        assertThrows(IllegalArgumentException.class, () -> SectionSplitter.parse(null)).getMessage());
    assertEquals("sections.tsv:1: unknown rule 'title' (expected heading, break or one of the five kinds)",
        assertThrows(IllegalArgumentException.class, () -> SectionSplitter.parse("title\t*\tx"))
            .getMessage().replaceAll("\\[.*\\]", "the five kinds"));
  }
}
