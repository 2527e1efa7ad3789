package org.reportcorpus.udfs.discover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CharNgramsTest {

  @Test
  void hanRunsEndAtEverythingElse() {
    List<int[]> runs = CharNgrams.hanRuns("推进放管服,2019年A建设\n好");
    assertEquals(List.of("0-5", "10-11", "12-14", "15-16"), runs.stream().map(r -> r[0] + "-" + r[1]).toList());
    assertEquals(List.of(), CharNgrams.hanRuns(null));
    assertEquals(List.of(), CharNgrams.hanRuns(""));
  }

  @Test
  void packsAndUnpacksSeeds() {
    long key = CharNgrams.pack("一网统管", 0, 4);
    assertEquals("一网统管", CharNgrams.unpack(key, 4));
    assertEquals("网统", CharNgrams.unpack(CharNgrams.pack("一网统管", 1, 2), 2));
    assertThrows(IllegalArgumentException.class, () -> CharNgrams.pack("一网统管改革", 0, 5));
  }

  @Test
  void distinctSeedsStayInsideRuns() {
    long[] seeds = CharNgrams.distinctSeeds("一网统管,一网统管。网统管理", 4);
    Set<String> unpacked = new TreeSet<>();
    Arrays.stream(seeds).forEach(s -> unpacked.add(CharNgrams.unpack(s, 4)));
    assertEquals(new TreeSet<>(List.of("一网统管", "网统管理")), unpacked);
    assertArrayEquals(new long[0], CharNgrams.distinctSeeds(null, 4));
  }

  @Test
  void everyNgramWhenEverySeedIsFrequent() {
    assertEquals(new TreeSet<>(List.of("推进一网", "进一网统", "一网统管", "推进一网统", "进一网统管", "推进一网统管")),
        new TreeSet<>(CharNgrams.distinctNgrams("推进一网统管,好", 4, 6, 4, seed -> true)));
  }

  @Test
  void onlyNgramsWhoseSeedsAreAllFrequent() {
    LongSet frequent = LongSet.of(CharNgrams.pack("一网统管", 0, 4), CharNgrams.pack("网统管理", 0, 4),
        CharNgrams.pack("推进一网", 0, 4));
    // 进一网统 is not frequent: nothing spanning it is made
    assertEquals(new TreeSet<>(List.of("推进一网", "一网统管", "网统管理", "一网统管理")),
        new TreeSet<>(CharNgrams.distinctNgrams("推进一网统管理", 4, 8, 4, frequent)));
  }

  @Test
  void shortSeedsForShortNgrams() {
    assertEquals(new TreeSet<>(List.of("放管服")),
        new TreeSet<>(CharNgrams.distinctNgrams("放管服。放管服", 3, 3, 3, seed -> true)));
    assertThrows(IllegalArgumentException.class, () -> CharNgrams.distinctNgrams("放管服", 3, 4, 4, seed -> true));
  }

  @Test
  void countsOccurrencesAndWhetherOneLinesUpWithTokens() {
    String text = "深化民法典宣传,推进民法典宣传";
    BitSet boundaries = CharNgrams.tokenBoundaries(text, List.of("深化", "民法典", "宣传", ",", "推进", "民法典", "宣传"));
    assertEquals(List.of(0, 2, 5, 7, 8, 10, 13, 15), boundaries.stream().boxed().toList());
    Map<String, CharNgrams.Counted> counted = CharNgrams.countNgrams(text, 4, 5, 4, seed -> true, boundaries);
    assertEquals(new CharNgrams.Counted(1, false), counted.get("化民法典"));
    assertEquals(new CharNgrams.Counted(2, true), counted.get("民法典宣传"));
    assertEquals(new CharNgrams.Counted(1, true), counted.get("深化民法典"));
    assertEquals(new CharNgrams.Counted(1, false), counted.get("进民法典宣"));
    assertEquals(new CharNgrams.Counted(1, true), counted.get("推进民法典"));
  }

  @Test
  void tokensTheSegmenterChangedOrDroppedDoNotDerailBoundaries() {
    // a blank token left out, one token not found: the others still place themselves
    BitSet boundaries = CharNgrams.tokenBoundaries("一网统管 改革", List.of("一网", "统管", "X", "改革"));
    assertEquals(List.of(0, 2, 4, 5, 7), boundaries.stream().boxed().toList());
    assertEquals(List.of(), CharNgrams.tokenBoundaries(null, List.of("a")).stream().boxed().toList());
    assertEquals(List.of(0, 2), CharNgrams.tokenBoundaries("统管", null).stream().boxed().toList());
  }

  @Test
  void nullAndEmptyTextHaveNoNgrams() {
    assertEquals(Set.of(), CharNgrams.distinctNgrams(null, 4, 8, 4, seed -> true));
    assertEquals(Set.of(), CharNgrams.distinctNgrams("", 4, 8, 4, seed -> true));
    assertEquals(Map.of(), CharNgrams.countNgrams(null, 4, 8, 4, seed -> true, new BitSet()));
  }
}
