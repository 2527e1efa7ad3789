package org.reportcorpus.jobs.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void keepsTheUnfinishedRestApart() {
    StatementSplitter.Split split = StatementSplitter.split("SELECT 1; SELECT 'a;\nb");
    assertEquals(List.of("SELECT 1"), split.statements());
    assertEquals(" SELECT 'a;\nb", split.rest());
    assertTrue(split.restHasCode());
    StatementSplitter.Split done = StatementSplitter.split("SELECT 1; -- done; really");
    assertEquals(List.of("SELECT 1"), done.all());
    assertFalse(done.restHasCode());
  }

  @Test
  void aTerminalBlockIsCompleteWhenItsLastStatementEndsOrItIsACommand() {
    assertFalse(SqlShell.isComplete("SELECT 1"));
    assertFalse(SqlShell.isComplete("SELECT ';'"));
    assertFalse(SqlShell.isComplete("SELECT 1; SELECT\n 2 -- ;"));
    assertTrue(SqlShell.isComplete("SELECT 1\n;"));
    assertTrue(SqlShell.isComplete("-- only a comment"));
    assertTrue(SqlShell.isComplete(""));
    assertTrue(SqlShell.isComplete("\\d words"));
    assertTrue(SqlShell.isComplete("quit"));
    assertTrue(SqlShell.isComplete("Help;"));
  }

  @Test
  void noQueryMeansTheShellButAnEmptyQueryIsAnError() {
    assertEquals(List.of(), SqlCommand.statements(List.of(), List.of()));
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> SqlCommand.statements(List.of(";; -- nothing"), List.of()));
    assertEquals("-e/-f: no statement in ;; -- nothing", empty.getMessage());
    assertEquals(List.of("SELECT 1", "SELECT 2"), SqlCommand.statements(List.of("SELECT 1;", "SELECT 2"), List.of()));
  }
}
