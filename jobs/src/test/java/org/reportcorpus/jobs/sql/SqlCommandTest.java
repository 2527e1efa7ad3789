package org.reportcorpus.jobs.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlCommandTest {

  @Test
  void splitsOnSemicolonsOutsideQuotesAndComments() {
    assertEquals(List.of("SELECT 1", "SELECT ';' AS s", "SELECT 2 -- a; comment\\n"
        .replace("\\n", "")),
        SqlCommand.split("SELECT 1; SELECT ';' AS s;\n-- only a comment;\nSELECT 2 -- a; comment"));
  }

  @Test
  void dropsEmptyAndCommentOnlyPieces() {
    assertEquals(List.of("SELECT 1"), SqlCommand.split(";;\n-- c\n  SELECT 1 ;  \n"));
  }

  @Test
  void requiresAQuery() {
    assertThrows(IllegalArgumentException.class, () -> SqlCommand.statements(List.of()));
    assertThrows(IllegalArgumentException.class, () -> SqlCommand.statements(List.of("-e")));
    assertThrows(IllegalArgumentException.class, () -> SqlCommand.statements(List.of("--bogus")));
  }
}
