package org.reportcorpus.udfs.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedPhrasesTest {

  private static List<String> extract(String text) {
    return QuotedPhrases.defaults().extract(text);
  }

  @Test
  void findsPhrasesInEachKindOfQuotes() {
    assertEquals(List.of("放管服", "一网统管", "综合查一次", "放管服"),
        extract("深化“放管服”改革,推进「一网统管」,试行\"综合查一次\"。再谈“放管服”。"));
  }

  @Test
  void keepsHanDominatedPhrasesOfTwoToTwelveChars() {
    assertEquals(List.of("互联网+监管", "有权必有责,用权受监督", "双随机、一公开"),
        extract("推行“互联网+监管”,坚持“有权必有责,用权受监督”,落实“双随机、一公开”,开通“12345热线”。"));
    assertEquals(List.of(), extract("“办”与“一个很长很长的口号超过了十二个字”"));
  }

  @Test
  void dropsQuotedSentencesPunctuationEndsAndFunctionCharacterEnds() {
    assertEquals(List.of(), extract("他说:“要抓落实。”又说“抓落实!”还有“放管服、”“的监管”“监管的”"));
  }

  @Test
  void unbalancedQuotesDoNotSwallowText() {
    // the first “ never closes on its line; the second pair is still read
    assertEquals(List.of("一网通管"), extract("推进“数字政府\n建设“一网通管”工作"));
    assertEquals(List.of("首违不罚"), extract("“未闭合“首违不罚”"));
    assertEquals(List.of(), extract("只有开头的“引号"));
  }

  @Test
  void asciiQuotesPairWithinALine() {
    assertEquals(List.of("一码通办", "就近办"), extract("推行\"一码通办\"和\"就近办\",还有\"未闭合\n\"尾"));
  }

  @Test
  void spacesAtTheEndsAreStripped() {
    assertEquals(List.of("首违不罚"), extract("推行“ 首违不罚 ”"));
  }

  @Test
  void nullAndEmptyTextHaveNoPhrases() {
    assertEquals(List.of(), extract(null));
    assertEquals(List.of(), extract(""));
  }

  @Test
  void honoursConfiguredLengths() {
    QuotedPhrases fourToFive = new QuotedPhrases(4, 5, PhraseShape.defaults());
    assertEquals(List.of("一网统管", "综合查一次"), fourToFive.extract("“放管服”“一网统管”“综合查一次”“跨省通办事项”"));
    assertThrows(IllegalArgumentException.class, () -> new QuotedPhrases(5, 4, PhraseShape.defaults()));
  }

  @Test
  void tellsWhetherAnOccurrenceIsQuoted() {
    String text = "推进“放管服”和放管服";
    assertTrue(QuotedPhrases.isQuotedAt(text, 3, 6));
    assertFalse(QuotedPhrases.isQuotedAt(text, 8, 11));
    assertFalse(QuotedPhrases.isQuotedAt("放管服", 0, 3));
  }
}
