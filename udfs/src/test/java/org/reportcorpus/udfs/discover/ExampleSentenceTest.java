package org.reportcorpus.udfs.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExampleSentenceTest {

  private static String around(String text, String phrase, int maxChars) {
    int begin = text.indexOf(phrase);
    return ExampleSentence.around(text, begin, begin + phrase.length(), maxChars);
  }

  @Test
  void theSentenceWithItsEndMark() {
    String text = "一、主要工作\n全年办结案件10件。深入推进“一网统管”,成效明显。下一步继续。";
    assertEquals("深入推进“一网统管”,成效明显。", around(text, "一网统管", 120));
  }

  @Test
  void aLineWithoutEndMarkEndsAtTheLineBreak() {
    assertEquals("(三)推行首违不罚", around("标题\n  (三)推行首违不罚  \n正文。", "首违不罚", 120));
    assertEquals("推行首违不罚", around("推行首违不罚", "首违不罚", 120));
  }

  @Test
  void aLongSentenceIsCutToAWindowAroundThePhrase() {
    String text = "甲".repeat(100) + "一网统管" + "乙".repeat(100) + "。";
    String example = around(text, "一网统管", 20);
    assertEquals("甲".repeat(8) + "一网统管" + "乙".repeat(8), example);
    assertTrue(text.contains(example));
    assertEquals("一网统管" + "乙".repeat(16), around("一网统管" + "乙".repeat(100), "一网统管", 20));
    assertEquals("甲".repeat(15) + "一网统管。", around("甲".repeat(100) + "一网统管。", "一网统管", 20));
    assertEquals("一网", around("一网统管", "一网统管", 2));
  }

  @Test
  void nullTextAndBadSpans() {
    assertNull(ExampleSentence.around(null, 0, 1, 120));
    assertNull(ExampleSentence.around("一网统管", 3, 9, 120));
    assertNull(ExampleSentence.around("一网统管", -1, 2, 120));
  }
}
