package org.reportcorpus.jobs.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.sql.SqlCommand;

/** Reading the Databricks source format; the notebooks also run as scripts of bin/corpus sql -f. */
class DatabricksNotebookTest {

  @Test
  void markdownLosesItsMagicPrefixAndSqlCellsNeedAName() {
    DatabricksNotebook notebook = DatabricksNotebook.parse(String.join("\n",
        DatabricksNotebook.HEADER, "-- MAGIC %md", "-- MAGIC # Title", "-- MAGIC", "-- MAGIC text",
        "", DatabricksNotebook.CELL_SEPARATOR, "", "-- name: one", "SELECT 1", ""));
    assertEquals(List.of(
        new DatabricksNotebook.Cell(DatabricksNotebook.Kind.MARKDOWN, null, "# Title\n\ntext"),
        new DatabricksNotebook.Cell(DatabricksNotebook.Kind.SQL, "one", "-- name: one\nSELECT 1")), notebook.cells());
    IllegalArgumentException unnamed = assertThrows(IllegalArgumentException.class, () -> DatabricksNotebook.parse(
        DatabricksNotebook.HEADER + "\n-- a comment\nSELECT 1\n"));
    assertTrue(unnamed.getMessage().startsWith("SQL cell without a '-- name: NAME' line"), unnamed.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DatabricksNotebook.parse(String.join("\n",
        DatabricksNotebook.HEADER, "-- name: a", "SELECT 1", DatabricksNotebook.CELL_SEPARATOR, "-- name: a", "SELECT 2")));
    assertThrows(IllegalArgumentException.class, () -> DatabricksNotebook.parse("SELECT 1"));
  }

  /** Each SQL cell ends with ';', so that {@code bin/corpus sql -f NOTEBOOK} runs it cell by cell. */
  @Test
  void sqlDashFSplitsEachNotebookIntoItsSqlCells() throws IOException {
    for (Path file : NotebooksCommand.sources(NotebookValues.folder())) {
      // Compared without comment lines: a splitter may keep or drop the comments before a statement.
      List<String> statements = SqlCommand.split(Files.readString(file, StandardCharsets.UTF_8)).stream()
          .map(DatabricksNotebookTest::code).toList();
      List<String> cells = NotebookValues.read(file).sqlCells().stream().map(cell -> code(cell.text())).toList();
      assertEquals(cells, statements, file.toString());
    }
  }

  /** The SQL without comment lines or a final ';'. */
  private static String code(String sql) {
    String code = sql.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n")).strip();
    return code.endsWith(";") ? code.substring(0, code.length() - 1).strip() : code;
  }
}
