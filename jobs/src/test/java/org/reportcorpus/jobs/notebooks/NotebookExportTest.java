package org.reportcorpus.jobs.notebooks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SeedWarehouse;
import org.reportcorpus.jobs.testing.SharedSpark;

/** Runs every SQL cell of every notebook in notebooks-export against the seed warehouse. */
class NotebookExportTest {

  private static final String HEADER = "-- Databricks notebook source";
  private static final String CELL_SEPARATOR = "-- COMMAND ----------";

  @TestFactory
  Stream<DynamicTest> everyCellRunsAndReturnsRows() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(Fixtures.repoRoot().resolve("notebooks-export"))) {
      for (Path notebook : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
        String source = Files.readString(notebook, StandardCharsets.UTF_8);
        assertTrue(source.startsWith(HEADER), notebook + " must start with '" + HEADER + "'");
        List<String> cells = sqlCells(source.substring(HEADER.length()));
        assertFalse(cells.isEmpty(), notebook + " has no SQL cells");
        for (int i = 0; i < cells.size(); i++) {
          String cell = cells.get(i);
          tests.add(DynamicTest.dynamicTest(notebook.getFileName() + " cell " + (i + 1), () -> {
            SeedWarehouse.get();
            List<Row> rows = SharedSpark.get().sql(cell).limit(1000).collectAsList();
            assertFalse(rows.isEmpty(), "no rows from:\n" + cell);
          }));
        }
      }
    }
    return tests.stream();
  }

  /** Cells with SQL in them; markdown (-- MAGIC) and comment-only cells are skipped. */
  static List<String> sqlCells(String source) {
    List<String> cells = new ArrayList<>();
    for (String cell : source.split(java.util.regex.Pattern.quote(CELL_SEPARATOR))) {
      String code = cell.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
      if (!code.isEmpty()) {
        cells.add(cell.strip());
      }
    }
    return cells;
  }
}
