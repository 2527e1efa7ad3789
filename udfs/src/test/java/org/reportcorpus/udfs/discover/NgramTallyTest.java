package org.reportcorpus.udfs.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

class NgramTallyTest {

  @Test
  void sumsDocumentsOccurrencesLateAndAligned() {
    NgramTally tally = new NgramTally(4, 5, 4, seed -> true);
    String first = "深化民法典宣传,推进民法典宣传";
    tally.add(new NgramTally.Document(first, CharNgrams.tokenBoundaries(first,
        List.of("深化", "民法典", "宣传", ",", "推进", "民法典", "宣传")), false));
    String second = "民法典宣传月";
    tally.add(new NgramTally.Document(second, new BitSet(), true));
    Map<String, NgramTally.Sums> sums = byNgram(tally.drain());
    // two documents; three occurrences; the second is late; only the first lines up with tokens
    assertEquals(new NgramTally.Sums("民法典宣传", 2, 3, 1, 1), sums.get("民法典宣传"));
    assertEquals(new NgramTally.Sums("化民法典", 1, 1, 0, 0), sums.get("化民法典"));
    assertEquals(new NgramTally.Sums("法典宣传月", 1, 1, 1, 0), sums.get("法典宣传月"));
    assertEquals(0, tally.size());
    assertEquals(List.of(), tally.drain());
  }

  @Test
  void equalsThePlainCountOfEveryDocumentSummed() {
    // many documents over a small alphabet: n-grams repeat within and across documents, and the
    // tables grow several times
    Random random = new Random(7);
    String alphabet = "推进一网统管放服改革深化民法典宣传";
    LongPredicate someSeeds = seed -> Long.hashCode(seed) % 3 != 0;
    NgramTally tally = new NgramTally(4, 7, 4, someSeeds);
    Map<String, long[]> expected = new TreeMap<>();
    for (int d = 0; d < 300; d++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 200 + random.nextInt(200); i++) {
        text.append(random.nextInt(12) == 0 ? '，' : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = text.toString();
      BitSet boundaries = new BitSet();
      for (int i = 0; i <= t.length(); i += 1 + random.nextInt(3)) {
        boundaries.set(i);
      }
      boolean late = d % 4 == 0;
      tally.add(new NgramTally.Document(t, boundaries, late));
      CharNgrams.countNgrams(t, 4, 7, 4, someSeeds, boundaries).forEach((ngram, counted) -> {
        long[] s = expected.computeIfAbsent(ngram, k -> new long[4]);
        s[0]++;
        s[1] += counted.occurrences();
        s[2] += late ? 1 : 0;
        s[3] += counted.aligned() ? 1 : 0;
      });
    }
    assertTrue(expected.size() > 20_000, "enough distinct n-grams to grow the tables: " + expected.size());
    assertEquals(expected.size(), tally.size());
    Map<String, List<Long>> actual = new TreeMap<>();
    tally.drain().forEach(s -> actual.put(s.ngram(), List.of((long) s.docs(), s.occurrences(), (long) s.late(),
        (long) s.aligned())));
    Map<String, List<Long>> want = new TreeMap<>();
    expected.forEach((ngram, s) -> want.put(ngram, List.of(s[0], s[1], s[2], s[3])));
    assertEquals(want, actual);
  }

  @Test
  void overARunHoldsAboutTheLimitAndLosesNothing() {
    List<String> texts = List.of("推进一网统管改革", "深化一网统管", "一网通办和一网统管", "推进一网统管");
    List<NgramTally.Sums> bounded = new ArrayList<>();
    new NgramTally(4, 4, 4, seed -> true).over(texts.iterator(), NgramTallyTest::document, 2)
        .forEachRemaining(bounded::add);
    List<NgramTally.Sums> whole = new ArrayList<>();
    new NgramTally(4, 4, 4, seed -> true).over(texts.iterator(), NgramTallyTest::document, Integer.MAX_VALUE)
        .forEachRemaining(whole::add);
    // with a limit of 2 the sums come out in parts (一网统管 in more than one)
    assertTrue(bounded.size() > whole.size());
    Map<String, List<Long>> summed = new TreeMap<>();
    bounded.forEach(s -> summed.merge(s.ngram(), List.of((long) s.docs(), s.occurrences(), (long) s.late()),
        (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1), a.get(2) + b.get(2))));
    Map<String, List<Long>> expected = new TreeMap<>();
    whole.forEach(s -> expected.put(s.ngram(), List.of((long) s.docs(), s.occurrences(), (long) s.late())));
    assertEquals(expected, summed);
    assertEquals(List.of(4L, 4L, 2L), expected.get("一网统管"));
  }

  private static NgramTally.Document document(String text) {
    return new NgramTally.Document(text, new BitSet(), text.startsWith("推进"));
  }

  private static Map<String, NgramTally.Sums> byNgram(List<NgramTally.Sums> sums) {
    Map<String, NgramTally.Sums> map = new TreeMap<>();
    sums.forEach(s -> map.put(s.ngram(), s));
    return map;
  }
}
