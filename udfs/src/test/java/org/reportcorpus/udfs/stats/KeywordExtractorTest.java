package org.reportcorpus.udfs.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

  private static final KeywordExtractor EXTRACTOR =
      new KeywordExtractor(Set.of("推进", "政府建设"), List.of("n", "v"), Set.of("nr"), 2);

  @Test
  void countsContentWordsAndAdjacentContentWordPairs() {
    List<String> tokens = List.of("推进", "数字", "政府", "建设", ",", "2023", "年", "营商环境", "不断", "优化",
        "的", "张三", "国", "数字", "政府");
    List<String> tags = List.of("v", "n", "n", "vn", "w", "m", "q", "nz", "d", "v",
        "ude1", "nr", "n", "n", "n");
    assertEquals(Map.of(
            "数字", 2, "政府", 2, "建设", 1, "数字政府", 2, // 政府建设 is a stopword phrase
            "营商环境", 1, "优化", 1),
        EXTRACTOR.count(tokens, tags));
  }

  @Test
  void aStopwordBreaksAPhrase() {
    assertEquals(Map.of("法治", 1, "政府", 1),
        EXTRACTOR.count(List.of("法治", "推进", "政府"), List.of("n", "v", "n")));
  }

  @Test
  void contentWordRules() {
    assertTrue(EXTRACTOR.isContentWord("数字政府", "nz"));
    assertTrue(EXTRACTOR.isContentWord("审批", "vn"));
    assertFalse(EXTRACTOR.isContentWord("国", "n"), "one character");
    assertFalse(EXTRACTOR.isContentWord("推进", "v"), "stopword");
    assertFalse(EXTRACTOR.isContentWord("张三", "nr"), "excluded tag");
    assertFalse(EXTRACTOR.isContentWord("不断", "d"), "adverb");
    assertFalse(EXTRACTOR.isContentWord("三十五", "n"), "number");
  }

  @Test
  void numbers() {
    assertTrue(KeywordExtractor.isNumber("2023"));
    assertTrue(KeywordExtractor.isNumber("三十五"));
    assertTrue(KeywordExtractor.isNumber("1.5%"));
    assertFalse(KeywordExtractor.isNumber("2023年"));
    assertFalse(KeywordExtractor.isNumber("一体化"));
    assertFalse(KeywordExtractor.isNumber(""));
  }

  @Test
  void nullOrMismatchedInputHasNoKeywords() {
    assertEquals(Map.of(), EXTRACTOR.count(null, null));
    assertEquals(Map.of(), EXTRACTOR.count(List.of("数字"), List.of()));
  }
}
