package org.reportcorpus.jobs.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.report.Report.Section;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.testing.SeedWarehouse;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report over the real documents of ../shared/corpus (the seeds and one national government
 * work report a year): every figure either has rows and draws them, or says in a sentence why not —
 * no line is drawn from a single year, no empty chart container is written.
 */
class SharedCorpusReportTest {

  private static final Logger LOG = LoggerFactory.getLogger(SharedCorpusReportTest.class);

  @Test
  void everyFigureDrawsItsDataOrSaysWhyNot() throws Exception {
    CorpusRun run = Sessions.prepare(SharedSpark.get(), SeedWarehouse.get());
    Report report = TrendReport.build(run, new ReportRequest(null, null, Scope.NATIONAL, List.of()));
    String html = HtmlReport.write(report, "2000-01-01T00:00:00Z");
    Files.createDirectories(TrendReportTest.HTML.getParent());
    Files.writeString(TrendReportTest.HTML.resolveSibling("shared-corpus.html"), html, StandardCharsets.UTF_8);
    assertFalse(report.params().terms().isEmpty(), "the work reports give terms that moved");
    int drawn = 0;
    for (Section section : report.sections()) {
      for (Figure figure : section.figures()) {
        LOG.info("shared corpus report: {} — {} rows — {}", figure.id(), figure.rows().size(),
            figure.empty() == null ? (figure.chart() == null ? "table" : "drawn") : figure.empty());
        if (figure.empty() != null) {
          assertTrue(figure.empty().matches("(Too little data|Not available|No |Every ).*"), figure.empty());
          assertFalse(html.contains("data-figure=\"" + figure.id() + "\"></div>"), figure.id() + " drew an empty chart");
          continue;
        }
        assertFalse(figure.rows().isEmpty(), figure.id());
        if (figure.chart() != null && figure.chart().kind().equals("lines")) {
          Set<Object> years = new HashSet<>();
          figure.rows().forEach(row -> years.add(figure.value(row, "year")));
          assertTrue(years.size() >= 2, figure.id() + " draws a line from one year");
        }
        drawn += figure.drawn() ? 1 : 0;
      }
    }
    assertTrue(drawn >= 5, "most figures have data here: " + drawn);
    Figure trend = report.sections().stream().flatMap(s -> s.figures().stream())
        .filter(f -> f.id().equals("terms_trend")).findFirst().orElseThrow();
    assertNull(trend.empty(), "a national report a year gives trend lines: " + trend.empty());
  }
}
