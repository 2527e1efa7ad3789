package org.reportcorpus.udfs.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

  private static final TermDictionary DICTIONARY = TermDictionary.parse(String.join("\n",
      "# comment",
      "term\tcategory\taliases",
      "最多跑一次\t政务服务\t最多跑一趟",
      "数据共享\t数字化",
      "政务数据共享\t数字化",
      "互联网＋政务服务\t政务服务",
      "哈哈\t测试",
      "综合查一次\t行政执法"));

  private static Map<String, Integer> count(String text) {
    return new TermMatcher(DICTIONARY).count(text).entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey().term(), Map.Entry::getValue));
  }

  @Test
  void mergesAliasesIntoTheCanonicalTerm() {
    assertEquals(Map.of("最多跑一次", 3), count("推进最多跑一次,实现最多跑一趟,再到最多跑一次。"));
  }

  @Test
  void countsNestedTermsEachOnTheirOwn() {
    Map<String, Integer> counts = count("推进政务数据共享,加强数据共享。");
    assertEquals(1, counts.get("政务数据共享"));
    assertEquals(2, counts.get("数据共享"));
  }

  @Test
  void normalizesTheDictionary() {
    assertEquals(Map.of("互联网+政务服务", 1), count("深化互联网+政务服务"));
  }

  @Test
  void overlappingMatchesOfOneTermCountOnce() {
    assertEquals(Map.of("哈哈", 1), count("哈哈哈"));
    assertEquals(2, TermMatcher.countOccurrences("哈哈哈哈", "哈哈"));
  }

  @Test
  void emptyAndNullTextHaveNoTerms() {
    assertTrue(count("").isEmpty());
    assertTrue(new TermMatcher(DICTIONARY).count(null).isEmpty());
    assertEquals(0, TermMatcher.countOccurrences(null, "x"));
  }

  @Test
  void matchesAcrossTheWholeText() {
    String text = "综合查一次".repeat(500) + "尾";
    assertEquals(Map.of("综合查一次", 500), count(text));
  }
}
