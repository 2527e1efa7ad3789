package org.reportcorpus.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes reports under --out in the three shapes a crawl delivers: UTF-8 text files, GB18030
 * text files, and JSONL records ({@code title}, {@code content}, {@code year}, {@code url}).
 *
 * <p>Reports must arrive in plan order: JSONL files are written one after the other, each opened
 * when its first record arrives.
 */
final class CorpusWriter implements Closeable {

  static final Charset GB18030 = Charset.forName("GB18030");

  private final Path out;
  private final ObjectMapper json = new ObjectMapper();
  private String jsonlFile;
  private BufferedWriter jsonl;

  CorpusWriter(Path out) {
    this.out = out;
  }

  void write(ComposedReport report) throws IOException {
    ReportPlan plan = report.plan();
    switch (plan.format()) {
      case TXT_UTF8 -> writeText(plan, report.text(), StandardCharsets.UTF_8);
      case TXT_GB18030 -> writeText(plan, report.text(), GB18030);
      case JSONL -> writeRecord(report);
    }
  }

  private void writeText(ReportPlan plan, String text, Charset charset) throws IOException {
    Path file = out.resolve(plan.source());
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(charset));
  }

  private void writeRecord(ComposedReport report) throws IOException {
    ReportPlan plan = report.plan();
    if (!plan.file().equals(jsonlFile)) {
      closeJsonl();
      Path file = out.resolve(plan.file());
      Files.createDirectories(file.getParent());
      jsonl = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      jsonlFile = plan.file();
    }
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("title", report.title() == null ? "" : report.title());
    record.put("content", report.text());
    record.put("year", plan.year());
    record.put("url", url(plan));
    jsonl.write(json.writeValueAsString(record));
    jsonl.write('\n');
  }

  /** A made-up page address in the style of a government site's article URLs. */
  static String url(ReportPlan plan) {
    LocalDate d = plan.published();
    long column = 1000 + Math.floorMod(plan.seed(), 9000L);
    return "https://example.gov.cn/art/" + d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth()
        + "/art_" + column + "_" + (100000 + plan.index()) + ".html";
  }

  private void closeJsonl() throws IOException {
    if (jsonl != null) {
      jsonl.close();
      jsonl = null;
      jsonlFile = null;
    }
  }

  @Override
  public void close() throws IOException {
    closeJsonl();
  }
}
