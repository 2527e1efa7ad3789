package org.reportcorpus.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.report.Report.Item;

/**
 * The report as a reader opens it: headless Chromium with the network cut off loads the HTML
 * written from the test warehouse (with planted markup and a planted term) and the test checks
 * that no console error or exception occurred and nothing was fetched, every chart container
 * holds a drawn ECharts canvas of non-zero size with ink on it, the planted markup did not run and
 * reads as text, and the headline numbers shown are the figures' numbers. It saves a screenshot
 * of the whole page as target/report-test/report.png.
 */
class ReportBrowserTest {

  static final Path DIR = Path.of("target", "report-test").toAbsolutePath();
  static final String PLANTED_TERM = "<img src=x onerror=document.body.setAttribute('data-pwned','term')>";

  @Test
  void aReaderSeesEveryChartAndNoPlantedMarkupRuns() throws Exception {
    Report report = TrendReport.build(ReportWarehouse.run(), new ReportRequest(null, null, Scope.NATIONAL,
        List.of("数字政府", "放管服", PLANTED_TERM)));
    Path page = DIR.resolve("browser.html");
    Files.createDirectories(DIR);
    Files.writeString(page, HtmlReport.write(report, "2000-01-01T00:00:00Z"), StandardCharsets.UTF_8);
    int containers = 0;
    for (Report.Section section : report.sections()) {
      for (Figure figure : section.figures()) {
        containers += figure.drawn() ? Math.max(1, figure.chart().panels().size()) : 0;
      }
    }

    try (HeadlessChromium browser = HeadlessChromium.start(1280, 900)) {
      for (String domain : List.of("Runtime", "Log", "Page", "Network")) {
        browser.send(domain + ".enable", Map.of());
      }
      browser.send("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
          "downloadThroughput", -1, "uploadThroughput", -1));
      browser.send("Page.navigate", Map.of("url", page.toUri().toString()));
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (browser.evaluate("document.readyState === 'complete' && document.body.hasAttribute('data-charts-drawn')")
          .asBoolean() == false) {
        assertTrue(System.nanoTime() < deadline, "the report's script did not finish in 60 s");
        Thread.sleep(200);
      }

      List<String> problems = new ArrayList<>();
      for (JsonNode event : browser.events()) {
        String method = event.path("method").asText();
        JsonNode params = event.path("params");
        if (method.equals("Runtime.exceptionThrown")
            || method.equals("Runtime.consoleAPICalled") && List.of("error", "assert").contains(params.path("type").asText())
            || method.equals("Log.entryAdded") && params.path("entry").path("level").asText().equals("error")) {
          problems.add(event.toString());
        }
        if (method.equals("Network.requestWillBeSent")) {
          String url = params.path("request").path("url").asText();
          if (!url.startsWith("file:") && !url.startsWith("data:") && !url.startsWith("blob:")) {
            problems.add("fetched " + url);
          }
        }
      }
      assertEquals(List.of(), problems, "console errors, exceptions or requests");

      JsonNode charts = browser.evaluate("Array.from(document.querySelectorAll('.chart[data-figure]')).map(el => {"
          + " const chart = echarts.getInstanceByDom(el); const canvas = el.querySelector('canvas');"
          + " let ink = 0;"
          + " if (canvas) { const px = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
          + "   for (let i = 3; i < px.length; i += 4 * 7) { if (px[i] > 0) ink++; } }"
          + " return { id: el.dataset.figure + (el.dataset.panel ? ':' + el.dataset.panel : ''), drawn: !!chart,"
          + "   width: canvas ? canvas.width : 0, height: canvas ? canvas.height : 0, ink: ink }; })");
      assertEquals(containers, charts.size(), "one container per drawn figure and panel: " + charts);
      assertEquals(containers, browser.evaluate("Number(document.body.getAttribute('data-charts-drawn'))").asInt());
      for (JsonNode chart : charts) {
        assertTrue(chart.get("drawn").asBoolean(), "no chart in " + chart);
        assertTrue(chart.get("width").asInt() > 0 && chart.get("height").asInt() > 0, "empty canvas: " + chart);
        assertTrue(chart.get("ink").asInt() > 50, "nothing drawn: " + chart);
      }

      assertFalse(browser.evaluate("document.body.hasAttribute('data-pwned')").asBoolean(), "planted markup ran");
      assertEquals(0, browser.evaluate("document.images.length").asInt(), "an img element was planted");
      assertEquals(3, browser.evaluate("document.scripts.length").asInt(), "a script element was planted");
      String visible = browser.evaluate("document.body.innerText").asText();
      for (String planted : List.of(ReportWarehouse.TITLE, ReportWarehouse.SLOGAN, ReportWarehouse.EXAMPLE,
          ReportWarehouse.PATH, PLANTED_TERM)) {
        assertTrue(visible.contains(planted), "not shown as text: " + planted);
      }

      JsonNode shown = browser.evaluate("Array.from(document.querySelectorAll('.headline .number')).map(n =>"
          + " [n.querySelector('.label').textContent, n.querySelector('.value').textContent])");
      assertEquals(report.headline().size(), shown.size());
      for (int i = 0; i < shown.size(); i++) {
        Item item = report.headline().get(i);
        assertEquals(item.label(), shown.get(i).get(0).asText());
        assertEquals(item.value(), shown.get(i).get(1).asText());
      }

      JsonNode size = browser.send("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
      JsonNode shot = browser.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
          "clip", Map.of("x", 0, "y", 0, "width", size.get("width").asDouble(),
              "height", Math.min(size.get("height").asDouble(), 16000), "scale", 1)));
      Files.write(DIR.resolve("report.png"), Base64.getDecoder().decode(shot.get("data").asText()));
    }
  }
}
