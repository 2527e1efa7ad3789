package org.reportcorpus.jobs.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportcorpus.jobs.report.Report.Item;
import org.reportcorpus.jobs.report.Report.Section;

/**
 * Writes a {@link Report} as one self-contained HTML file: styles, the figures' data (as JSON in
 * a {@code <script type="application/json">}), Apache ECharts (from its webjar) and the report's
 * own script are inlined, so the file opens from disk with no network.
 *
 * <p>Safety: every text from the data goes through {@link Html#escape} or {@link ScriptJson}; the
 * script draws with canvas and sets text with textContent, never innerHTML; a Content Security
 * Policy allows only the page's own scripts (by hash), no fetches and no inline event handlers.
 * Tables and headline numbers are plain HTML, readable without JavaScript.
 *
 * <p>Determinism: the same report gives the same bytes, except the one line
 * {@code <p class="generated">…</p>}.
 */
public final class HtmlReport {

  /** The ECharts bundle inlined, from the webjar org.webjars.npm:echarts (the version in the pom). */
  public static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
  /** The start of the one line that differs between two runs. */
  public static final String GENERATED_PREFIX = "<p class=\"generated\">";
  /** Table rows shown per figure; the CSV holds them all. */
  static final int TABLE_ROWS = 200;

  private HtmlReport() {}

  public static String write(Report report, String generatedAt) {
    String data = ScriptJson.of(data(report));
    String echarts = resource(HtmlReport.class.getClassLoader(), ECHARTS);
    String script = resource(HtmlReport.class.getClassLoader(), "org/reportcorpus/jobs/report/report.js");
    String css = resource(HtmlReport.class.getClassLoader(), "org/reportcorpus/jobs/report/report.css");
    StringBuilder html = new StringBuilder(echarts.length() + data.length() * 3 + 65536);
    html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src ")
        .append(hash(echarts)).append(' ').append(hash(script))
        .append("; style-src 'unsafe-inline'; img-src data: blob:\">\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n") // no request for /favicon.ico
        .append("<title>").append(Html.escape(report.title())).append("</title>\n")
        .append("<style>\n").append(css).append("</style>\n</head>\n<body>\n");
    header(html, report, generatedAt);
    for (Section section : report.sections()) {
      section(html, section);
    }
    html.append("<footer><p>Made by report-corpus analytics (bin/corpus report). Charts: Apache ECharts ")
        .append("5.3.1 (Apache License 2.0), inlined. Every figure's SQL runs as shown in bin/corpus sql.</p></footer>\n");
    html.append("<script type=\"application/json\" id=\"report-data\">").append(data).append("</script>\n")
        .append("<script>").append(echarts).append("</script>\n")
        .append("<script>").append(script).append("</script>\n")
        .append("</body>\n</html>\n");
    return html.toString();
  }

  private static void header(StringBuilder html, Report report, String generatedAt) {
    html.append("<header>\n<h1>").append(Html.escape(report.title())).append("</h1>\n<dl class=\"params\">\n");
    for (Item item : report.parameters()) {
      html.append("<div><dt>").append(Html.escape(item.label())).append("</dt><dd>").append(Html.escape(item.value()))
          .append("</dd></div>\n");
    }
    html.append("</dl>\n").append(GENERATED_PREFIX).append("Generated at ").append(Html.escape(generatedAt))
        .append("</p>\n</header>\n");
    html.append("<section class=\"headline\" id=\"headline\">\n");
    for (Item item : report.headline()) {
      html.append("<div class=\"number\"><span class=\"value\">").append(Html.escape(item.value()))
          .append("</span><span class=\"label\">").append(Html.escape(item.label())).append("</span></div>\n");
    }
    html.append("</section>\n<nav><ol>\n");
    for (Section section : report.sections()) {
      html.append("<li><a href=\"#").append(Html.escape(section.id())).append("\">").append(Html.escape(section.title()))
          .append("</a></li>\n");
    }
    html.append("</ol></nav>\n<noscript><p class=\"note\">Charts need JavaScript; every number is in the tables.</p>")
        .append("</noscript>\n");
  }

  private static void section(StringBuilder html, Section section) {
    html.append("<section id=\"").append(Html.escape(section.id())).append("\">\n<h2>").append(Html.escape(section.title()))
        .append("</h2>\n<p class=\"guide\">").append(Html.escape(section.guide())).append("</p>\n");
    for (Figure figure : section.figures()) {
      figure(html, figure);
    }
    html.append("</section>\n");
  }

  private static void figure(StringBuilder html, Figure figure) {
    String id = Html.escape(figure.id());
    html.append("<figure id=\"fig-").append(id).append("\">\n<figcaption><h3>").append(Html.escape(figure.title()))
        .append("</h3><p class=\"guide\">").append(Html.escape(figure.guide())).append("</p></figcaption>\n");
    if (figure.empty() != null) {
      html.append("<p class=\"empty\">").append(Html.escape(figure.empty())).append("</p>\n");
    } else if (figure.chart() != null) {
      if (figure.chart().panels().isEmpty()) {
        html.append("<div class=\"chart ").append(Html.escape(figure.chart().kind())).append("\" data-figure=\"")
            .append(id).append("\"></div>\n");
      } else {
        html.append("<div class=\"panels\">\n");
        for (String panel : figure.chart().panels()) {
          html.append("<div class=\"panel\"><h4>").append(Html.escape(panel)).append("</h4><div class=\"chart ")
              .append(Html.escape(figure.chart().kind())).append("\" data-figure=\"").append(id)
              .append("\" data-panel=\"").append(Html.escape(panel)).append("\"></div></div>\n");
        }
        html.append("</div>\n");
      }
    }
    if (!figure.columns().isEmpty() && !figure.rows().isEmpty()) {
      table(html, figure);
      html.append("<p class=\"links\"><a class=\"csv\" href=\"#\" data-figure=\"").append(id).append("\" download=\"")
          .append(id).append(".csv\">Download the data (CSV)</a></p>\n");
    }
    if (!figure.sql().isEmpty()) {
      html.append("<details class=\"sql\"><summary>SQL that reproduces this figure</summary><pre><code>")
          .append(Html.escape(figure.sql())).append("</code></pre></details>\n");
    }
    html.append("</figure>\n");
  }

  private static void table(StringBuilder html, Figure figure) {
    html.append("<div class=\"table\"><table>\n<thead><tr>");
    for (String column : figure.columns()) {
      html.append("<th>").append(Html.escape(column)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    List<List<Object>> rows = figure.rows();
    for (List<Object> row : rows.subList(0, Math.min(rows.size(), TABLE_ROWS))) {
      html.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Object value = row.get(i);
        html.append(value instanceof Number ? "<td class=\"num\">" : "<td>")
            .append(Html.escape(format(value, figure.columns().get(i), figure))).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody></table></div>\n");
    if (rows.size() > TABLE_ROWS) {
      html.append("<p class=\"note\">The first ").append(TABLE_ROWS).append(" of ").append(rows.size())
          .append(" rows; the CSV holds all.</p>\n");
    }
  }

  /** A cell as the table shows it: shares as percentages, other fractions with 3 decimals. */
  static String format(Object value, String column, Figure figure) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      if (figure.percent().contains(column)) {
        return column.equals("change")
            ? String.format(Locale.ROOT, "%+.1f pp", d * 100)
            : String.format(Locale.ROOT, "%.1f%%", d * 100);
      }
      return String.format(Locale.ROOT, "%.3f", d);
    }
    return value.toString();
  }

  /** What the script reads: each figure's columns, rows and chart, and the province tiles. */
  static Map<String, Object> data(Report report) {
    Map<String, Object> figures = new LinkedHashMap<>();
    for (Section section : report.sections()) {
      for (Figure figure : section.figures()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", figure.id());
        entry.put("columns", figure.columns());
        entry.put("rows", figure.rows());
        entry.put("percent", figure.percent().stream().sorted().toList());
        if (figure.drawn()) {
          Map<String, Object> chart = new LinkedHashMap<>();
          chart.put("kind", figure.chart().kind());
          chart.put("spec", figure.chart().spec());
          entry.put("chart", chart);
        }
        figures.put(figure.id(), entry);
      }
    }
    List<List<Object>> tiles = new ArrayList<>();
    ProvinceTiles.all().forEach(t -> tiles.add(List.of(t.code(), t.shortName(), t.row(), t.col())));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("figures", figures);
    data.put("tiles", tiles);
    return data;
  }

  /** A CSP source for an inline script: 'sha256-…' of its text. */
  static String hash(String script) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String resource(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
