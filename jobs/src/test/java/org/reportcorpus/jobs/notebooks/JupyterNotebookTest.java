package org.reportcorpus.jobs.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportcorpus.jobs.testing.Fixtures;
import picocli.CommandLine;

/** The .ipynb files beside the .sql notebooks are what the generator writes from them, and valid nbformat 4. */
class JupyterNotebookTest {

  @Test
  void everyIpynbIsRegeneratedFromItsSqlSource() throws IOException {
    List<String> stale = NotebooksCommand.stale(NotebookValues.folder());
    assertEquals(List.of(), stale, "out of date with their .sql sources: run " + NotebooksCommand.REGENERATE
        + " (from the repository root) to regenerate");
  }

  @Test
  void eachSqlCellIsOneCodeCellRunningTheSameSqlAfterTheSetup() throws IOException {
    for (Path source : NotebooksCommand.sources(NotebookValues.folder())) {
      DatabricksNotebook notebook = NotebookValues.read(source);
      JsonNode ipynb = new ObjectMapper().readTree(JupyterNotebook.render(notebook));
      assertEquals(4, ipynb.get("nbformat").asInt());
      assertEquals(5, ipynb.get("nbformat_minor").asInt());
      assertEquals("python3", ipynb.at("/metadata/kernelspec/name").asText());
      List<String> ids = new ArrayList<>();
      List<String> code = new ArrayList<>();
      for (JsonNode cell : ipynb.get("cells")) {
        ids.add(cell.get("id").asText());
        StringBuilder text = new StringBuilder();
        cell.get("source").forEach(line -> text.append(line.asText()));
        if (cell.get("cell_type").asText().equals("code")) {
          assertTrue(cell.get("execution_count").isNull(), source + ": an execution count");
          assertEquals(0, cell.get("outputs").size(), source + ": outputs");
          code.add(text.toString());
        }
      }
      assertEquals("setup", ids.get(1), source + ": the setup cell follows the title");
      List<String> expected = new ArrayList<>();
      expected.add(JupyterNotebook.setup());
      notebook.sqlCells().forEach(cell -> expected.add("show(\"\"\"\n" + cell.text() + "\n\"\"\")"));
      assertEquals(expected, code, source.toString());
      assertEquals(ids.size(), ids.stream().distinct().count(), source + ": cell ids must be unique");
    }
  }

  @Test
  void theSetupRegistersEveryTableAndTheHeadlineViewFromTheirDefinitions() {
    String setup = JupyterNotebook.setup();
    for (var table : org.reportcorpus.jobs.tables.Tables.ALL) {
      assertTrue(setup.contains("\"" + table.name() + "\",\n"), table.name());
    }
    assertTrue(setup.contains("\"term_trends_national\": (\"term_trends\", \""
        + org.reportcorpus.jobs.tables.TrendSlice.HEADLINE_SQL + "\")"), setup);
  }

  @Test
  void theDeltaPackageIsTheVersionTheProjectBuildsWith() throws IOException {
    String pom = Files.readString(Fixtures.repoRoot().resolve("pom.xml"), StandardCharsets.UTF_8);
    String version = JupyterNotebook.DELTA_PACKAGE.substring(JupyterNotebook.DELTA_PACKAGE.lastIndexOf(':') + 1);
    assertTrue(pom.contains("<delta.version>" + version + "</delta.version>"), JupyterNotebook.DELTA_PACKAGE);
  }

  @Test
  void theCommandWritesWhatIsCommittedAndCheckNamesStaleFiles(@TempDir Path dir) throws IOException {
    for (Path source : NotebooksCommand.sources(NotebookValues.folder())) {
      Files.copy(source, dir.resolve(source.getFileName()));
    }
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new NotebooksCommand()).setOut(new PrintWriter(out, true));
    assertEquals(1, command.execute("--dir", dir.toString(), "--check"));
    assertTrue(out.toString().startsWith("stale: 01_term_trends_overview.ipynb (run " + NotebooksCommand.REGENERATE
        + " to regenerate)"), out.toString());
    assertEquals(0, command.execute("--dir", dir.toString()));
    assertEquals(0, command.execute("--dir", dir.toString(), "--check"));
    for (Path source : NotebooksCommand.sources(NotebookValues.folder())) {
      String name = source.getFileName().toString().replace(".sql", ".ipynb");
      assertEquals(Files.readString(NotebookValues.folder().resolve(name), StandardCharsets.UTF_8),
          Files.readString(dir.resolve(name), StandardCharsets.UTF_8), name);
    }
  }
}
