package org.reportcorpus.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.region.AdminLevel;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.udfs.terms.TermEntry;
import org.reportcorpus.udfs.text.TextNormalizer;

class ReportComposerTest {

  private final TermCounter counter = new TermCounter(TermDictionary.load(Fixtures.terms()));
  private final ReportComposer composer = new ReportComposer(
      Phrasebook.builtIn().vetted(counter, TextNormalizer::normalize), counter);
  private final ReportingRegion changshu = new ReportingRegion("320581", "常熟市", AdminLevel.COUNTY, "320000", "江苏省",
      "苏州市", "常熟市人民政府", "苏州市人民政府", "全市", "市政府", "市司法局", "乡镇(街道)");

  private ReportPlan plan(boolean hasTitle, int targetChars, long seed) {
    return plan(2024, hasTitle, targetChars, seed);
  }

  private ReportPlan plan(int year, boolean hasTitle, int targetChars, long seed) {
    return new ReportPlan(0, changshu, null, year, LocalDate.of(year + 1, 3, 4), OutputFormat.TXT_UTF8, "x.txt",
        hasTitle, targetChars, seed);
  }

  @Test
  void earlyReportsDoNotUseLaterPhrases() {
    int[] none = new int[counter.terms().size()];
    for (long seed = 0; seed < 20; seed++) {
      String text = composer.compose(plan(2016, true, 12_000, seed), none).text();
      assertFalse(text.contains("新时代") || text.contains("民法典") || text.contains("二十大"), text);
      assertTrue(text.contains("2016年,常熟市坚持"));
    }
  }

  @Test
  void aReportWithoutMentionsHoldsNoTerm() {
    ComposedReport report = composer.compose(plan(true, 9000, 1L), new int[counter.terms().size()]);
    assertArrayEquals(new int[counter.terms().size()], counter.count(report.text()));
    assertTrue(report.text().startsWith(report.title() + "\n苏州市人民政府:\n") || report.text().startsWith(report.title()
        + "\n2024年,常熟市"), report.text().substring(0, 80));
    assertTrue(report.text().endsWith("\n常熟市人民政府\n2025年3月4日"));
  }

  @Test
  void plantedMentionsAreExactlyWhatTheTextHolds() {
    List<TermEntry> terms = counter.terms();
    int[] mentions = new int[terms.size()];
    for (int t = 0; t < mentions.length; t++) {
      mentions[t] = 1 + t % 6;
    }
    ComposedReport report = composer.compose(plan(false, 2000, 2L), mentions);
    assertTrue(report.text().startsWith("2024年,常熟市坚持"), report.text().substring(0, 40));
    assertArrayEquals(counter.count(report.text()), report.counts());
    for (int t = 0; t < mentions.length; t++) {
      String term = terms.get(t).term();
      boolean containedInAnother = terms.stream().anyMatch(o -> !o.term().equals(term)
          && o.surfaceForms().stream().anyMatch(f -> f.contains(term)));
      if (!containedInAnother) {
        assertEquals(mentions[t], report.counts()[t], term);
      } else {
        assertTrue(report.counts()[t] >= mentions[t], term);
      }
    }
  }

  @Test
  void lengthFollowsTheTarget() {
    int[] none = new int[counter.terms().size()];
    for (int target : new int[] {3000, 10_000, 35_000}) {
      int chars = composer.compose(plan(true, target, target), none).chars();
      assertTrue(Math.abs(chars - target) < target * 0.2 + 500, target + " → " + chars);
    }
  }

  @Test
  void failsLoudlyWhenTheTextKeepsFormingATermAcrossSentences() {
    // No phrase holds 。二是, but joined 一是…。二是… items do: every attempt miscounts.
    TermCounter seam = new TermCounter(TermDictionary.parse("term\tcategory\n。二是\t其他\n"));
    ReportComposer strict = new ReportComposer(Phrasebook.builtIn().vetted(seam, s -> s), seam);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> strict.compose(plan(true, 20_000, 4L), new int[1]));
    assertTrue(e.getMessage().contains("after " + ReportComposer.MAX_ATTEMPTS + " attempts"), e.getMessage());
  }

  @Test
  void theSameSeedGivesTheSameText() {
    int[] mentions = new int[counter.terms().size()];
    Arrays.fill(mentions, 2);
    assertEquals(composer.compose(plan(true, 8000, 9L), mentions).text(),
        composer.compose(plan(true, 8000, 9L), mentions).text());
  }
}
