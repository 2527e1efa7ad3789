package org.reportcorpus.udfs.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermDictionaryTest {

  static Path repoRoot() {
    return org.reportcorpus.udfs.analysis.TestCorpus.repoRoot();
  }

  @Test
  void parsesTermsCategoriesAndAliases() {
    TermDictionary dictionary = TermDictionary.parse("term\tcategory\taliases\n最多跑一次\t政务服务\t最多跑一趟|最多跑一次\n放管服\t\t\n");
    assertEquals(2, dictionary.size());
    assertEquals(List.of("最多跑一次", "最多跑一趟"), dictionary.entries().get(0).surfaceForms());
    assertEquals("其他", dictionary.entries().get(1).category());
  }

  @Test
  void rejectsDuplicates() {
    assertThrows(IllegalArgumentException.class, () -> TermDictionary.parse("放管服\ta\n放管服\tb\n"));
  }

  @Test
  void starterVocabularyHasAtLeastSixtyTermsAndNoNestedForms() {
    TermDictionary dictionary = TermDictionary.load(repoRoot().resolve("conf/terms.tsv"));
    assertTrue(dictionary.size() >= 60, "terms: " + dictionary.size());
    for (String required : List.of("数字政府", "综合查一次", "放管服", "最多跑一次", "一网通办", "不见面审批",
        "证明事项告知承诺制", "行政执法三项制度", "重大行政决策", "行政复议", "法律顾问", "免罚轻罚", "互联网+政务服务")) {
      assertTrue(dictionary.entries().stream().anyMatch(e -> e.term().equals(required)), required);
    }
    // Within one term, no form contains another: the plain substring count is then exact.
    Set<String> seen = new HashSet<>();
    for (TermEntry entry : dictionary.entries()) {
      for (String a : entry.surfaceForms()) {
        assertTrue(seen.add(a), "surface form listed twice: " + a);
        for (String b : entry.surfaceForms()) {
          assertTrue(a.equals(b) || !a.contains(b), entry.term() + ": " + a + " contains " + b);
        }
      }
    }
  }
}
