package org.reportcorpus.jobs.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * The SQL shell on the shared session, with its own database {@code shell_test} (a table with a
 * column comment, and a view) so that {@code \d} sees only what the test made: a scripted session
 * from "standard input" with exact output and error lines, and the terminal path through JLine.
 */
class SqlShellTest {

  static final String DB = "shell_test";

  @TempDir
  static Path tmp;

  static SparkSession spark;

  @BeforeAll
  static void words() throws Exception {
    spark = SharedSpark.get();
    java.nio.file.Files.createDirectories(tmp.resolve("words"));
    spark.sql("DROP DATABASE IF EXISTS " + DB + " CASCADE");
    spark.sql("CREATE DATABASE " + DB);
    spark.sql("CREATE TABLE " + DB + ".words (word STRING COMMENT '一个词', n INT, tags ARRAY<STRING>)"
        + " USING parquet LOCATION '" + tmp.resolve("words").toUri() + "'");
    spark.sql("INSERT INTO " + DB + ".words VALUES ('数字政府', 12, array('数字', '政府')), ('放管服', 3, NULL)");
    spark.sql("CREATE VIEW " + DB + ".frequent AS SELECT word FROM " + DB + ".words WHERE n > 5");
  }

  @AfterAll
  static void dropWords() {
    spark.sql("DROP DATABASE IF EXISTS " + DB + " CASCADE");
  }

  @Test
  void aScriptedSessionPrintsRowsSurvivesErrorsAndRunsTheLastStatementWithoutSemicolon() throws Exception {
    Session session = script(OutputFormat.TSV, String.join("\n",
        "SELECT word, n, tags FROM shell_test.words",
        "  ORDER BY n DESC;",
        "SELEC 1;",
        "\\d",
        "\\d words",
        "SELECT count(*) AS c FROM shell_test.nope;",
        "\\x",
        "-- a comment; then a statement without its semicolon",
        "SELECT 'a;b' AS s, NULL AS nothing"));
    assertEquals(String.join("\n",
        "word\tn\ttags",
        "数字政府\t12\t[数字, 政府]",
        "放管服\t3\tNULL",
        "name\ttype",
        "frequent\tview",
        "words\ttable",
        "column\ttype\tcomment",
        "word\tstring\t一个词",
        "n\tint\tNULL",
        "tags\tarray<string>\tNULL",
        "s\tnothing",
        "a;b\tNULL", ""), session.out);
    List<String> errors = session.err.lines().toList();
    assertEquals(3, errors.size(), session.err);
    assertTrue(errors.get(0).startsWith("error: [PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'"), errors.get(0));
    assertTrue(errors.get(1).startsWith("error: [TABLE_OR_VIEW_NOT_FOUND] The table or view `shell_test`.`nope`"
        + " cannot be found."), errors.get(1));
    assertEquals("error: unknown command \\x (\\h lists the commands)", errors.get(2));
  }

  @Test
  void quitStopsTheScriptAndHelpListsTheCommands() throws Exception {
    Session session = script(OutputFormat.TSV, "SELECT 1 AS a;\nhelp\n\\q\nSELECT 2 AS b;\n");
    assertEquals("a\n1\n" + String.format(SqlShell.HELP, DB) + "\n", session.out);
    assertEquals("", session.err);
  }

  @Test
  void aRuntimeFailureIsOneLineToo() throws Exception {
    spark.conf().set("spark.sql.ansi.enabled", "true");
    try {
      Session session = script(OutputFormat.JSON, "SELECT 1/0 AS ratio;\nSELECT 2 AS two;\n");
      assertEquals("{\"two\":2}\n", session.out);
      assertTrue(session.err.startsWith("error: [DIVIDE_BY_ZERO] Division by zero."), session.err);
      assertEquals(1, session.err.lines().count(), session.err);
    } finally {
      spark.conf().unset("spark.sql.ansi.enabled");
    }
  }

  @Test
  void anEmptyWarehouseListsNoTables() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SqlShell shell = new SqlShell(spark, "shell_test_none", OutputFormat.TSV,
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    shell.runScript(new BufferedReader(new StringReader("\\d\n")));
    assertEquals("name\ttype\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void describeInTableFormatShowsTheCommentColumn() throws Exception {
    Session session = script(OutputFormat.TABLE, "\\d shell_test.words\n");
    assertEquals(String.join("\n",
        "column | type          | comment",
        "-------+---------------+--------",
        "word   | string        | 一个词",
        "n      | int           | NULL",
        "tags   | array<string> | NULL",
        "(3 rows)", ""), session.out);
  }

  @Test
  void atATerminalAStatementSpansLinesUnderTheContinuationPrompt() throws Exception {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    byte[] typed = "SELECT word FROM shell_test.words\nWHERE n > 5\n;\n\\q\n".getBytes(StandardCharsets.UTF_8);
    // A terminal on streams, in Java (no pty): it echoes and edits as a real one does.
    try (Terminal terminal = new ExternalTerminal("test", "dumb", new ByteArrayInputStream(typed), screen,
        StandardCharsets.UTF_8)) {
      PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
      SqlShell shell = new SqlShell(spark, DB, OutputFormat.TABLE, out, out);
      InteractiveShell.run(shell, terminal, tmp.resolve("history"), () -> { });
    }
    // The editor ends its lines with CR LF and may redraw with carriage returns.
    String text = screen.toString(StandardCharsets.UTF_8).replace("\r", "");
    assertTrue(text.contains("corpus> SELECT word FROM shell_test.words\n     -> WHERE n > 5\n     -> ;\n"), text);
    assertTrue(text.contains("corpus> \\q"), text);
    assertTrue(text.contains("word\n--------\n数字政府\n(1 row)"), text);
    // The statement is one history entry, its lines joined.
    String history = java.nio.file.Files.readString(tmp.resolve("history"), StandardCharsets.UTF_8);
    assertTrue(history.contains("SELECT word FROM shell_test.words\\nWHERE n > 5\\n;"), history);
  }

  private record Session(String out, String err) {}

  private static Session script(OutputFormat format, String input) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    SqlShell shell = new SqlShell(spark, DB, format, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    shell.runScript(new BufferedReader(new StringReader(input)));
    return new Session(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
