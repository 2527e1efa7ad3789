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
      new MetadataExtractor(TestCorpus.rules().docTypes(), TestCorpus.rules().head(), RegionResolver.bundled());

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

  /**
   * A work report in the genre's shape (written for this test, no real report's text): expected
   * region code, level, report year and issuer.
   */
  private record WorkReport(String shape, String text, String code, AdminLevel level, Integer year, String issuer) {}

  private static final String BODY = "各位代表:\n现在,我代表人民政府,向大会报告工作,请予审议,并请政协委员和其他列席人员提出意见。\n"
      + "一、2025年工作回顾\n过去一年,我们坚持稳中求进工作总基调,经济运行总体平稳。";

  private static final String PORTAL = "您的位置:首页 > 政务公开 > 政府工作报告\n发布时间:2026-01-12 09:30 来源:政府办公室\n"
      + "字号:大 中 小 【打印本页】 【关闭窗口】\n";

  private static List<WorkReport> workReportShapes() {
    return List.of(
        new WorkReport("province", "政府工作报告\n——2026年1月27日在湖南省第十四届人民代表大会第四次会议上\n湖南省省长 王明\n" + BODY,
            "430000", AdminLevel.PROVINCE, 2025, "湖南省人民政府"),
        new WorkReport("province under a newspaper header",
            "四川日报 2026年01月28日 第01版\n来源:四川日报 发布时间:2026-01-28 08:30\n字号:大 中 小 打印本页\n政府工作报告\n"
                + "——2026年1月25日在四川省第十四届人民代表大会第四次会议上\n代省长 李华\n" + BODY,
            "510000", AdminLevel.PROVINCE, 2025, "四川省人民政府"),
        new WorkReport("province in traditional script", TextNormalizer.normalize("政府工作報告\n"
                + "——2026年1月20日在廣東省第十四屆人民代表大會第四次會議上\n廣東省省長 陳某\n各位代表:\n"
                + "現在,我代表省人民政府,向大會報告工作,請予審議,並請省政協委員和其他列席人員提出意見。"),
            "440000", AdminLevel.PROVINCE, 2025, "广东省人民政府"),
        new WorkReport("autonomous region", "政府工作报告\n——2026年1月22日在内蒙古自治区第十四届人民代表大会第四次会议上\n"
                + "自治区主席 巴特尔\n" + BODY, "150000", AdminLevel.PROVINCE, 2025, "内蒙古自治区人民政府"),
        new WorkReport("municipality: its mayor speaks for a province-level unit",
            "政府工作报告\n——2026年1月20日在北京市第十六届人民代表大会第四次会议上\n北京市市长 郑义\n" + BODY,
            "110000", AdminLevel.PROVINCE, 2025, "北京市人民政府"),
        new WorkReport("prefecture-level city", "2026年政府工作报告\n——2026年1月8日在绵阳市第八届人民代表大会第六次会议上\n"
                + "市长 赵强\n" + BODY, "510700", AdminLevel.PREFECTURE, 2025, "绵阳市人民政府"),
        new WorkReport("prefecture-level city under a portal header, reprinted from the provincial paper",
            PORTAL.replace("政府办公室", "四川日报") + "政府工作报告\n——2026年1月8日在绵阳市第八届人民代表大会第六次会议上\n市长\n赵强\n"
                + BODY, "510700", AdminLevel.PREFECTURE, 2025, "绵阳市人民政府"),
        new WorkReport("county-level city", "政府工作报告\n——2026年1月6日在浏阳市第十八届人民代表大会第五次会议上\n"
                + "浏阳市市长 周平\n" + BODY, "430181", AdminLevel.COUNTY, 2025, "浏阳市人民政府"),
        new WorkReport("county under a portal header", PORTAL + "政府工作报告\n"
                + "——2026年1月9日在肥西县第十八届人民代表大会第六次会议上\n县长 孙立\n" + BODY,
            "340123", AdminLevel.COUNTY, 2025, "肥西县人民政府"),
        new WorkReport("district named alike elsewhere, its city in the speaker's line", "政府工作报告\n"
                + "——2026年1月5日在鼓楼区第十八届人民代表大会第六次会议上\n福州市鼓楼区区长 吴东\n" + BODY,
            "350102", AdminLevel.COUNTY, 2025, "鼓楼区人民政府"),
        new WorkReport("district of a municipality", "政府工作报告\n——2026年1月7日在北京市朝阳区第十七届人民代表大会第五次会议上\n"
                + "区长 刘洋\n" + BODY, "110105", AdminLevel.COUNTY, 2025, "朝阳区人民政府"),
        new WorkReport("undated congress: the year from the page's 发布时间", PORTAL.replace("2026-01-12", "2026-01-20")
                + "政府工作报告\n(在长沙县第十八届人民代表大会第五次会议上)\n县长 李明\n" + BODY,
            "430121", AdminLevel.COUNTY, 2025, "长沙县人民政府"));
  }

  @TestFactory
  Stream<DynamicTest> workReportsFromTheirDeliveryLines() {
    return workReportShapes().stream().map(r -> DynamicTest.dynamicTest(r.shape(), () -> {
      DocumentMetadata meta = meta(r.text(), null, null);
      RegionMatch region = meta.region();
      assertAll(
          () -> assertEquals("work_report", meta.docType()),
          () -> assertEquals(r.code(), region == null ? null : region.regionCode(), meta::toString),
          () -> assertEquals(r.level(), region == null ? null : region.adminLevel()),
          () -> assertEquals(r.year(), meta.reportYear()),
          () -> assertEquals(r.issuer(), meta.issuer()),
          () -> assertNull(meta.unresolvedRegionReason()));
    }));
  }

  @Test
  void aDeliveryLineNamingNoResolvablePlaceStaysNullWithAReason() {
    String unnamed = "政府工作报告\n——2026年1月8日在市第十六届人民代表大会第五次会议上\n市长 钱进\n" + BODY;
    String ambiguous = "政府工作报告\n——2026年1月5日在鼓楼区第十八届人民代表大会第六次会议上\n区长 吴东\n" + BODY;
    String unknown = "政府工作报告\n——2026年1月8日在某某市第十六届人民代表大会第五次会议上\n市长 钱进\n" + BODY;
    // a newspaper's name is not the reporting region: a city's report reprinted in 湖南日报
    String reprinted = "来源:湖南日报\n" + unnamed;
    for (String text : List.of(unnamed, ambiguous, unknown, reprinted)) {
      DocumentMetadata meta = meta(text, null, null);
      assertNull(meta.region(), text);
      assertEquals(2025, meta.reportYear(), "the year still comes from the delivery line");
      assertNull(meta.issuer(), "no region, no government to name");
    }
    assertEquals("no place name in delivery line, title or opening", meta(unnamed, null, null).unresolvedRegionReason());
    assertEquals("no place name in delivery line, title or opening", meta(reprinted, null, null).unresolvedRegionReason());
    assertEquals("ambiguous: 鼓楼区 (320106, 320302, 350102, 410204)", meta(ambiguous, null, null).unresolvedRegionReason());
    assertEquals("no known place in delivery line: 某某市", meta(unknown, null, null).unresolvedRegionReason());
  }

  @Test
  void aDepartmentsReportIsIssuedByTheDepartmentWhenNothingSigns() {
    DocumentMetadata meta = meta("宜兴市司法局2020年法治政府建设工作报告\n2020年,宜兴市司法局坚持依法行政,取得积极成效。", null, null);
    assertEquals("department", meta.region().adminLevel().label());
    assertEquals("宜兴市司法局", meta.issuer());
    assertEquals(2020, meta.reportYear());
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
    assertThrows(IllegalArgumentException.class,
        () -> new MetadataExtractor(null, TestCorpus.rules().head(), RegionResolver.bundled()));
    assertThrows(IllegalArgumentException.class,
        () -> new MetadataExtractor(TestCorpus.rules().docTypes(), null, RegionResolver.bundled()));
    assertThrows(IllegalArgumentException.class,
        () -> new MetadataExtractor(TestCorpus.rules().docTypes(), TestCorpus.rules().head(), null));
  }

  private static String str(Object value) {
    return value == null ? "" : value.toString();
  }
}
