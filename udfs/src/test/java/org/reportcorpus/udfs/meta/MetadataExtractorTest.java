package org.reportcorpus.udfs.meta;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.reportcorpus.udfs.analysis.TestCorpus;
import org.reportcorpus.udfs.clean.CleanedText;
import org.reportcorpus.udfs.region.AdminLevel;
import org.reportcorpus.udfs.region.RegionMatch;
import org.reportcorpus.udfs.region.RegionResolver;
import org.reportcorpus.udfs.text.TextNormalizer;

class MetadataExtractorTest {

  private static final MetadataExtractor EXTRACTOR =
      new MetadataExtractor(TestCorpus.rules().docTypes(), RegionResolver.bundled());

  /** Metadata of a normalized text, stripped with the conf rules first (as the analyzer does). */
  private static DocumentMetadata meta(String text, String title, Integer year) {
    CleanedText cleaned = TestCorpus.rules().boilerplate().strip(text);
    return EXTRACTOR.extract(text, cleaned, title, year);
  }

  private static DocumentMetadata seedMeta(String prefix) {
    return meta(TextNormalizer.normalize(TestCorpus.seed(prefix)), null, null);
  }

  /** Every labelled field of every seed, as its own test. */
  @TestFactory
  Stream<DynamicTest> recoversSeedLabels() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map<String, String> label : TestCorpus.seedLabels()) {
      String file = label.get("file");
      tests.add(DynamicTest.dynamicTest(file, () -> {
        String raw = TestCorpus.read(TestCorpus.sharedCorpus().resolve("seeds").resolve(file));
        DocumentMetadata meta = meta(TextNormalizer.normalize(raw), null, null);
        RegionMatch region = meta.region();
        assertAll(
            () -> assertEquals(label.get("doc_type"), meta.docType(), "doc_type"),
            () -> assertEquals(label.get("report_year"), str(meta.reportYear()), "report_year"),
            () -> assertEquals(label.get("published"), str(meta.publishedDate()), "published"),
            () -> assertEquals(label.get("issuer"), str(meta.issuer()), "issuer"),
            () -> assertEquals(label.get("script"), TextNormalizer.detectScript(raw), "script"),
            () -> assertEquals(label.get("region"), region == null ? "" : region.regionName(), "region"),
            () -> assertEquals(label.get("region_code"), region == null ? "" : region.regionCode(), "region_code"),
            () -> assertEquals(label.get("province"), region == null ? "" : region.province(), "province"),
            () -> assertEquals(label.get("prefecture"), region == null ? "" : region.prefecture(), "prefecture"),
            () -> assertEquals(label.get("admin_level"), region == null ? "" : region.adminLevel().label(), "admin_level"),
            () -> assertNull(meta.unresolvedRegionReason(), "unresolved reason"));
      }));
    }
    return tests.stream();
  }

  /**
   * The State Council's work reports, read as ingest reads them (title and delivery year given):
   * every one is national, and each of the 52 with a year is a work report of 国务院 reviewing the
   * year before its delivery.
   */
  @Test
  void governmentWorkReportsKeepTheirLabels() {
    int national = 0;
    List<String> wrong = new ArrayList<>();
    List<TestCorpus.WorkReport> reports = TestCorpus.workReports();
    for (TestCorpus.WorkReport report : reports) {
      String title = report.title() == null ? null : TextNormalizer.normalize(report.title());
      DocumentMetadata meta =
          TestCorpus.analyzer().analyze(TextNormalizer.normalize(report.content()), title, report.year()).metadata();
      if (meta.region() != null && meta.region().adminLevel() == AdminLevel.NATIONAL) {
        national++;
      }
      if (report.year() != null
          && !(DocType.WORK_REPORT.label().equals(meta.docType())
              && Integer.valueOf(report.year() - 1).equals(meta.reportYear())
              && "国务院".equals(meta.issuer()))) {
        wrong.add(report.year() + " " + meta);
      }
    }
    assertEquals(72, reports.size());
    assertEquals(52, reports.stream().filter(r -> r.year() != null).count());
    assertEquals(72, national);
    assertEquals(List.of(), wrong);
  }

  @Test
  void seedsAddresseesDocNumbersAndTitles() {
    DocumentMetadata changshu = seedMeta("000");
    DocumentMetadata haining = seedMeta("001");
    DocumentMetadata siyang = seedMeta("002");
    DocumentMetadata news = seedMeta("003");
    DocumentMetadata changzhou = seedMeta("004");
    assertAll(
        () -> assertEquals("常熟市2024年度法治政府建设年度报告", changshu.title()),
        () -> assertEquals("苏州市人民政府", changshu.addressee()),
        () -> assertNull(changshu.docNumber()),
        () -> assertNull(haining.title()),
        () -> assertEquals("中共嘉兴市委、嘉兴市人民政府", haining.addressee()),
        () -> assertNull(siyang.title()),
        () -> assertNull(siyang.addressee()),
        () -> assertNull(news.addressee()),
        () -> assertEquals("常州市2017年法治政府建设工作报告", changzhou.title()),
        () -> assertEquals("江苏省人民政府", changzhou.addressee()),
        () -> assertEquals("常政发〔2018〕9号", changzhou.docNumber()));
  }

  @Test
  void seedConfidencesAreHighForClearDocuments() {
    assertEquals(0.999, seedMeta("000").docTypeConfidence());
    assertEquals(0.9, seedMeta("003").docTypeConfidence());
  }

  @Test
  void workReportCoversTheYearBeforeDelivery() {
    String text = "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表:\n"
        + "现在,我代表国务院,向大会报告政府工作。\n一、2023年工作回顾";
    DocumentMetadata meta = meta(text, "2024年中华人民共和国国务院政府工作报告", 2024);
    assertEquals("work_report", meta.docType());
    assertEquals(2023, meta.reportYear());
    assertEquals("2024-03-05", meta.publishedDate());
    assertEquals("国务院", meta.issuer());
    assertNull(meta.addressee(), "各位代表 is a salutation, not a body");
    assertEquals("全国", meta.region().regionName());
  }

  @Test
  void workReportWithoutDeliveryLineUsesTheTitleYear() {
    DocumentMetadata meta = meta("各位代表:\n现在,我代表国务院,向大会报告政府工作。", "2025年中华人民共和国国务院政府工作报告", null);
    assertEquals(2024, meta.reportYear());
    assertNull(meta.publishedDate());
  }

  @Test
  void resolutionIsOtherAndNational() {
    String text = "第十四届全国人民代表大会第二次会议关于政府工作报告的决议\n(2024年3月11日第十四届全国人民代表大会第二次会议通过)\n"
        + "会议听取和审议了政府工作报告。";
    DocumentMetadata meta = meta(text, "第十四届全国人民代表大会第二次会议关于政府工作报告的决议", null);
    assertEquals("other", meta.docType());
    assertNull(meta.reportYear());
    assertEquals("2024-03-11", meta.publishedDate());
    assertEquals("全国", meta.region().regionName());
  }

  @Test
  void titleYearWinsOverOpeningYear() {
    assertEquals(2022, meta("泗阳县2022年度法治政府建设年度报告\n2023年,泗阳县坚持依法行政。", null, null).reportYear());
  }

  @Test
  void pageTitleIsTheLastResort() {
    String text = "信息名称:溧阳市2020年度法治政府建设工作情况\n溧阳市人民政府:\n2020年,我市坚持依法行政。";
    assertEquals("溧阳市2020年度法治政府建设工作情况", meta(text, null, null).title());
  }

  @Test
  void newsDatelineGivesPublishedDateAndNewspaper() {
    String text = "|\n□ 本报记者 张三 □ 本报通讯员 李四 今年以来,无锡市持续推进法治政府建设。\n|\n"
        + "( 2022-05-06 ) 稿件来源: 法治日报地方法治 |\n|";
    DocumentMetadata meta = meta(text, null, null);
    assertEquals("news", meta.docType());
    assertEquals("2022-05-06", meta.publishedDate());
    assertEquals("法治日报", meta.issuer());
    assertNull(meta.reportYear());
  }

  @Test
  void publishedDateIsTheSignatureThenGeneratedThenPublicDate() {
    String page = "生成日期:2021-01-20 公开日期:2021-02-03\n";
    String body = "宜兴市2020年法治政府建设工作报告\n无锡市人民政府:\n2020年,宜兴市坚持依法行政,取得积极成效。\n";
    assertEquals("2021-01-15", meta(page + body + "宜兴市人民政府\n2021年1月15日", null, null).publishedDate());
    assertEquals("2021-01-20", meta(page + body, null, null).publishedDate());
    assertEquals("2021-02-03", meta("公开日期:2021-02-03\n" + body, null, null).publishedDate());
  }

  @Test
  void issuerFallsBackToThePublisher() {
    String body = "发布机构:宜兴市司法局\n宜兴市司法局2020年法治政府建设工作报告\n2020年,宜兴市司法局坚持依法行政,取得积极成效。";
    DocumentMetadata meta = meta(body, null, null);
    assertEquals("宜兴市司法局", meta.issuer());
    assertEquals("department", meta.region().adminLevel().label());
  }

  @Test
  void docNumberFromTheHeadOfTheText() {
    String text = "锡政发〔2021〕12号\n无锡市人民政府关于2020年度法治政府建设情况的报告\n江苏省人民政府:\n2020年,我市坚持依法行政。";
    DocumentMetadata meta = meta(text, null, null);
    assertEquals("锡政发〔2021〕12号", meta.docNumber());
    assertEquals("江苏省人民政府", meta.addressee());
    assertEquals(2020, meta.reportYear());
  }

  @Test
  void unresolvedRegionSaysWhy() {
    DocumentMetadata ambiguous = meta("朝阳区2023年法治政府建设年度报告\n2023年,朝阳区坚持依法行政。", null, null);
    assertNull(ambiguous.region());
    assertEquals("ambiguous: 朝阳区 (110105, 220104)", ambiguous.unresolvedRegionReason());
    DocumentMetadata nameless = meta("2023年法治政府建设年度报告\n2023年,我区坚持依法行政。", null, null);
    assertNull(nameless.region());
    assertEquals("no place name in title or opening", nameless.unresolvedRegionReason());
  }

  @Test
  void nullTextGivesOnlyTheGivenTitle() {
    assertEquals(new DocumentMetadata("题目", null, 0.0, null, null, null, null, null, null, "no text"),
        EXTRACTOR.extract(null, null, " 题目 ", 2020));
    assertEquals(new DocumentMetadata(null, null, 0.0, null, null, null, null, null, null, "no text"),
        EXTRACTOR.extract(null, TestCorpus.rules().boilerplate().strip(null), null, null));
  }

  @Test
  void aMissingSignatureIsFoundFromTheText() {
    String text = "某市人民政府:\n2020年,宜兴市坚持依法行政。\n宜兴市人民政府\n2021年1月15日";
    DocumentMetadata meta = EXTRACTOR.extract(text, TestCorpus.rules().boilerplate().strip(text), null, null, null);
    assertEquals("2021-01-15", meta.publishedDate());
    assertEquals("宜兴市人民政府", meta.issuer());
  }

  @Test
  void emptyTextIsOtherWithoutRegion() {
    DocumentMetadata meta = meta("", null, null);
    assertEquals("other", meta.docType());
    assertEquals(0.2, meta.docTypeConfidence());
    assertNull(meta.region());
    assertEquals("no text", meta.unresolvedRegionReason());
  }

  @Test
  void rejectsMissingCollaborators() {
    assertThrows(IllegalArgumentException.class, () -> new MetadataExtractor(null, RegionResolver.bundled()));
    assertThrows(IllegalArgumentException.class,
        () -> new MetadataExtractor(TestCorpus.rules().docTypes(), null));
  }

  private static String str(Object value) {
    return value == null ? "" : value.toString();
  }
}
