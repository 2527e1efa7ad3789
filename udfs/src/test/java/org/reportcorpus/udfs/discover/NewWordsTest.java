package org.reportcorpus.udfs.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewWordsTest {

  /** Sentences where 综合查一次 and 一网统管 stand between ever-changing neighbours. */
  private static List<String> reports() {
    String[] before = {"推行", "落实", "深化", "开展", "完善", "健全", "强化", "推动", "探索", "实施"};
    String[] after = {"改革", "工作", "机制", "试点", "模式", "制度", "举措", "行动", "经验", "做法"};
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < before.length; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = 0; j < after.length; j++) {
        text.append(before[(i + j) % before.length]).append("综合查一次").append(after[j]).append("。");
        text.append(before[j]).append("一网统管").append(after[(i + 3 * j) % after.length]).append(",");
      }
      texts.add(text.toString());
    }
    return texts;
  }

  @Test
  void findsSloganWordsInReportText() {
    List<NewWords.Found> found = NewWords.discover(reports(), NewWords.Settings.defaults(), PhraseShape.defaults(), List.of());
    List<String> words = found.stream().map(NewWords.Found::word).toList();
    assertTrue(words.contains("综合查一次"), words.toString());
    assertTrue(words.contains("一网统管"), words.toString());
    assertEquals(100, found.get(words.indexOf("综合查一次")).frequency());
    for (String word : words) {
      assertTrue(word.length() >= 3 && word.length() <= 6, word);
    }
  }

  @Test
  void nullAndEmptyTextFindNothing() {
    assertEquals(List.of(), NewWords.discover((String) null, NewWords.Settings.defaults(), PhraseShape.defaults(), List.of()));
    assertEquals(List.of(), NewWords.discover(List.of(), NewWords.Settings.defaults(), PhraseShape.defaults(), List.of()));
  }

  @Test
  void settingsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> new NewWords.Settings(10, 1, 6, 5, 0.5f, 5f));
    assertThrows(IllegalArgumentException.class, () -> new NewWords.Settings(10, 4, 3, 5, 0.5f, 5f));
  }
}
