package org.reportcorpus.udfs.meta;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.reportcorpus.udfs.region.RegionMatch;
import org.reportcorpus.udfs.text.TextNormalizer;

class MetadataExtractorTest {

  static Path sharedCorpus() {
    String root = System.getProperty("corpus.repo.root");
    Path repo = root != null ? Paths.get(root) : Paths.get("").toAbsolutePath();
    for (Path p = repo; p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/corpus");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      candidate = p.resolveSibling("shared").resolve("corpus");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("../shared/corpus not found beside the repository");
  }

  /** Every labelled field of every seed, as its own test. */
  @TestFactory
  Stream<DynamicTest> recoversSeedLabels() throws IOException {
    Path seeds = sharedCorpus().resolve("seeds");
    List<String> lines = Files.readAllLines(seeds.resolve("labels.tsv"), StandardCharsets.UTF_8);
    String[] header = lines.get(0).split("\t", -1);
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      Function<String, String> label = name -> cols[List.of(header).indexOf(name)];
      String raw = Files.readString(seeds.resolve(label.apply("file")), StandardCharsets.UTF_8);
      tests.add(DynamicTest.dynamicTest(label.apply("file"), () -> {
        DocumentMetadata meta = MetadataExtractor.bundled().extract(null, TextNormalizer.normalize(raw), null);
        RegionMatch region = meta.region();
        assertAll(
            () -> assertEquals(label.apply("doc_type"), meta.docType(), "doc_type"),
            () -> assertEquals(label.apply("report_year"), str(meta.reportYear()), "report_year"),
            () -> assertEquals(label.apply("published"), str(meta.publishedDate()), "published"),
            () -> assertEquals(label.apply("issuer"), str(meta.issuer()), "issuer"),
            () -> assertEquals(label.apply("script"), TextNormalizer.detectScript(raw), "script"),
            () -> assertEquals(label.apply("region"), region == null ? "" : region.regionName(), "region"),
            () -> assertEquals(label.apply("region_code"), region == null ? "" : region.regionCode(), "region_code"),
            () -> assertEquals(label.apply("province"), region == null ? "" : region.province(), "province"),
            () -> assertEquals(label.apply("prefecture"), region == null ? "" : region.prefecture(), "prefecture"),
            () -> assertEquals(label.apply("admin_level"), region == null ? "" : region.adminLevel().label(), "admin_level"));
      }));
    }
    return tests.stream();
  }

  @Test
  void workReportCoversTheYearBeforeDelivery() {
    String text = "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表:\n现在,我代表国务院,向大会报告政府工作。\n一、2023年工作回顾";
    DocumentMetadata meta = MetadataExtractor.bundled().extract("2024年中华人民共和国国务院政府工作报告", text, 2024);
    assertEquals("work_report", meta.docType());
    assertEquals(2023, meta.reportYear());
    assertEquals("2024-03-05", meta.publishedDate());
    assertEquals("全国", meta.region().regionName());
  }

  @Test
  void resolutionIsOtherAndNational() {
    String text = "第十四届全国人民代表大会第二次会议关于政府工作报告的决议\n(2024年3月11日第十四届全国人民代表大会第二次会议通过)\n会议听取和审议了政府工作报告。";
    DocumentMetadata meta = MetadataExtractor.bundled().extract("第十四届全国人民代表大会第二次会议关于政府工作报告的决议", text, null);
    assertEquals("other", meta.docType());
    assertNull(meta.reportYear());
    assertEquals("2024-03-11", meta.publishedDate());
    assertEquals("全国", meta.region().regionName());
  }

  @Test
  void titleYearWinsOverOpeningYear() {
    String text = "泗阳县2022年度法治政府建设年度报告\n2023年,泗阳县坚持依法行政。";
    assertEquals(2022, MetadataExtractor.bundled().extract(null, text, null).reportYear());
  }

  @Test
  void aNumberedHeadingIsNotATitle() {
    String text = "2023年,泗阳县坚持依法行政,全面推进法治政府建设,取得积极成效,现将有关情况报告如下,请审阅并提出意见。\n一、主要举措和成效\n二、党政主要负责人履行推进法治政府建设第一责任人职责情况";
    assertNull(MetadataExtractor.findTitle(text));
    assertEquals("常州市2017年法治政府建设工作报告",
        MetadataExtractor.findTitle("您当前的位置:\n信息名称:常州市2017年法治政府建设工作报告\n常州市2017年法治政府建设工作报告\n江苏省人民政府:"));
  }

  @Test
  void invalidDatesAreIgnored() {
    assertNull(MetadataExtractor.isoDate("2023", "2", "30"));
    assertEquals("2023-02-28", MetadataExtractor.isoDate("2023", "2", "28"));
  }

  private static String str(Object value) {
    return value == null ? "" : value.toString();
  }
}
