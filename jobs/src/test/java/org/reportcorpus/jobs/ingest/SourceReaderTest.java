package org.reportcorpus.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.IngestSettings;

class SourceReaderTest {

  private final SourceReader reader = new SourceReader(List.of("content", "text", "full_text"), 1000);

  @Test
  void readsUtf8AndGb18030Text() {
    String report = "泗阳县2023年法治政府建设年度报告\n2023年,泗阳县坚持依法行政。";
    ReadOutcome utf8 = reader.read("/x/a.txt", report.getBytes(StandardCharsets.UTF_8)).get(0);
    ReadOutcome gb = reader.read("/x/b.txt", report.getBytes(Charset.forName("GB18030"))).get(0);
    assertEquals(report, utf8.document().text());
    assertEquals("utf-8", utf8.document().encoding());
    assertEquals(report, gb.document().text());
    assertEquals("gb18030", gb.document().encoding());
  }

  @Test
  void readsJsonlRecordsAndRejectsBadLines() {
    String jsonl = String.join("\n",
        "{\"title\":\"标题一\",\"content\":\"正文一\",\"year\":2021,\"url\":\"https://e.gov.cn/1\"}",
        "",
        "{\"text\":\"正文二\",\"year\":\"2020\"}",
        "{not json",
        "{\"title\":\"无正文\",\"content\":\"\"}",
        "[1,2]");
    List<ReadOutcome> outcomes = reader.read("/x/r.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
    assertEquals(5, outcomes.size());
    RawDocument first = outcomes.get(0).document();
    assertEquals("/x/r.jsonl#L1", first.sourcePath());
    assertEquals("标题一", first.givenTitle());
    assertEquals(2021, first.givenYear());
    assertEquals("https://e.gov.cn/1", first.url());
    assertEquals("正文二", outcomes.get(1).document().text());
    assertEquals(2020, outcomes.get(1).document().givenYear());
    assertEquals("/x/r.jsonl#L3", outcomes.get(1).sourcePath());
    assertEquals(RejectReason.PARSE_ERROR, outcomes.get(2).reason());
    assertEquals("/x/r.jsonl#L4", outcomes.get(2).sourcePath());
    assertEquals(RejectReason.EMPTY, outcomes.get(3).reason());
    assertEquals(RejectReason.PARSE_ERROR, outcomes.get(4).reason());
  }

  @Test
  void aJsonlLineOfInvalidUtf8RejectsThatLineAloneAndKeepsTheOthers() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("{\"content\":\"依法行政第一条\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {'{', '"', 'c', 'o', 'n', 't', 'e', 'n', 't', '"', ':', '"', (byte) 0xE6, (byte) 0xB3,
        '"', '}', '\n'}); // a character cut after two of its three bytes
    bytes.write("{\"content\":\"依法行政第三条\"}\n".getBytes(StandardCharsets.UTF_8));

    List<ReadOutcome> outcomes = reader.read("/x/r.jsonl", bytes.toByteArray());

    assertEquals(List.of("/x/r.jsonl#L1 doc 依法行政第一条", "/x/r.jsonl#L2 undecodable",
        "/x/r.jsonl#L3 doc 依法行政第三条"), outcomes.stream().map(o -> o.sourcePath()
            + (o.isReject() ? " " + o.reason() : " doc " + o.document().text())).toList());
    assertEquals("utf-8", outcomes.get(2).document().encoding());
  }

  @Test
  void prechecksSizeAndFormat() {
    assertEquals(RejectReason.EMPTY, reader.precheck("/x/a.txt", 0).reason());
    assertEquals(RejectReason.TOO_LARGE, reader.precheck("/x/a.txt", 1001).reason());
    assertEquals(RejectReason.UNSUPPORTED_FORMAT, reader.precheck("/x/a.png", 10).reason());
    assertEquals(RejectReason.UNSUPPORTED_FORMAT, reader.precheck("/x/README", 10).reason());
    for (String name : List.of("a.TXT", "a.html", "a.HTM", "a.pdf", "a.docx", "a.doc", "a.jsonl", "a.csv", "a.zip")) {
      assertNull(reader.precheck("/x/" + name, 10), name);
    }
  }

  @Test
  void namesFormatsByExtension() {
    assertEquals("txt", SourceReader.formatOf("/x/-  report 1.txt"));
    assertEquals("html", SourceReader.formatOf("/x/page.htm"));
    assertEquals("docx", SourceReader.formatOf("hdfs://nn/x/a.DOCX"));
    assertEquals("zip", SourceReader.formatOf("/x/batch.zip"));
    assertNull(SourceReader.formatOf("/x/archive.tar.gz"));
    assertNull(SourceReader.formatOf("/x.d/noextension"));
  }

  @Test
  void buildsFromConfigAndShipsSmall() throws IOException {
    SourceReader configured = SourceReader.fromConfig(CorpusConfig.of(
        Map.of("corpus.ingest.max_file_bytes", "2048", IngestSettings.MAX_ARCHIVE_ENTRIES, "12"), List.of()));
    assertEquals(2048, configured.settings().maxFileBytes());
    assertEquals(12, configured.settings().maxArchiveEntries());
    assertEquals(RejectReason.TOO_LARGE, configured.precheck("/x/a.pdf", 2049).reason());

    ByteArrayOutputStream serialized = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(serialized)) {
      out.writeObject(configured);
    }
    // settings only: no parser, no Tika, no ICU travels to the executors
    assertTrue(serialized.size() < 2048, "serialized reader: " + serialized.size() + " bytes");
  }

  @Test
  void neverThrowsForBadInput() {
    byte[][] inputs = {new byte[] {0}, new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00}, "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII),
        "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), "{\"content\": 1".getBytes(StandardCharsets.UTF_8)};
    for (String name : List.of("a.txt", "a.html", "a.pdf", "a.docx", "a.doc", "a.jsonl", "a.csv", "a.zip")) {
      for (byte[] input : inputs) {
        List<ReadOutcome> outcomes = reader.read("/x/" + name, input);
        assertTrue(!outcomes.isEmpty(), name);
        for (ReadOutcome outcome : outcomes) {
          assertTrue(!outcome.isReject() || RejectReason.ALL.contains(outcome.reason()), outcome.toString());
        }
      }
    }
  }

  @Test
  void rejectsBinaryAndBlankText() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
    assertEquals(RejectReason.NOT_TEXT, reader.read("/x/p.txt", png).get(0).reason());
    assertEquals(RejectReason.EMPTY, reader.read("/x/s.txt", " \n\t ".getBytes(StandardCharsets.UTF_8)).get(0).reason());
    assertTrue(reader.read("/x/e.jsonl", "\n\n".getBytes(StandardCharsets.UTF_8)).get(0).isReject());
  }
}
