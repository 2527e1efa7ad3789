package org.reportcorpus.udfs.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {

  @Test
  void distinctShinglesOfLettersAndDigitsOnly() {
    assertEquals(List.of("法治政", "治政府", "政府法", "府法治"), Shingles.of("法治 政府,\n法治政府", 3));
  }

  @Test
  void shortAndNullTextsHaveNoShingles() {
    assertEquals(List.of(), Shingles.of("法治", 3));
    assertEquals(List.of(), Shingles.of(null, 3));
    assertThrows(IllegalArgumentException.class, () -> Shingles.of("x", 0));
  }

  @Test
  void repostWithOtherPunctuationIsIdentical() {
    String original = "2023年,泗阳县坚持依法行政。一、主要举措\n(一)政府职能深刻转变。";
    String repost = "2023年，泗阳县坚持依法行政。 一、主要举措 （一）政府职能深刻转变。";
    assertEquals(1.0, Shingles.jaccard(Shingles.of(original, 4), Shingles.of(repost, 4)));
    assertTrue(Shingles.jaccard(Shingles.of(original, 4), Shingles.of("完全不同的另一篇文字内容", 4)) < 0.1);
  }
}
