package org.reportcorpus.udfs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void convertsTraditionalToSimplified() {
    assertEquals("综合查一次改革", TextNormalizer.normalize("綜合查一次改革"));
    assertEquals("法治政府建设年度报告", TextNormalizer.normalize("法治政府建設年度報告"));
  }

  @Test
  void foldsFullWidthAsciiAndIdeographicSpace() {
    assertEquals("互联网+政务服务 2024年 ABC", TextNormalizer.normalize("互联网＋政务服务\u3000２０２４年\u3000ＡＢＣ"));
    assertEquals("(一)", TextNormalizer.foldWidth("（一）"));
  }

  @Test
  void dropsZeroWidthCharacters() {
    assertEquals("政府工作报告", TextNormalizer.normalize("\u200b政府\u200d工作报告\uFEFF"));
  }

  @Test
  void tidiesWhitespaceButKeepsLineBreaks() {
    String raw = "  标题  \r\n\r\n\r\n  第一段   内容\t\t。 \n第二段\n\n\n\n";
    assertEquals("标题\n\n第一段 内容 。\n第二段", TextNormalizer.normalize(raw));
  }

  @Test
  void isIdempotent() {
    String once = TextNormalizer.normalize("常熟市2024年度法治政府建設年度報告\n蘇州市人民政府：");
    assertEquals(once, TextNormalizer.normalize(once));
  }

  @Test
  void nullStaysNull() {
    assertNull(TextNormalizer.normalize(null));
    assertNull(TextNormalizer.detectScript(null));
  }

  @Test
  void detectsScript() {
    assertEquals("traditional", TextNormalizer.detectScript("常熟堅持以習近平新時代中國特色社會主義思想為指導,深入學習貫徹黨的二十大"));
    assertEquals("simplified", TextNormalizer.detectScript("常熟坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大"));
    assertNull(TextNormalizer.detectScript("2024-01-01 ABC"));
  }
}
