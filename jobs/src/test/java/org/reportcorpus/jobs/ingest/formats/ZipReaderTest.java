package org.reportcorpus.jobs.ingest.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.ingest.ReadOutcome;
import org.reportcorpus.jobs.ingest.RejectReason;
import org.reportcorpus.jobs.config.IngestSettings;

class ZipReaderTest {

  private static final String REPORT = FormatFixtures.seed(FormatFixtures.SIMPLIFIED_SEED);

  private final FormatReader reader = new FormatReader(IngestSettings.defaults());

  /** source path → reason (or the document's source_format/encoding) */
  private static Map<String, String> summary(List<ReadOutcome> outcomes) {
    Map<String, String> summary = new TreeMap<>();
    for (ReadOutcome outcome : outcomes) {
      summary.put(outcome.sourcePath(), outcome.isReject() ? outcome.reason()
          : outcome.document().sourceFormat() + "/" + outcome.document().encoding());
    }
    return summary;
  }

  @Test
  void readsMixedEntriesByTheirOwnFormatsInMemory() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("reports/utf8.txt", REPORT.getBytes(StandardCharsets.UTF_8));
    entries.put("reports/gbk.txt", FormatFixtures.encode(REPORT, "GB18030"));
    entries.put("reports/page.html", FormatFixtures.html(REPORT, "utf-8").getBytes(StandardCharsets.UTF_8));
    entries.put("reports/report.docx", FormatFixtures.docx(REPORT));
    entries.put("reports/report.pdf", FormatFixtures.pdf(REPORT));
    entries.put("records.jsonl", "{\"content\":\"正文一\"}\n{\"content\":\"正文二\"}\n".getBytes(StandardCharsets.UTF_8));
    entries.put("records.csv", "content\n正文三\n".getBytes(StandardCharsets.UTF_8));
    entries.put("scan.png", FormatFixtures.png());
    entries.put("empty.txt", new byte[0]);
    entries.put("__MACOSX/reports/._utf8.txt", new byte[] {0, 5, 22, 7});
    entries.put("inner.zip", FormatFixtures.zip(Map.of("deep.txt", "内层文本".getBytes(StandardCharsets.UTF_8))));
    List<ReadOutcome> outcomes = reader.read("/in/batch.zip", FormatFixtures.zip(entries));

    Map<String, String> expected = new TreeMap<>();
    expected.put("/in/batch.zip!/reports/utf8.txt", "txt/utf-8");
    expected.put("/in/batch.zip!/reports/gbk.txt", "txt/gb18030");
    expected.put("/in/batch.zip!/reports/page.html", "html/utf-8");
    expected.put("/in/batch.zip!/reports/report.docx", "docx/null");
    expected.put("/in/batch.zip!/reports/report.pdf", "pdf/null");
    expected.put("/in/batch.zip!/records.jsonl#L1", "jsonl/utf-8");
    expected.put("/in/batch.zip!/records.jsonl#L2", "jsonl/utf-8");
    expected.put("/in/batch.zip!/records.csv#R1", "csv/utf-8");
    expected.put("/in/batch.zip!/scan.png", RejectReason.UNSUPPORTED_FORMAT);
    expected.put("/in/batch.zip!/empty.txt", RejectReason.EMPTY);
    expected.put("/in/batch.zip!/inner.zip!/deep.txt", "txt/utf-8");
    assertEquals(expected, summary(outcomes));

    for (ReadOutcome outcome : outcomes) {
      if (!outcome.isReject() && outcome.sourcePath().contains("/reports/")) {
        FormatFixtures.assertContainsText(REPORT, outcome.document().text());
      }
    }
  }

  @Test
  void decodesGbkEntryNamesFromChineseWindows() {
    byte[] zip = FormatFixtures.zip(Map.of("年度报告/常州市.txt", "正文".getBytes(StandardCharsets.UTF_8)),
        Charset.forName("GB18030"));
    assertEquals(Map.of("/in/gbk-names.zip!/年度报告/常州市.txt", "txt/utf-8"), summary(reader.read("/in/gbk-names.zip", zip)));
  }

  @Test
  void aZipBombIsOneTooLargeRejectAndKeepsNothing() {
    IngestSettings settings = IngestSettings.defaults().withArchiveLimits(10L * 1024 * 1024, 100, 2);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("a.txt", "第一份".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 4; i++) {
      entries.put("filler" + i + ".txt", "法治政府".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8)); // 12 MB each
    }
    List<ReadOutcome> outcomes = new FormatReader(settings).read("/in/bomb.zip", FormatFixtures.zip(entries));
    assertEquals(1, outcomes.size());
    assertEquals("/in/bomb.zip", outcomes.get(0).sourcePath());
    assertEquals(RejectReason.TOO_LARGE, outcomes.get(0).reason());
    assertTrue(outcomes.get(0).detail().contains("zip bomb"), outcomes.get(0).detail());
  }

  @Test
  void limitsEntriesEntrySizeAndDepth() {
    IngestSettings settings = IngestSettings.defaults().withArchiveLimits(1L << 30, 3, 1).withMaxFileBytes(1000);
    FormatReader limited = new FormatReader(settings);

    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      many.put(i + ".txt", "文".getBytes(StandardCharsets.UTF_8));
    }
    ReadOutcome tooMany = limited.read("/in/many.zip", FormatFixtures.zip(many)).get(0);
    assertEquals(RejectReason.TOO_LARGE, tooMany.reason());
    assertTrue(tooMany.detail().contains("more than 3 entries"), tooMany.detail());

    Map<String, byte[]> mixed = new LinkedHashMap<>();
    mixed.put("big.txt", "文".repeat(1000).getBytes(StandardCharsets.UTF_8));
    mixed.put("nested.zip", FormatFixtures.zip(Map.of("x.txt", "文".getBytes(StandardCharsets.UTF_8))));
    assertEquals(Map.of("/in/mixed.zip!/big.txt", RejectReason.TOO_LARGE,
            "/in/mixed.zip!/nested.zip", RejectReason.UNSUPPORTED_FORMAT),
        summary(limited.read("/in/mixed.zip", FormatFixtures.zip(mixed))));
  }

  @Test
  void brokenAndEmptyArchivesAreRejected() {
    assertEquals(RejectReason.PARSE_ERROR,
        reader.read("/in/broken.zip", "PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1)).get(0).reason());
    assertEquals(RejectReason.EMPTY, reader.read("/in/empty.zip", FormatFixtures.zip(Map.of())).get(0).reason());
  }
}
