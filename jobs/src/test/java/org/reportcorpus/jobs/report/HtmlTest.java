package org.reportcorpus.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void markupBecomesText() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.escape("<script>alert(1)</script>"));
    assertEquals("&lt;/script&gt;&lt;img src=x onerror=&quot;a()&quot;&gt;",
        Html.escape("</script><img src=x onerror=\"a()\">"));
    assertEquals("&#39; onmouseover=&#39;x", Html.escape("' onmouseover='x"));
    assertEquals("&amp;lt; {{7*7}} 数字政府", Html.escape("&lt; {{7*7}} 数字政府"));
  }

  @Test
  void nullIsEmpty() {
    assertEquals("", Html.escape(null));
  }

  @Test
  void nothingEscapedCanOpenATagOrAnAttribute() {
    String escaped = Html.escape("<a href=\"x\" onclick='y'>&");
    for (char c : new char[] {'<', '>', '"', '\''}) {
      assertFalse(escaped.indexOf(c) >= 0, "found " + c + " in " + escaped);
    }
  }
}
