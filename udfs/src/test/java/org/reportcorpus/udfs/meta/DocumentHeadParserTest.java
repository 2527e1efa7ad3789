package org.reportcorpus.udfs.meta;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.analysis.TestCorpus;
import org.reportcorpus.udfs.clean.CleanedText;

class DocumentHeadParserTest {

  /** The head of a normalized text, stripped with the conf rules first (as the analyzer does). */
  private static DocumentHead head(String text, String title) {
    CleanedText cleaned = TestCorpus.rules().boilerplate().strip(text);
    return DocumentHeadParser.parse(text, cleaned, null, title, TestCorpus.rules().head());
  }

  @Test
  void anAnnualReport() {
    String text = "常熟市2024年度法治政府建设年度报告\n苏州市人民政府:\n2024年,常熟坚持依法行政,全面推进法治政府建设。\n"
        + "一、主要举措\n(一)完善制度。\n常熟市人民政府\n2025年3月4日";
    DocumentHead head = head(text, null);
    assertAll(
        () -> assertEquals("常熟市2024年度法治政府建设年度报告", head.title()),
        () -> assertEquals("苏州市人民政府", head.addressee()),
        () -> assertEquals(text.substring(text.indexOf("2024年,常熟")), head.opening()),
        () -> assertEquals(2024, head.titleYear()),
        () -> assertEquals(2024, head.openingYear()),
        () -> assertNull(head.deliveryYear()),
        () -> assertEquals(new Signature("常熟市人民政府", "2025-03-04", text.indexOf("常熟市人民政府\n2025")),
            head.signature()),
        // the chosen title, then the same line read from the text
        () -> assertEquals(List.of("常熟市2024年度法治政府建设年度报告", "常熟市2024年度法治政府建设年度报告"),
            head.body().titles()),
        () -> assertEquals(List.of("苏州市人民政府"), head.body().addressees()),
        () -> assertEquals(List.of("常熟市人民政府"), head.body().issuers()),
        () -> assertEquals("", head.body().preamble()),
        () -> assertEquals(2024, head.body().firstYear()),
        () -> assertNull(head.withChrome()));
  }

  @Test
  void aWorkReportWithItsDeliveryLine() {
    String text = "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表:\n"
        + "现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协委员提出意见。";
    DocumentHead head = head(text, "政府工作报告");
    assertAll(
        () -> assertEquals("政府工作报告", head.title()),
        () -> assertEquals(2024, head.deliveryYear()),
        () -> assertEquals("2024-03-05", head.deliveryDate()),
        () -> assertNull(head.addressee()),
        () -> assertEquals(text.substring(text.indexOf("现在")), head.opening()),
        () -> assertNull(head.titleYear()),
        () -> assertEquals(new Signature(null, null, text.length()), head.signature()),
        () -> assertEquals(new DocumentHead.Delivery("——2024年3月5日在第十四届全国人民代表大会第二次会议上", 2024,
            "2024-03-05", "", true), head.delivery()),
        () -> assertEquals(new DocumentHead.Speaker("国务院总理 李强", "", "国务院总理"), head.speaker()));
  }

  @Test
  void theDeliveryLineAfterPortalAndNewspaperHeaders() {
    // headers the boilerplate rules know are stripped, the others stay in the body above the title
    String text = "您的位置:首页 > 政务公开 > 政府工作报告\n发布时间:2026-01-12 来源:绵阳日报\n字号:大 中 小 【打印本页】\n"
        + "绵阳日报 2026年01月12日 第01版\n要闻\n2026年政府工作报告\n——2026年1月8日在绵阳市第八届人民代表大会第六次会议上\n"
        + "市长\n赵强\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。";
    DocumentHead head = head(text, null);
    assertAll(
        () -> assertEquals(new DocumentHead.Delivery("——2026年1月8日在绵阳市第八届人民代表大会第六次会议上", 2026,
            "2026-01-08", "绵阳市", false), head.delivery()),
        () -> assertEquals(new DocumentHead.Speaker("市长", "", "市长"), head.speaker(), "the name on the next line"),
        () -> assertEquals("绵阳日报", head.source()));
  }

  @Test
  void undatedCongressesAndSpeakersOnTheDeliveryLine() {
    DocumentHead bracketed = head("政府工作报告\n(在长沙县第十八届人民代表大会第五次会议上 长沙县县长 李明)\n各位代表:", null);
    assertEquals(new DocumentHead.Delivery("(在长沙县第十八届人民代表大会第五次会议上 长沙县县长 李明)", null, null, "长沙县",
        false), bracketed.delivery());
    assertEquals("长沙县", bracketed.speaker().place());
    assertEquals("县长", bracketed.speaker().title());
    // the kind of unit alone names no place: 「在市第十六届…」, 「自治区主席」
    DocumentHead unnamed = head("政府工作报告\n——2026年1月8日在市十六届人大五次会议上\n代市长 钱进\n各位代表:", null);
    assertEquals("", unnamed.delivery().place());
    assertEquals(new DocumentHead.Speaker("代市长 钱进", "", "市长"), unnamed.speaker());
    DocumentHead region = head("——2026年1月22日在内蒙古自治区第十四届人民代表大会第四次会议上\n自治区主席 巴特尔", null);
    assertEquals("内蒙古自治区", region.delivery().place());
    assertEquals(new DocumentHead.Speaker("自治区主席 巴特尔", "", "主席"), region.speaker());
  }

  @Test
  void aDatedLineWithoutCongressStillGivesTheDate() {
    DocumentHead head = head("政府工作报告\n——2026年1月8日在市政府全体会议上\n各位代表:", null);
    assertEquals(new DocumentHead.Delivery("——2026年1月8日在市政府全体会议上", 2026, "2026-01-08", null, false),
        head.delivery());
    assertNull(head.speaker());
  }

  @Test
  void noDeliveryLineInAnAnnualReport() {
    DocumentHead head = head("常熟市2024年度法治政府建设年度报告\n苏州市人民政府:\n2024年,常熟坚持依法行政。\n市长 王某", null);
    assertNull(head.delivery());
    assertNull(head.speaker(), "a speaker is read next to a delivery line only");
  }

  @Test
  void theAddresseeOnTheLineOfTheOpening() {
    DocumentHead head = head("中共嘉兴市委、嘉兴市人民政府: 2022年,海宁市坚持依法行政,推进法治政府建设。", null);
    assertEquals("中共嘉兴市委、嘉兴市人民政府", head.addressee());
    assertEquals("2022年,海宁市坚持依法行政,推进法治政府建设。", head.opening());
    assertEquals(2022, head.openingYear());
    assertEquals(List.of("中共嘉兴市委、嘉兴市人民政府"), head.body().addressees());
  }

  @Test
  void pageChromeIsTheSecondView() {
    String text = "发布机构:常州市人民政府\n生成日期:2018-02-01\n"
        + "一年来,我们坚持依法行政,全面推进法治政府建设,取得了积极成效,现将有关情况报告如下。";
    DocumentHead.Lines chrome = DocumentHeadParser.lines(null, text);
    assertEquals(List.of("发布机构:常州市人民政府"), chrome.issuers());
    assertEquals("发布机构:常州市人民政府\n生成日期:2018-02-01\n", chrome.preamble());
  }

  @Test
  void linesReadFullWidthPunctuationAndLabelledTitles() {
    DocumentHead.Lines lines =
        DocumentHeadParser.lines(null, "信息名称：常州市2017年法治政府建设工作报告\n江苏省人民政府：\n2017年，常州市坚持依法行政。");
    assertEquals(List.of("常州市2017年法治政府建设工作报告"), lines.titles());
    assertEquals(List.of("江苏省人民政府"), lines.addressees());
    assertEquals("2017年,常州市坚持依法行政。", lines.opening());
    assertEquals(2017, lines.firstYear());
  }

  @Test
  void aNumberedHeadingIsNotATitle() {
    String text = "2023年,泗阳县坚持依法行政,全面推进法治政府建设,取得积极成效,现将有关情况报告如下,请审阅并提出意见。\n"
        + "一、主要举措和成效\n二、党政主要负责人履行推进法治政府建设第一责任人职责情况";
    assertNull(DocumentHeadParser.findTitle(text));
    assertEquals("常州市2017年法治政府建设工作报告",
        DocumentHeadParser.findTitle("信息名称:常州市2017年法治政府建设工作报告\n常州市2017年法治政府建设工作报告\n江苏省人民政府:"));
    assertNull(DocumentHeadParser.findTitle(null));
  }
}
