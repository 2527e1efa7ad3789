package org.reportcorpus.udfs.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  @Test
  void splitsOnSentenceEndsSemicolonsAndLineBreaks() {
    assertEquals(
        List.of("数字政府建设", "营商环境优化", "一网通办", "放管服", "完成", "好", "是", "第二行", "第三行"),
        SentenceSplitter.split("数字政府建设。营商环境优化！一网通办？放管服；完成!好?是;\n第二行\r\n\n  第三行  "));
  }

  @Test
  void commasAndEnumerationCommasDoNotSplit() {
    assertEquals(List.of("一是放管服,二是一网通办、跨省通办"), SentenceSplitter.split("一是放管服,二是一网通办、跨省通办。"));
  }

  @Test
  void textWithoutDelimiterIsOneSentence() {
    assertEquals(List.of("数字政府"), SentenceSplitter.split("数字政府"));
  }

  @Test
  void nullBlankAndDelimiterOnlyTextHaveNoSentences() {
    assertEquals(List.of(), SentenceSplitter.split(null));
    assertEquals(List.of(), SentenceSplitter.split(""));
    assertEquals(List.of(), SentenceSplitter.split("。。\n \r\n;"));
  }
}
