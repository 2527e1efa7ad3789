package org.reportcorpus.jobs.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlCommandTest {

  @Test
  void splitsOnSemicolonsOutsideQuotesAndComments() {
    assertEquals(List.of("SELECT 1", "SELECT ';' AS s", "-- a comment; not a split\nSELECT 2 -- trailing; too"),
        SqlCommand.split("SELECT 1; SELECT ';' AS s;\n-- a comment; not a split\nSELECT 2 -- trailing; too"));
  }

  @Test
  void dropsEmptyAndCommentOnlyPieces() {
    assertEquals(List.of("SELECT 1"), SqlCommand.split(";;\n  SELECT 1 ;  \n-- only a comment\n"));
  }

  @Test
  void requiresAQuery() {
    assertThrows(IllegalArgumentException.class, () -> SqlCommand.statements(List.of(), List.of()));
    assertThrows(IllegalArgumentException.class, () -> SqlCommand.statements(List.of(";; -- nothing"), List.of()));
    assertEquals(List.of("SELECT 1", "SELECT 2"), SqlCommand.statements(List.of("SELECT 1;", "SELECT 2"), List.of()));
  }
}
