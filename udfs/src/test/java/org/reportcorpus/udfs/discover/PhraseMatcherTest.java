package org.reportcorpus.udfs.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  private final PhraseMatcher matcher = new PhraseMatcher(List.of("一网统管", "统管", "哈哈", "首违不罚"));

  @Test
  void countsOccurrencesQuotedOnesAndTheFirstPosition() {
    assertEquals(List.of(
            new PhraseMatcher.Hit("一网统管", 2, 1, 2),
            new PhraseMatcher.Hit("统管", 4, 1, 4),
            new PhraseMatcher.Hit("首违不罚", 1, 0, 24)),
        matcher.match("推进一网统管,落实“一网统管”与统管、“统管”,首违不罚"));
  }

  @Test
  void overlappingOccurrencesOfOnePhraseCountOnce() {
    assertEquals(List.of(new PhraseMatcher.Hit("哈哈", 2, 0, 0)), matcher.match("哈哈哈哈哈"));
  }

  @Test
  void nullEmptyAndNoPhrases() {
    assertEquals(List.of(), matcher.match(null));
    assertEquals(List.of(), matcher.match(""));
    assertEquals(List.of(), new PhraseMatcher(List.of()).match("一网统管"));
    assertEquals(3, new PhraseMatcher(List.of("甲乙", "甲乙", "丙丁", "", "戊己")).size());
  }
}
