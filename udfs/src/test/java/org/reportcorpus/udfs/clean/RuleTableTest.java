package org.reportcorpus.udfs.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTableTest {

  @Test
  void skipsCommentsBlanksAndTheHeader() {
    List<RuleTable.Row> rows = RuleTable.rows("\uFEFF# comment\n\nkind\tpattern\nline\ta|b\r\n  # indented comment\ninline\tc\t\n", "x.tsv", "kind");
    assertEquals(2, rows.size());
    assertEquals(new RuleTable.Row("x.tsv", 4, List.of("line", "a|b")), rows.get(0));
    assertEquals(List.of("inline", "c", ""), rows.get(1).columns());
    assertEquals("", rows.get(1).col(5));
  }

  @Test
  void patternsAreUnicodeAware() {
    RuleTable.Row row = RuleTable.rows("field\t索\\s*引\\s*号", "x.tsv", "kind").get(0);
    assertTrue(row.pattern(1).matcher("索\u2002引\u2002号").matches());
  }

  @Test
  void errorsNameFileAndLine() {
    RuleTable.Row row = RuleTable.rows("\nline\t[", "x.tsv", "kind").get(0);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> row.pattern(1)).getMessage()
        .startsWith("x.tsv:2: bad pattern in column 2: Unclosed character class"));
    assertEquals("x.tsv:2: column 3 must hold a pattern",
        assertThrows(IllegalArgumentException.class, () -> row.pattern(2)).getMessage());
    assertEquals("x.tsv: no rules given (null)",
        assertThrows(IllegalArgumentException.class, () -> RuleTable.rows(null, "x.tsv", "kind")).getMessage());
  }

  @Test
  void emptyText() {
    assertEquals(List.of(), RuleTable.rows("", "x.tsv", "kind"));
  }
}
