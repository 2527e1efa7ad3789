package org.reportcorpus.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.udfs.terms.TermEntry;
import org.reportcorpus.udfs.text.TextNormalizer;

class SlogansTest {

  private final TermDictionary dictionary = TermDictionary.load(Fixtures.terms());
  private final TermCounter counter = new TermCounter(dictionary);

  @Test
  void builtInSlogansAreShortHanPhrasesOutsideTheDefaultDictionary() {
    assertTrue(Slogans.BUILT_IN.size() >= 10, "about a dozen slogans");
    Set<String> texts = new HashSet<>();
    for (Slogans.Slogan slogan : Slogans.BUILT_IN) {
      String s = slogan.text();
      assertTrue(texts.add(s), "duplicate " + s);
      assertTrue(s.length() >= 4 && s.length() <= 8, s);
      assertTrue(s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), s);
      assertEquals(s, TextNormalizer.normalize(s));
      assertNull(counter.firstSurfaceForm(s), s + " holds a dictionary term");
      for (String form : dictionary.allSurfaceForms()) {
        assertFalse(form.contains(s), form + " holds " + s);
      }
      assertTrue(Set.of("政务服务", "行政执法", "决策", "监督", "数字化", "基层治理", "法治宣传").contains(slogan.category()), s);
    }
    for (String a : texts) {
      for (String b : texts) {
        assertTrue(a.equals(b) || !a.contains(b), a + " holds " + b);
      }
    }
    assertEquals(Slogans.BUILT_IN, Slogans.usable(counter, TextNormalizer::normalize));
  }

  @Test
  void thePhraseListsHoldNoSlogan() {
    Phrasebook raw = Phrasebook.builtIn();
    TermCounter both = Slogans.withDictionary(counter, Slogans.BUILT_IN);
    assertEquals(raw.size(), raw.vetted(both, TextNormalizer::normalize).size());
    // …nor does a filled-in sentence, drawn many times from every list
    TermCounter slogansOnly = Slogans.counter(Slogans.BUILT_IN);
    ReportingRegion region = new ReportingRegion("320581", "常熟市", org.reportcorpus.udfs.region.AdminLevel.COUNTY,
        "320000", "江苏省", "苏州市", "常熟市人民政府", "苏州市人民政府", "全市", "市政府", "市司法局", "乡镇(街道)");
    ReportContext ctx = new ReportContext(raw, new ReportPlan(0, region, null, 2022, java.time.LocalDate.of(2023, 3, 1),
        OutputFormat.TXT_UTF8, "x.txt", true, 9000, 1L));
    Random rng = new Random(3);
    for (String key : List.of("pattern.achieve", "pattern.plan", "pattern.duty", "pattern.weak", "pattern.stat")) {
      for (int i = 0; i < 400; i++) {
        String sentence = ctx.fill(ctx.pick(rng, key, Topic.values()[i % Topic.values().length]), rng,
            Topic.values()[i % Topic.values().length]);
        assertNull(slogansOnly.firstSurfaceForm(sentence), sentence);
      }
    }
  }

  @Test
  void aSloganTheDictionaryHoldsOrThatHoldsATermIsLeftOut() {
    TermCounter other = new TermCounter(TermDictionary.parse(
        "term\tcategory\taliases\n码上见\t行政执法\n审批\t政务服务\t一表通核办理\n"));
    List<String> kept = Slogans.usable(other, TextNormalizer::normalize).stream().map(Slogans.Slogan::text).toList();
    assertFalse(kept.contains("执法码上见"), "holds the term 码上见");
    assertFalse(kept.contains("一表通核"), "an alias holds it");
    assertTrue(kept.contains("三色督办"));
    assertEquals(Slogans.BUILT_IN.size() - 2, kept.size());
  }

  @Test
  void startsFallInsideTheRange() {
    Map<String, Integer> starts = new java.util.HashMap<>();
    for (Slogans.Slogan s : Slogans.BUILT_IN) {
      starts.put(s.text(), s.start(2015, 2024));
      assertEquals(2015 + s.offset(), s.start(2015, 2024));
      assertEquals(2020, s.start(2020, 2020));
      int start = s.start(2001, 2030);
      assertTrue(start >= 2001 && start <= 2030, s.text());
    }
    assertTrue(starts.values().stream().allMatch(y -> y > 2015 && y < 2024), starts.toString());
  }

  @Test
  void theCombinedCounterCountsTermsAsBeforeAndSlogansAfterThem() {
    TermCounter both = Slogans.withDictionary(counter, Slogans.BUILT_IN);
    String text = "深入推进“三色督办”和数字政府建设,推广三色督办经验。";
    int[] alone = counter.count(text);
    int[] all = both.count(text);
    assertEquals(alone.length + Slogans.BUILT_IN.size(), all.length);
    for (int t = 0; t < alone.length; t++) {
      assertEquals(alone[t], all[t]);
    }
    assertEquals(2, all[alone.length]);
    List<TermEntry> entries = both.terms();
    assertEquals("三色督办", entries.get(alone.length).term());
    assertTrue(Slogans.withDictionary(counter, List.of()) == counter);
  }
}
