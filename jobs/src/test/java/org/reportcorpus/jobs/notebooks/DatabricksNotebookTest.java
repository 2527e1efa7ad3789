package org.reportcorpus.jobs.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
      List<String> statements = SqlCommand.split(Files.readString(file, StandardCharsets.UTF_8));
      List<String> cells = NotebookValues.read(file).sqlCells().stream()
          .map(cell -> cell.text().substring(0, cell.text().length() - 1).strip()).toList();
      assertEquals(cells.size(), statements.size(), file.toString());
      for (int i = 0; i < cells.size(); i++) {
        // A statement carries the comments before it (markdown, separators): it ends with the cell.
        assertTrue(statements.get(i).endsWith(cells.get(i)), file + " statement " + (i + 1) + ":\n" + statements.get(i));
      }
    }
  }
}
