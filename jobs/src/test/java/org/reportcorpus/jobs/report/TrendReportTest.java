package org.reportcorpus.jobs.report;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.report.Report.Section;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.TrendSlice;

/**
 * The report over a generated warehouse with planted markup: its figures are what their SQL
 * returns and what the tables hold, the HTML carries the same numbers, shows the planted markup
 * only as text, references nothing outside itself and repeats byte for byte.
 */
class TrendReportTest {

  /** Where the report is written for the browser test and for a reader of the build. */
  static final Path HTML = Path.of("target", "report-test", "report.html");

  private static CorpusRun run;
  private static Report report;
  private static String html;

  @BeforeAll
  static void build() throws IOException {
    run = ReportWarehouse.run();
    report = TrendReport.build(run, new ReportRequest(null, null, Scope.NATIONAL, List.of()));
    html = HtmlReport.write(report, "2000-01-01T00:00:00Z");
    Files.createDirectories(HTML.getParent());
    Files.writeString(HTML, html, StandardCharsets.UTF_8);
  }

  @Test
  void defaultsAreTheLatestYearTheOneBeforeAndTheTermsThatMovedMost() {
    assertEquals(ReportWarehouse.LAST_YEAR, report.params().year());
    assertEquals(ReportWarehouse.LAST_YEAR - 1, report.params().compareTo());
    assertEquals(ReportRequest.DEFAULT_TERMS, report.params().terms().size());
    Figure movers = figure("terms_movers");
    List<String> byChange = new ArrayList<>();
    movers.rows().stream()
        .sorted((a, b) -> Double.compare(Math.abs((Double) movers.value(b, "change")),
            Math.abs((Double) movers.value(a, "change"))))
        .limit(ReportRequest.DEFAULT_TERMS)
        .forEach(row -> byChange.add((String) movers.value(row, "term")));
    assertEquals(byChange.stream().sorted().toList(), report.params().terms().stream().sorted().toList());
  }

  @Test
  void everyFigureIsWhatItsSqlReturns() {
    for (Section section : report.sections()) {
      for (Figure figure : section.figures()) {
        if (figure.sql().isEmpty() || figure.empty() != null && figure.rows().isEmpty()) {
          continue;
        }
        List<List<Object>> again = new ArrayList<>();
        run.spark().sql(figure.sql()).collectAsList().forEach(row -> again.add(Values.of(row)));
        assertEquals(again, figure.rows(), figure.id());
      }
    }
  }

  @Test
  void everySectionHasDataHere() {
    for (Section section : report.sections()) {
      for (Figure figure : section.figures()) {
        if (!figure.id().equals("quality_rejects")) { // the generated corpus has no bad file
          assertNull(figure.empty(), figure.id() + ": " + figure.empty());
          assertFalse(figure.rows().isEmpty(), figure.id());
        }
      }
    }
  }

  @Test
  void headlineNumbersAreCountsOfTheDocuments() {
    int year = report.params().year();
    Dataset<Row> documents = run.store().read(Tables.DOCUMENTS);
    Figure headline = figure("coverage_headline");
    List<Object> row = headline.rows().get(0);
    assertEquals(documents.filter(col("report_year").equalTo(year)).count(), headline.value(row, "documents_" + year));
    assertEquals(documents.filter(col("report_year").equalTo(year)).select("region_code").na().drop().distinct().count(),
        headline.value(row, "regions_" + year));
    assertEquals(documents.count(), headline.value(row, "documents_all_years"));
  }

  @Test
  void moversAreShareDifferencesOfTheNationalSlice() {
    int y = report.params().year();
    int y0 = report.params().compareTo();
    Dataset<Row> slice = run.store().read(Tables.TERM_TRENDS).filter(TrendSlice.headline());
    Figure movers = figure("terms_movers");
    assertFalse(movers.rows().isEmpty());
    for (List<Object> row : movers.rows()) {
      String term = (String) movers.value(row, "term");
      double now = share(slice, term, y);
      double before = share(slice, term, y0);
      assertEquals(now - before, (Double) movers.value(row, "change"), 1e-6, term);
      assertEquals(now, (Double) movers.value(row, "share_" + y), 1e-6, term);
    }
  }

  @Test
  void adoptionCurveIsTheAdoptionTable() {
    Figure curve = figure("diffusion_curve");
    Dataset<Row> adoption = run.store().read(Tables.TERM_ADOPTION).filter(col("scope").equalTo("national"));
    for (List<Object> row : curve.rows()) {
      Row expected = adoption.filter(col("term").equalTo(curve.value(row, "term"))
          .and(col("year").equalTo(((Long) curve.value(row, "year")).intValue()))).first();
      assertEquals(expected.<Double>getAs("adoption_share"), (Double) curve.value(row, "adoption_share"), 1e-6);
    }
  }

  @Test
  void theHtmlEmbedsEveryFiguresRows() throws IOException {
    JsonNode data = new ObjectMapper().readTree(embeddedJson(html));
    for (Section section : report.sections()) {
      for (Figure figure : section.figures()) {
        JsonNode rows = data.get("figures").get(figure.id()).get("rows");
        assertEquals(figure.rows().size(), rows.size(), figure.id());
        for (int r = 0; r < rows.size(); r++) {
          for (int c = 0; c < figure.columns().size(); c++) {
            Object expected = figure.rows().get(r).get(c);
            JsonNode actual = rows.get(r).get(c);
            if (expected instanceof Number number) {
              assertEquals(number.doubleValue(), actual.asDouble(), 0.0, figure.id());
            } else if (expected == null) {
              assertTrue(actual.isNull(), figure.id());
            } else {
              assertEquals(expected.toString(), actual.asText(), figure.id());
            }
          }
        }
      }
    }
  }

  @Test
  void plantedMarkupIsOnlyText() {
    for (String planted : List.of(ReportWarehouse.TITLE, ReportWarehouse.PATH, ReportWarehouse.SLOGAN,
        ReportWarehouse.EXAMPLE)) {
      assertFalse(html.contains(planted), planted);
      assertTrue(html.contains(Html.escape(planted)), "shown as text: " + planted);
    }
    assertEquals(3, count(html, "<script"), "the data, ECharts and the report's script");
    assertEquals(3, count(html, "</script"));
    // ECharts' own code mentions <img; the rest of the page must not.
    String page = html.replace(HtmlReport.resource(HtmlReport.class.getClassLoader(), HtmlReport.ECHARTS), "");
    assertEquals(0, count(page, "<img"));
    assertEquals(0, count(page, "<b>"));
    assertFalse(page.contains("innerHTML"), "the report's script sets no HTML");
  }

  @Test
  void referencesNothingOutsideTheFile() {
    Matcher reference = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//|url\\(\\s*[\"']?https?:|@import")
        .matcher(html);
    assertFalse(reference.find(), () -> "external reference: " + html.substring(reference.start(),
        Math.min(html.length(), reference.start() + 80)));
    assertTrue(html.contains("default-src 'none'"), "a Content Security Policy forbids fetching anything");
  }

  @Test
  void theSameWarehouseGivesTheSameBytesButOneLine() {
    Report again = TrendReport.build(run, new ReportRequest(null, null, Scope.NATIONAL, List.of()));
    String second = HtmlReport.write(again, "2099-12-31T23:59:59Z");
    assertFalse(second.equals(html));
    assertEquals(withoutGeneratedLine(html), withoutGeneratedLine(second));
    assertTrue(html.getBytes(StandardCharsets.UTF_8).length < 3_000_000, "under 3 MB");
  }

  @Test
  void aProvinceReportHasItsPrefecturesAsGeography() {
    Row biggest = run.spark().sql("SELECT province_code, count(*) AS n FROM corpus.documents WHERE province_code"
        + " IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT 1").first();
    Scope scope = Scope.parse("province:" + biggest.getString(0));
    Report province = TrendReport.build(run, new ReportRequest(null, null, scope, List.of()));
    Figure byArea = find(province, "coverage_areas");
    assertNull(byArea.empty(), byArea.empty());
    Dataset<Row> documents = run.store().read(Tables.DOCUMENTS).filter(col("province_code").equalTo(scope.province().code()));
    for (List<Object> row : byArea.rows()) {
      assertTrue(documents.filter(col("prefecture_code").equalTo(byArea.value(row, "code"))).count() > 0);
    }
    Figure map = find(province, "diffusion_map");
    assertEquals("bars", map.chart().kind());
    assertTrue(province.title().contains(scope.province().name()));
    String provinceHtml = HtmlReport.write(province, "x");
    assertTrue(provinceHtml.contains(Html.escape(scope.province().name())));
  }

  @Test
  void figuresWithTooLittleDataSaySoInsteadOfDrawing() {
    Report early = TrendReport.build(run, new ReportRequest(ReportWarehouse.FIRST_YEAR, ReportWarehouse.FIRST_YEAR - 5,
        Scope.NATIONAL, List.of("数字政府")));
    Figure movers = find(early, "terms_movers");
    assertNotNull(movers.empty());
    assertTrue(movers.empty().startsWith("Too little data"), movers.empty());
    String earlyHtml = HtmlReport.write(early, "x");
    assertTrue(earlyHtml.contains("<p class=\"empty\">Too little data"));
    assertFalse(earlyHtml.contains("data-figure=\"terms_movers\"></div>"), "no empty chart drawn");
  }

  static String embeddedJson(String page) {
    String start = "<script type=\"application/json\" id=\"report-data\">";
    int from = page.indexOf(start) + start.length();
    return page.substring(from, page.indexOf("</script>", from));
  }

  static String withoutGeneratedLine(String page) {
    return page.replaceAll("(?m)^" + Pattern.quote(HtmlReport.GENERATED_PREFIX) + ".*$", "");
  }

  private static double share(Dataset<Row> slice, String term, int year) {
    return slice.filter(col("term").equalTo(term).and(col("year").equalTo(year))).first().getAs("doc_share");
  }

  private static Figure figure(String id) {
    return find(report, id);
  }

  private static Figure find(Report in, String id) {
    return in.sections().stream().flatMap(s -> s.figures().stream()).filter(f -> f.id().equals(id)).findFirst()
        .orElseThrow();
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

}
