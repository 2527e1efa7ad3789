package org.reportcorpus.udfs.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.analysis.TestCorpus;
import org.reportcorpus.udfs.text.TextNormalizer;

class BoilerplateStripperTest {

  /** The project's rules, from conf/boilerplate.tsv. */
  private static final BoilerplateStripper CONF = TestCorpus.rules().boilerplate();

  private static CleanedText strip(String text) {
    return CONF.strip(text);
  }

  @Test
  void nullAndEmptyText() {
    assertEquals(new CleanedText(null, List.of(), PageMetadata.EMPTY, null, null, null), strip(null));
    assertEquals(new CleanedText("", List.of(), PageMetadata.EMPTY, null, null, null), strip(""));
  }

  @Test
  void keepsAReportWithoutChrome() {
    String text = "某县2023年法治政府建设年度报告\n某市人民政府:\n2023年,我县坚持依法行政。\n\n一、主要举措和成效\n某县人民政府\n2024年1月5日";
    CleanedText cleaned = strip(text);
    assertEquals(text, cleaned.text());
    assertEquals(List.of(), cleaned.stripped());
  }

  @Test
  void breadcrumbsCountersAndPageMetadata() {
    String text = String.join("\n",
        "您现在的位置:首页 > 信息公开 > 法治政府建设",
        "首页 >> 政务公开 >> 正文",
        "机构概况",
        "政策文件 | 政策解读 | 互动交流 | 走进无锡",
        "浏览次数:1024",
        "索 引 号:11320200/2022-00015",
        "发文字号:锡政发〔2022〕7号 发布机构:无锡市人民政府",
        "成文日期:2022年2月8日 发布日期:2022-02-10",
        "主题分类:政府工作 公开方式:主动公开",
        "标 题:无锡市2021年法治政府建设工作报告",
        "无锡市2021年法治政府建设工作报告",
        "江苏省人民政府:",
        "2021年,我市坚持依法行政。");
    CleanedText cleaned = strip(text);
    assertEquals("无锡市2021年法治政府建设工作报告\n江苏省人民政府:\n2021年,我市坚持依法行政。", cleaned.text());
    assertEquals(10, cleaned.stripped().size());
    assertEquals(new PageMetadata("11320200/2022-00015", "锡政发〔2022〕7号", "无锡市人民政府", "2022-02-08", "2022-02-10"),
        cleaned.page());
    assertEquals("无锡市2021年法治政府建设工作报告", cleaned.pageTitle());
  }

  @Test
  void fontSizePrintAndShareControls() {
    String text = String.join("\n",
        "某市2022年法治政府建设年度报告",
        "【字号:加大 还原 减小】",
        "字号:大 中 小 【打印本页】【关闭窗口】",
        "下载 打印 全屏 收藏 关闭",
        "2022年,我市坚持依法行政。【打印】",
        "分享到: 微信 微博 QQ空间",
        "扫一扫在手机打开当前页",
        "微信扫一扫分享");
    CleanedText cleaned = strip(text);
    assertEquals("某市2022年法治政府建设年度报告\n2022年,我市坚持依法行政。", cleaned.text());
    assertEquals(List.of("【字号:加大 还原 减小】", "字号:大 中 小 【打印本页】【关闭窗口】", "下载 打印 全屏 收藏 关闭", "【打印】",
        "分享到: 微信 微博 QQ空间", "扫一扫在手机打开当前页", "微信扫一扫分享"), cleaned.stripped());
  }

  @Test
  void siteFooters() {
    String text = String.join("\n",
        "2022年,我市坚持依法行政。",
        "网站地图 | 联系我们 | 网站声明",
        "版权所有:某市人民政府办公室 Copyright © 2023",
        "主办单位:某市人民政府办公室 承办单位:某市大数据中心",
        "苏ICP备05012345号-1 苏公网安备 32020202000123号 网站标识码:3202000001",
        "技术支持:某某信息科技有限公司",
        "建议使用IE9以上浏览器,1920*1080分辨率浏览");
    CleanedText cleaned = strip(text);
    assertEquals("2022年,我市坚持依法行政。", cleaned.text());
    assertEquals(6, cleaned.stripped().size());
  }

  @Test
  void pdfPageFurnitureAndRunningHeaders() {
    String text = String.join("\n",
        "某县人民政府文件",
        "某县2022年法治政府建设年度报告",
        "2022年,我县坚持依法行政,",
        "- 1 -",
        "某县人民政府文件",
        "全面推进法治政府建设。",
        "第 2 页 共 3 页",
        "某县人民政府文件",
        "一、主要举措和成效",
        "—3—",
        "3/3",
        "Page 3 of 3");
    CleanedText cleaned = strip(text);
    assertEquals("某县人民政府文件\n某县2022年法治政府建设年度报告\n2022年,我县坚持依法行政,\n全面推进法治政府建设。\n一、主要举措和成效",
        cleaned.text());
    assertEquals(List.of("- 1 -", "某县人民政府文件", "第 2 页 共 3 页", "某县人民政府文件", "—3—", "3/3", "Page 3 of 3"),
        cleaned.stripped());
  }

  @Test
  void separatorLinesAndATrailingPipe() {
    String text = "|\n||\n-----\n某市2022年法治政府建设年度报告\n===\n2022年,我市坚持依法行政。 某市人民政府 2023年1月5日 |";
    CleanedText cleaned = strip(text);
    assertEquals("某市2022年法治政府建设年度报告\n2022年,我市坚持依法行政。 某市人民政府 2023年1月5日", cleaned.text());
    assertEquals(List.of("|", "||", "-----", "===", "|"), cleaned.stripped());
  }

  @Test
  void publicationNoteUnderTheSignature() {
    CleanedText cleaned = strip("某市人民政府\n2023年1月5日\n\n(此件公开发布)");
    assertEquals("某市人民政府\n2023年1月5日", cleaned.text());
    assertEquals(List.of("(此件公开发布)"), cleaned.stripped());
  }

  @Test
  void wikiLicenceFooterGoesWithEverythingAfterIt() {
    String text = "各位代表!\n让我们团结奋斗!\n\n\n本作品是中华人民共和国的\n法律\n、\n法规\n,属于\n公有领域\n。\n\nPublic domain\nfalse";
    CleanedText cleaned = strip(text);
    assertEquals("各位代表!\n让我们团结奋斗!", cleaned.text());
    assertEquals(List.of("本作品是中华人民共和国的", "法律", "、", "法规", ",属于", "公有领域", "。", "Public domain", "false"),
        cleaned.stripped());
  }

  @Test
  void aBodyPrintedTwiceKeepsItsLastCopy() {
    String body = "今年以来,某市持续推进法治政府建设,".repeat(12);
    String text = "|\n" + body + "\n|\n某市努力创造法治政府建设新成果\n|\n" + body + "\n|";
    CleanedText cleaned = strip(text);
    assertEquals("某市努力创造法治政府建设新成果\n" + body, cleaned.text());
    assertEquals(List.of("|", body, "|", "|", "|"), cleaned.stripped());
  }

  @Test
  void aBodyPrintedThreeTimesKeepsOneCopy() {
    String body = "第一段,某市持续推进法治政府建设。".repeat(8) + "\n" + "第二段,某市深化行政执法体制改革。".repeat(8);
    CleanedText cleaned = strip(body + "\n" + body + "\n" + body);
    assertEquals(body, cleaned.text());
    assertEquals(List.of(body, body), cleaned.stripped());
  }

  @Test
  void shortRepeatedLinesAreBodyText() {
    String text = "各位代表!\n第一段。\n各位代表!\n第二段。\n各位代表!\n第三段。";
    assertEquals(text, strip(text).text());
  }

  @Test
  void blankLinesBetweenKeptLinesSurviveOnce() {
    assertEquals("甲\n\n乙\n丙", strip("\n\n甲\n\n|\n\n乙\n|\n丙\n\n").text());
  }

  @Test
  void longLinesOnlyLoseInlineChrome() {
    String paragraph = "版权所有" + "依法行政,".repeat(80) + " |";
    CleanedText cleaned = strip(paragraph);
    assertEquals(paragraph.substring(0, paragraph.length() - 2), cleaned.text());
    assertEquals(List.of("|"), cleaned.stripped());
  }

  @Test
  void seed004() {
    CleanedText cleaned = strip(TextNormalizer.normalize(TestCorpus.seed("004")));
    assertEquals(11, cleaned.stripped().size());
    assertEquals("您当前的位置:", cleaned.stripped().get(0));
    assertEquals("扫一扫在手机打开当前页", cleaned.stripped().get(10));
    assertTrue(cleaned.stripped().contains("(此件公开发布)"));
    assertTrue(cleaned.text().startsWith("常州市2017年法治政府建设工作报告\n\n江苏省人民政府:\n2017年,"));
    assertTrue(cleaned.text().endsWith("常州市人民政府\n2018年1月18日"));
    assertEquals(new PageMetadata("014109429/2018-00032", "常政发〔2018〕9号", "常州市人民政府", "2018-01-18", "2018-02-01"),
        cleaned.page());
  }

  @Test
  void seed003KeepsOneCopyOfTheArticle() {
    String normalized = TextNormalizer.normalize(TestCorpus.seed("003"));
    CleanedText cleaned = strip(normalized);
    assertEquals(15, cleaned.stripped().size());
    assertEquals(13, cleaned.stripped().stream().filter("|"::equals).count());
    assertEquals("( 2021-09-03 ) 稿件来源: 法治日报法治政府 |", cleaned.stripped().get(10));
    assertEquals("2021-09-03", cleaned.datelineDate());
    assertEquals("法治日报法治政府", cleaned.source());
    String article = cleaned.stripped().get(3);
    assertTrue(article.startsWith("□ 本报记者 罗莎莎"));
    assertEquals(1, count(cleaned.text(), article));
    assertEquals(2, count(normalized, article));
    assertTrue(cleaned.text().startsWith("法治政府\n\n江苏苏州努力创造法治政府建设更多示范成果\n探索建立党政主要负责人“履职纪实”机制\n□ 本报记者"));
    assertFalse(cleaned.text().contains("|"));
  }

  @Test
  void seeds000To002() {
    String changshu = TextNormalizer.normalize(TestCorpus.seed("000"));
    assertEquals(changshu, strip(changshu).text());
    CleanedText haining = strip(TextNormalizer.normalize(TestCorpus.seed("001")));
    assertEquals(List.of("|"), haining.stripped());
    assertTrue(haining.text().endsWith("中共海宁市委 海宁市人民政府 2023年2月28日"));
    String siyang = TextNormalizer.normalize(TestCorpus.seed("002"));
    assertEquals(siyang, strip(siyang).text());
  }

  @Test
  void rulesAreReadFromTheirOwnFormat() {
    BoilerplateStripper rules = BoilerplateStripper.parse(String.join("\n",
        "# comment",
        "kind\tpattern\targ",
        "line\t广告.*",
        "field\t文\\s*号\tdoc_number",
        "field\t备注\t-",
        "dateline\t来源:(?<source>\\S+) (?<date>\\d{4}-\\d{2}-\\d{2})",
        "setting\tmin_repeat_chars\t5"));
    CleanedText cleaned = rules.strip("广告位招租\n文 号:某政发〔2020〕1号 备注:无\n来源:某日报 2020-03-04\n正文甲乙丙\n正文甲乙丙");
    assertEquals("正文甲乙丙", cleaned.text());
    assertEquals("某政发〔2020〕1号", cleaned.page().docNumber());
    assertEquals("某日报", cleaned.source());
    assertEquals("2020-03-04", cleaned.datelineDate());
    assertEquals(List.of("广告位招租", "文 号:某政发〔2020〕1号 备注:无", "来源:某日报 2020-03-04", "正文甲乙丙"), cleaned.stripped());
  }

  @Test
  void badRulesNameTheirLine() {
    assertEquals("boilerplate.tsv:2: unknown kind 'lines' (expected line, inline, field, dateline, footer, repeated or setting)",
        assertThrows(IllegalArgumentException.class, () -> BoilerplateStripper.parse("# x\nlines\ta")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BoilerplateStripper.parse("line\t(unclosed"))
        .getMessage().startsWith("boilerplate.tsv:1: bad pattern in column 2: "));
    assertEquals("boilerplate.tsv:1: field name must be one of [index_number, doc_number, publisher, generated_date, "
            + "public_date, title, source, -] but got 'number'",
        assertThrows(IllegalArgumentException.class, () -> BoilerplateStripper.parse("field\t文号\tnumber")).getMessage());
    assertEquals("boilerplate.tsv:1: a dateline pattern needs a (?<date>…) or (?<source>…) group",
        assertThrows(IllegalArgumentException.class, () -> BoilerplateStripper.parse("dateline\t\\d+")).getMessage());
    assertEquals("boilerplate.tsv:1: column 3 must be a number but got 'x'",
        assertThrows(IllegalArgumentException.class, () -> BoilerplateStripper.parse("footer\ta\tx")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> BoilerplateStripper.parse(null));
  }

  @Test
  void emptyRulesStripNothing() {
    String text = "|\n正文\n|";
    assertEquals(text, BoilerplateStripper.parse("").strip(text).text());
  }

  @Test
  void survivesSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(CONF);
    }
    BoilerplateStripper copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (BoilerplateStripper) in.readObject();
    }
    String seed = TextNormalizer.normalize(TestCorpus.seed("004"));
    assertEquals(CONF.strip(seed), copy.strip(seed));
  }

  @Test
  void cleanedTextToleratesMissingParts() {
    assertEquals(new CleanedText("a", List.of(), PageMetadata.EMPTY, null, null, null),
        new CleanedText("a", null, null, null, null, null));
  }

  @Test
  void pageMetadataIsEmptyWithoutFields() {
    assertTrue(PageMetadata.EMPTY.isEmpty());
    assertFalse(new PageMetadata("1", null, null, null, null).isEmpty());
    assertNull(strip("正文").page().indexNumber());
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
