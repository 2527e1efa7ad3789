package org.reportcorpus.udfs.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.clean.PageMetadata;
import org.reportcorpus.udfs.meta.DocumentMetadata;
import org.reportcorpus.udfs.region.RegionResolver;
import org.reportcorpus.udfs.sections.Section;
import org.reportcorpus.udfs.text.TextNormalizer;

class DocumentAnalyzerTest {

  private static final DocumentAnalyzer ANALYZER = TestCorpus.analyzer();

  private static Analysis seed(String prefix) {
    return ANALYZER.analyze(TextNormalizer.normalize(TestCorpus.seed(prefix)), null, null);
  }

  /** ordinal:kind:heading of every section, one string. */
  private static String outline(Analysis analysis) {
    return analysis.sections().stream()
        .map(s -> s.ordinal() + ":" + s.kind() + ":" + s.heading())
        .collect(Collectors.joining(" | "));
  }

  @Test
  void seed000() {
    Analysis a = seed("000");
    assertEquals(List.of(), a.stripped());
    assertEquals("0:other:null | 1:achievements:一、2024年度推进法治政府建设的主要举措和成效 | 2:shortcomings:二、法治政府建设存在的不足"
        + " | 3:plans:三、2025年度推进法治政府建设的主要安排", outline(a));
    assertTrue(a.sections().get(3).text().endsWith("不断总结特色做法和经验成果。"), "signature left out of the last part");
  }

  @Test
  void seed001() {
    Analysis a = seed("001");
    assertEquals(List.of("|"), a.stripped());
    assertEquals("0:other:null | 1:responsibility:一、党政主要负责人履行推进法治建设第一责任人职责情况"
        + " | 2:achievements:二、推进法治政府建设的主要举措和成效 | 3:shortcomings:三、存在的不足和原因 | 4:plans:四、2023年度工作计划",
        outline(a));
    assertTrue(a.sections().get(4).text().endsWith("及时清理阻碍高质量发展的文件。"));
  }

  @Test
  void seed002() {
    Analysis a = seed("002");
    assertEquals(List.of(), a.stripped());
    assertEquals("0:other:null | 1:achievements:一、主要举措和成效 | 2:responsibility:二、党政主要负责人履行推进法治政府建设第一责任人职责情况"
        + " | 3:shortcomings:三、存在的不足和原因 | 4:plans:四、2024年推进法治政府建设的主要安排", outline(a));
  }

  @Test
  void seed003KeepsOneCopyAndCountsItOnce() {
    String normalized = TextNormalizer.normalize(TestCorpus.seed("003"));
    Analysis a = ANALYZER.analyze(normalized, null, null);
    assertEquals(15, a.stripped().size());
    assertEquals("0:other:null", outline(a));
    String copy = a.stripped().get(3);
    // 法治政府 is counted as in one copy of the article; the dateline's 「法治日报法治政府」 is chrome.
    String dateline = "( 2021-09-03 ) 稿件来源: 法治日报法治政府 |";
    assertTrue(a.stripped().contains(dateline));
    assertEquals(count(normalized, "法治政府") - count(copy, "法治政府") - 1, count(a.text(), "法治政府"));
    assertEquals(count(copy, "法治政府") + 2, count(a.text(), "法治政府"), "the article plus 法治政府 and the headline");
    assertEquals(1, count(a.text(), copy));
    assertEquals("news", a.metadata().docType());
  }

  @Test
  void seed004() {
    Analysis a = seed("004");
    assertEquals(List.of("您当前的位置:", "首页 >> 政务公开 >> 正文", "浏览次数:", "信息名称:常州市2017年法治政府建设工作报告",
        "索 引 号:014109429/2018-00032", "法定主动公开分类: 公开方式:主动公开", "文件编号:常政发〔2018〕9号 发布机构:常州市人民政府",
        "生成日期:2018-01-18 公开日期:2018-02-01 废止日期:2020-11-24", "内容概述:常州市2017年法治政府建设工作报告", "(此件公开发布)",
        "扫一扫在手机打开当前页"), a.stripped());
    assertEquals(new PageMetadata("014109429/2018-00032", "常政发〔2018〕9号", "常州市人民政府", "2018-01-18", "2018-02-01"), a.page());
    assertEquals("0:other:null | 1:achievements:一、精心组织,统筹安排,有力推进法治政府建设 | 2:achievements:二、聚力创新,纵深推进,全面深化“放管服”改革"
        + " | 3:achievements:三、民主公开,强化监督,着力健全依法行政制度体系 | 4:achievements:四、深化改革,规范执法,切实提高行政执法效能"
        + " | 5:achievements:五、健全机制,提升实效,依法化解社会矛盾纠纷 | 6:plans:null", outline(a));
    assertTrue(a.sections().get(6).text().startsWith("2018年是全面贯彻党的十九大精神的开局之年"));
    assertTrue(a.text().startsWith("常州市2017年法治政府建设工作报告\n"));
    assertTrue(a.text().endsWith("常州市人民政府\n2018年1月18日"));
  }

  @Test
  void theSameReportWithOtherChromeGetsTheSameText() {
    String report = TextNormalizer.normalize(TestCorpus.seed("000"));
    String reposted = String.join("\n",
        "当前位置:首页 > 政务公开 > 法治政府建设",
        "发布时间:2025-03-10 10:21 来源:常熟市司法局 浏览次数:356",
        "【字号:加大 还原 减小】 【打印】 【关闭】",
        report,
        "分享到:",
        "扫一扫在手机打开当前页",
        "版权所有:常熟市人民政府 主办:常熟市人民政府办公室",
        "苏ICP备12345678号 网站标识码:3205810001");
    Analysis original = ANALYZER.analyze(report, null, null);
    Analysis copy = ANALYZER.analyze(reposted, null, null);
    assertEquals(original.text(), copy.text());
    assertEquals(original.metadata(), copy.metadata());
    assertEquals(original.sections(), copy.sections());
    assertEquals(7, copy.stripped().size());
    assertEquals("2025-03-10", copy.page().publicDate());
  }

  @Test
  void stateCouncilWorkReportsAndResolutions() throws IOException {
    ObjectMapper json = new ObjectMapper();
    int reports = 0;
    int resolutions = 0;
    for (String line : Files.readAllLines(
        TestCorpus.sharedCorpus().resolve("gov-work-reports/government_work_reports.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode record = json.readTree(line);
      String title = TextNormalizer.normalize(record.get("title").asText());
      Integer year = record.get("year").isNull() ? null : record.get("year").asInt();
      Analysis a = ANALYZER.analyze(TextNormalizer.normalize(record.get("content").asText()), title, year);
      DocumentMetadata meta = a.metadata();
      assertEquals("全国", meta.region().regionName(), title);
      assertFalse(a.text().contains("公有领域") || a.text().contains("Public domain") || a.text().endsWith("false"), title);
      if (year != null) {
        reports++;
        assertEquals("work_report", meta.docType(), title);
        assertEquals(year - 1, meta.reportYear(), title);
        assertEquals("国务院", meta.issuer(), title);
        assertTrue(a.stripped().contains("Public domain"), title);
        assertTrue(a.sections().size() >= 1, title);
      } else {
        resolutions++;
        assertEquals("other", meta.docType(), title);
        assertNull(meta.reportYear(), title);
      }
    }
    assertEquals(52, reports);
    assertEquals(20, resolutions);
  }

  @Test
  void nullTextGivesAnEmptyAnalysis() {
    Analysis a = ANALYZER.analyze(null, "题目", 2020);
    assertNull(a.text());
    assertEquals(List.of(), a.stripped());
    assertEquals(PageMetadata.EMPTY, a.page());
    assertEquals(List.of(), a.sections());
    assertEquals(new DocumentMetadata("题目", null, 0.0, null, null, null, null, null, null, "no text"), a.metadata());
  }

  @Test
  void analysisToleratesMissingLists() {
    Analysis a = new Analysis("x", null, PageMetadata.EMPTY, null, null);
    assertEquals(List.of(), a.stripped());
    assertEquals(List.of(), a.sections());
  }

  @Test
  void emptyTextGivesAnEmptyBody() {
    Analysis a = ANALYZER.analyze("", null, null);
    assertEquals("", a.text());
    assertEquals(List.of(), a.sections());
    assertEquals("other", a.metadata().docType());
  }

  @Test
  void aDocumentOfChromeOnlyHasAnEmptyBody() {
    Analysis a = ANALYZER.analyze("|\n扫一扫在手机打开当前页\n|", null, null);
    assertEquals("", a.text());
    assertEquals(List.of("|", "扫一扫在手机打开当前页", "|"), a.stripped());
    assertEquals(List.of(), a.sections());
  }

  @Test
  void survivesSerializationLikeASparkClosure() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(ANALYZER);
    }
    DocumentAnalyzer copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (DocumentAnalyzer) in.readObject();
    }
    String text = TextNormalizer.normalize(TestCorpus.seed("004"));
    assertEquals(ANALYZER.analyze(text, null, null), copy.analyze(text, null, null));
  }

  @Test
  void loadsItsRulesFromAFolder() {
    String text = TextNormalizer.normalize(TestCorpus.seed("001"));
    assertEquals(ANALYZER.analyze(text, null, null), DocumentAnalyzer.load(TestCorpus.confDir()).analyze(text, null, null));
    assertThrows(IllegalArgumentException.class, () -> DocumentAnalyzer.load(null));
    assertThrows(IllegalArgumentException.class, () -> new DocumentAnalyzer(null, RegionResolver.bundled()));
    assertThrows(IllegalArgumentException.class, () -> new DocumentAnalyzer(TestCorpus.rules(), null));
  }

  @Test
  void sectionsNeverHaveNullText() {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      for (Section s : seed(prefix).sections()) {
        assertTrue(s.text() != null && !s.text().isEmpty(), prefix + " " + s);
      }
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
