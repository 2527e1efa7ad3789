package org.reportcorpus.jobs.ingest.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.ingest.RawDocument;
import org.reportcorpus.jobs.ingest.ReadOutcome;
import org.reportcorpus.jobs.ingest.RejectReason;
import org.reportcorpus.jobs.config.IngestSettings;

class HtmlReaderTest {

  private static final String REPORT = FormatFixtures.seed(FormatFixtures.SIMPLIFIED_SEED);

  private final FormatReader reader = new FormatReader(IngestSettings.defaults());

  private RawDocument read(String path, byte[] bytes) {
    ReadOutcome outcome = reader.read(path, bytes).get(0);
    assertFalse(outcome.isReject(), () -> outcome.reason() + ": " + outcome.detail());
    return outcome.document();
  }

  @Test
  void keepsTheBodyTextAndItsLinesDropsScriptsAndStyles() {
    RawDocument doc = read("/in/page.html", FormatFixtures.html(REPORT, "utf-8").getBytes(StandardCharsets.UTF_8));
    assertEquals("html", doc.sourceFormat());
    assertEquals("utf-8", doc.encoding());
    // every line of the report is a line of the page's text (the site's chrome may remain)
    FormatFixtures.assertContainsText(REPORT, doc.text());
    assertTrue(FormatFixtures.lines(doc.text()).containsAll(FormatFixtures.lines(REPORT)));
    assertFalse(doc.text().contains("脚本"), "script text leaked");
    assertFalse(doc.text().contains("text-indent"), "style text leaked");
    assertFalse(doc.text().contains("政务公开_常州市人民政府"), "the head's title is not body text");
    assertTrue(doc.text().contains("扫一扫在手机打开当前页"), "chrome stays for the boilerplate stage");
  }

  @Test
  void readsAGbkPageByItsContentAndDeclaration() {
    byte[] gbk = FormatFixtures.encode(FormatFixtures.html(REPORT, "gb2312"), "GB18030");
    RawDocument doc = read("/in/page.htm", gbk);
    assertEquals("gb18030", doc.encoding());
    FormatFixtures.assertContainsText(REPORT, doc.text());
  }

  @Test
  void aPageDeclaringGbkButServingUtf8IsUtf8() {
    byte[] utf8 = FormatFixtures.html(REPORT, "gbk").getBytes(StandardCharsets.UTF_8);
    assertEquals("utf-8", read("/in/page.html", utf8).encoding());
  }

  @Test
  void blocksBreakLinesCellsAreTabbedInlineElementsJoin() {
    String html = "<html><body><div>第一段<span>继续</span></div><p>第二段<br>换行</p>"
        + "<table><tr><td>索引号</td><td>014109429/2018-00032</td></tr></table>"
        + "<ul><li>一是</li><li>二是</li></ul><pre>  保留\n  格式</pre></body></html>";
    RawDocument doc = read("/in/t.html", html.getBytes(StandardCharsets.UTF_8));
    assertEquals("第一段继续\n第二段\n换行\n索引号\t014109429/2018-00032\n一是\n二是\n  保留\n  格式", doc.text());
  }

  @Test
  void collapsesSourceWhitespace() {
    String html = "<p>\n   2017年，  在省委、省政府\n   的正确领导下 </p>";
    assertEquals("2017年， 在省委、省政府 的正确领导下", read("/in/w.html", html.getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void aPageWithoutBodyTextIsEmpty() {
    byte[] bytes = "<html><head><title>t</title><script>x()</script></head><body> </body></html>"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals(RejectReason.EMPTY, reader.read("/in/e.html", bytes).get(0).reason());
  }

  @Test
  void aWordDocThatIsReallyHtmlIsReadAsHtml() {
    byte[] bytes = FormatFixtures.html(REPORT, "utf-8").getBytes(StandardCharsets.UTF_8);
    RawDocument doc = read("/in/report.doc", bytes);
    assertEquals("doc", doc.sourceFormat());
    assertEquals("utf-8", doc.encoding());
    FormatFixtures.assertContainsText(REPORT, doc.text());
  }

  @Test
  void textPastTheLimitIsTooLarge() {
    FormatReader small = new FormatReader(IngestSettings.defaults().withMaxTextChars(1000));
    byte[] bytes = FormatFixtures.html(REPORT, "utf-8").getBytes(StandardCharsets.UTF_8);
    assertEquals(RejectReason.TOO_LARGE, small.read("/in/big.html", bytes).get(0).reason());
  }
}
