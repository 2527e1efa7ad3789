package org.reportcorpus.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.terms.TermDictionary;

class TermCounterTest {

  private static final TermCounter COUNTER = new TermCounter(TermDictionary.parse(
      "term\tcategory\taliases\n"
          + "行政执法三项制度\t行政执法\t执法三项制度\n"
          + "普法\t法治宣传\n"
          + "谁执法谁普法\t法治宣传\n"
          + "最多跑一次\t政务服务\t最多跑一趟\n"
          + "双随机、一公开\t行政执法\t双随机一公开\n"));

  @Test
  void aliasesCountForTheirTermAndOverlapsOnce() {
    // 行政执法三项制度 holds its own alias 执法三项制度: one occurrence, not two.
    assertArrayEquals(new int[] {2, 0, 0, 0, 0}, COUNTER.count("推行行政执法三项制度,落实执法三项制度。"));
    assertArrayEquals(new int[] {0, 0, 0, 2, 0}, COUNTER.count("“最多跑一次”和最多跑一趟"));
    assertArrayEquals(new int[] {0, 0, 0, 0, 2}, COUNTER.count("双随机、一公开;双随机一公开"));
  }

  @Test
  void differentTermsAreCountedIndependently() {
    assertArrayEquals(new int[] {0, 2, 1, 0, 0}, COUNTER.count("落实谁执法谁普法,开展普法。"));
  }

  @Test
  void piecesAddUpToTheWholeAndAnOccurrenceMayNotRunOverACut() {
    String text = "落实谁执法谁普法。\n开展普法,推行最多跑一次。\n\n最多跑一趟";
    int first = text.indexOf('\n') + 1;
    int second = text.indexOf("\n\n") + 1;
    int[][] pieces = COUNTER.countPieces(text, new int[] {first, second, second + 1});
    assertArrayEquals(new int[] {0, 1, 1, 0, 0}, pieces[0]);
    assertArrayEquals(new int[] {0, 1, 0, 1, 0}, pieces[1]);
    assertArrayEquals(new int[5], pieces[2]);
    assertArrayEquals(new int[] {0, 0, 0, 1, 0}, pieces[3]);
    assertArrayEquals(COUNTER.count(text), new int[] {0, 2, 1, 2, 0});
    assertArrayEquals(new int[][] {COUNTER.count(text)}, COUNTER.countPieces(text, new int[0]));
    assertThrows(IllegalStateException.class, () -> COUNTER.countPieces("推行最多跑一次", new int[] {4}));
  }

  @Test
  void emptyAndCleanTexts() {
    assertArrayEquals(new int[5], COUNTER.count(""));
    assertNull(COUNTER.firstSurfaceForm("扎实推进依法行政。"));
    assertFalse(COUNTER.containsAny("执法三项"));
    assertEquals("执法三项制度", COUNTER.firstSurfaceForm("完善执法三项制度"));
  }
}
