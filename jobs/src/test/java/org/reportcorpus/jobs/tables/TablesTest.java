package org.reportcorpus.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.tables.Tables.TableDef;
import org.reportcorpus.jobs.testing.Fixtures;

/** Every table and column says what it holds, and the README's "Tables" names the same columns. */
class TablesTest {

  /**
   * Columns the README does not name in their table's paragraph yet ("table.column"); the README
   * text that names them is proposed with this change — empty this list when it is merged.
   */
  static final List<String> README_GAPS = List.of("doc_signatures.doc_id", "doc_signatures.order_key",
      "doc_signatures.signature", "doc_signatures.settings");

  private static final Pattern NAME = Pattern.compile("`([a-z_0-9]+)`");

  @Test
  void everyTableAndColumnHasAComment() {
    for (TableDef table : Tables.ALL) {
      assertFalse(table.comment().isBlank(), table.name());
      for (StructField field : table.schema().fields()) {
        assertFalse(Tables.comment(field).isBlank(), table.name() + "." + field.name() + " has no comment");
        assertTrue(field.getComment().isDefined(), table.name() + "." + field.name() + " (Spark's own accessor)");
      }
    }
  }

  @Test
  void theReadmeNamesEveryColumnInItsTablesParagraph() throws IOException {
    String tablesSection = readmeTables();
    List<String> gaps = new ArrayList<>();
    for (TableDef table : Tables.ALL) {
      // a table the README does not have yet: every column a gap
      String paragraph = tablesSection.contains("**`" + table.name() + "`**")
          ? paragraphOf(tablesSection, table.name()) : "";
      Set<String> named = names(paragraph);
      for (StructField field : table.schema().fields()) {
        if (!named.contains(field.name())) {
          gaps.add(table.name() + "." + field.name());
        }
      }
    }
    assertEquals(README_GAPS, gaps, "columns the README's Tables section does not name");
  }

  /** Where the README lists a table's columns as a markdown table, it lists exactly the declared ones. */
  @Test
  void theReadmesColumnTablesListExactlyTheDeclaredColumns() throws IOException {
    String tablesSection = readmeTables();
    for (TableDef table : List.of(Tables.DOCUMENTS, Tables.TERM_TRENDS)) {
      Set<String> listed = new LinkedHashSet<>();
      for (String line : paragraphOf(tablesSection, table.name()).split("\n")) {
        if (line.startsWith("| `")) {
          listed.addAll(names(line.substring(0, line.indexOf('|', 1))));
        }
      }
      Set<String> declared = new LinkedHashSet<>();
      Arrays.stream(table.schema().fields()).forEach(f -> declared.add(f.name()));
      assertEquals(declared, listed, table.name());
    }
  }

  private static String readmeTables() throws IOException {
    String readme = Files.readString(Fixtures.repoRoot().resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Tables\n");
    int end = readme.indexOf("\n## ", start + 1);
    assertTrue(start >= 0, "README has a Tables section");
    return readme.substring(start, end);
  }

  /**
   * From the table's bold name to the next paragraph that starts another table or a heading (a
   * markdown column table after it belongs to it).
   */
  private static String paragraphOf(String section, String table) {
    int start = section.indexOf("**`" + table + "`**");
    assertTrue(start >= 0, "README's Tables section has no **`" + table + "`**");
    Matcher next = Pattern.compile("\n\n(\\*\\*`|#|Idempotency)").matcher(section);
    return next.find(start + 1) ? section.substring(start, next.start()) : section.substring(start);
  }

  private static Set<String> names(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = NAME.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
