package org.reportcorpus.jobs.ingest.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.ingest.RawDocument;
import org.reportcorpus.jobs.ingest.ReadOutcome;
import org.reportcorpus.jobs.ingest.RejectReason;
import org.reportcorpus.jobs.config.IngestSettings;

class CsvReaderTest {

  private final FormatReader reader = new FormatReader(IngestSettings.defaults());

  @Test
  void readsRecordsWithBomAndMultiLineQuotedFields() {
    String csv = "Title,year,URL,content\r\n"
        + "常州市2017年法治政府建设工作报告,2018,https://www.changzhou.gov.cn/1,\"江苏省人民政府：\r\n"
        + "  2017年，在省委、省政府的正确领导下，\"\"依法行政\"\"取得成效。\r\n一、精心组织\"\r\n"
        + "\r\n"
        + "无年份,,,\"第二份, 带逗号\"\n"
        + "空正文,2020,,\"  \"\n";
    byte[] bytes = FormatFixtures.withBom(FormatFixtures.utf8Bom(), csv.getBytes(StandardCharsets.UTF_8));
    List<ReadOutcome> outcomes = reader.read("/in/reports.csv", bytes);
    assertEquals(3, outcomes.size());

    RawDocument first = outcomes.get(0).document();
    assertEquals("/in/reports.csv#R1", first.sourcePath());
    assertEquals("csv", first.sourceFormat());
    assertEquals("utf-8", first.encoding());
    assertEquals("常州市2017年法治政府建设工作报告", first.givenTitle());
    assertEquals(2018, first.givenYear());
    assertEquals("https://www.changzhou.gov.cn/1", first.url());
    assertEquals("江苏省人民政府：\r\n  2017年，在省委、省政府的正确领导下，\"依法行政\"取得成效。\r\n一、精心组织", first.text());

    RawDocument second = outcomes.get(1).document();
    assertEquals("/in/reports.csv#R2", second.sourcePath());
    assertEquals("第二份, 带逗号", second.text());
    assertNull(second.givenYear());
    assertNull(second.url());

    assertEquals(RejectReason.EMPTY, outcomes.get(2).reason());
    assertEquals("/in/reports.csv#R3", outcomes.get(2).sourcePath());
  }

  @Test
  void readsAnExcelGbkExportAndConfiguredColumns() {
    String csv = "标题,正文\n报告一,\"第一行\n第二行\"\n";
    IngestSettings settings = IngestSettings.defaults().withTextFields(List.of("正文"));
    List<ReadOutcome> outcomes = new FormatReader(settings).read("/in/gbk.csv", FormatFixtures.encode(csv, "GBK"));
    assertEquals(1, outcomes.size());
    assertEquals("gb18030", outcomes.get(0).document().encoding());
    assertEquals("第一行\n第二行", outcomes.get(0).document().text());
  }

  @Test
  void aHeaderWithoutTextColumnRejectsTheFile() {
    List<ReadOutcome> outcomes = reader.read("/in/t.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(1, outcomes.size());
    assertEquals(RejectReason.PARSE_ERROR, outcomes.get(0).reason());
    assertEquals("/in/t.csv", outcomes.get(0).sourcePath());
    assertTrue(outcomes.get(0).detail().startsWith("no text column"), outcomes.get(0).detail());
  }

  @Test
  void anUnclosedQuoteRejectsItsLineAndTheRecordsAfterItAreKept() {
    String csv = "title,text\n一,好的记录\n二,\"没有结束的引号\n三,下一行\n四,\"多行\n记录\"\n";
    List<ReadOutcome> outcomes = reader.read("/in/q.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("#R1 一 好的记录", "#R2 parse_error", "#R3 三 下一行", "#R4 四 多行\n记录"),
        outcomes.stream().map(o -> o.sourcePath().substring("/in/q.csv".length()) + (o.isReject() ? " " + o.reason()
            : " " + o.document().givenTitle() + " " + o.document().text())).toList());
    assertTrue(outcomes.get(1).detail().startsWith("line 3: Invalid character between encapsulated token"),
        outcomes.get(1).detail());
  }

  @Test
  void aBadRecordAtTheEndIsRejectedAlone() {
    String csv = "text\n好的记录\n\"没有结束的引号\n";
    List<ReadOutcome> outcomes = reader.read("/in/q.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, outcomes.size());
    assertEquals("好的记录", outcomes.get(0).document().text());
    assertEquals("/in/q.csv#R2", outcomes.get(1).sourcePath());
    assertEquals(RejectReason.PARSE_ERROR, outcomes.get(1).reason());
  }

  @Test
  void aHeaderOnlyFileIsEmpty() {
    assertEquals(RejectReason.EMPTY, reader.read("/in/h.csv", "content\n".getBytes(StandardCharsets.UTF_8)).get(0).reason());
  }
}
