package org.reportcorpus.jobs.notebooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reportcorpus.jobs.tables.Tables;

/**
 * A Databricks SQL notebook as a Jupyter notebook (nbformat 4.5) for a plain Python kernel with
 * PySpark: a setup cell starts a local Spark session with Delta and registers the warehouse's
 * tables as database {@code corpus} (names and the headline view from {@link Tables}), then one
 * code cell per SQL cell runs the same SQL, and markdown cells stay markdown.
 *
 * <p>PySpark over {@code spark.sql} rather than a {@code %%sql} magic: that magic needs an extra
 * package (sparkmagic, or a Livy server) and a kernel set up for it, while any Python with
 * {@code pyspark} runs these. The output is stable: keys sorted, no outputs, no execution counts,
 * cell ids from the cell names, so regenerating from the same sources gives the same bytes.
 */
public final class JupyterNotebook {

  /** The Delta package for the session, the version the project builds against (pom.xml). */
  public static final String DELTA_PACKAGE = "io.delta:delta-spark_2.13:4.3.1";

  /** Laid out as Jupyter saves notebooks (one-space indent, one array item a line), so saving adds no noise. */
  private static final ObjectWriter JSON = new ObjectMapper()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("").withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter(" ", "\n"))
          .withArrayIndenter(new DefaultIndenter(" ", "\n")));

  private JupyterNotebook() {}

  /** The .ipynb text (JSON, ending in a line break) of a notebook. */
  public static String render(DatabricksNotebook notebook) {
    List<Map<String, Object>> cells = new ArrayList<>();
    int markdown = 0;
    for (DatabricksNotebook.Cell cell : notebook.cells()) {
      if (cell.kind() == DatabricksNotebook.Kind.MARKDOWN) {
        cells.add(markdownCell("md-" + (++markdown), cell.text()));
        if (markdown == 1) {
          cells.add(codeCell("setup", setup()));
        }
      } else {
        cells.add(codeCell(cell.name(), sqlCell(cell)));
      }
    }
    if (markdown == 0) {
      cells.add(0, codeCell("setup", setup()));
    }
    Map<String, Object> notebookJson = new TreeMap<>();
    notebookJson.put("cells", cells);
    notebookJson.put("metadata", Map.of(
        "kernelspec", Map.of("display_name", "Python 3 (ipykernel)", "language", "python", "name", "python3"),
        "language_info", Map.of("name", "python")));
    notebookJson.put("nbformat", 4);
    notebookJson.put("nbformat_minor", 5);
    try {
      return JSON.writeValueAsString(notebookJson) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The code of one SQL cell: the SQL as written, through the setup cell's show(). */
  static String sqlCell(DatabricksNotebook.Cell cell) {
    if (cell.text().contains("\"\"\"") || cell.text().contains("\\")) {
      throw new IllegalArgumentException("cell " + cell.name() + ": SQL with \"\"\" or a backslash cannot be "
          + "written as a Python string literal as it stands");
    }
    return "show(\"\"\"\n" + cell.text() + "\n\"\"\")";
  }

  /** A local session with Delta over WAREHOUSE, the tables as corpus.*, the headline view, the SQL functions. */
  static String setup() {
    StringBuilder tables = new StringBuilder();
    for (Tables.TableDef table : Tables.ALL) {
      tables.append("    \"").append(table.name()).append("\",\n");
    }
    StringBuilder views = new StringBuilder();
    for (Tables.ViewDef view : Tables.VIEWS) {
      views.append("    \"").append(view.name()).append("\": (\"").append(view.of().name()).append("\", \"")
          .append(view.where()).append("\"),\n");
    }
    return String.join("\n",
        "# Setup (written by `bin/corpus notebooks` from the project's table definitions): a local Spark",
        "# session with Delta, the tables of WAREHOUSE registered as database corpus, the views the project",
        "# defines, and the project's SQL functions (term_count, region_of, ...) when the jobs jar is found.",
        "# Set CORPUS_WAREHOUSE (default ../warehouse) and CORPUS_JOBS_JAR, or edit the two lines below.",
        "import os",
        "from pyspark.sql import SparkSession",
        "",
        "WAREHOUSE = os.path.abspath(os.environ.get(\"CORPUS_WAREHOUSE\", \"../warehouse\"))",
        "JOBS_JAR = os.path.abspath(os.environ.get(\"CORPUS_JOBS_JAR\", \"../jobs/target/corpus-jobs-0.1.0-SNAPSHOT-cluster.jar\"))",
        "TABLES = [",
        tables + "]",
        "VIEWS = {",
        views + "}",
        "",
        "builder = (SparkSession.builder.appName(\"corpus notebook\")",
        "           .config(\"spark.jars.packages\", \"" + DELTA_PACKAGE + "\")",
        "           .config(\"spark.sql.extensions\", \"io.delta.sql.DeltaSparkSessionExtension\")",
        "           .config(\"spark.sql.catalog.spark_catalog\", \"org.apache.spark.sql.delta.catalog.DeltaCatalog\"))",
        "if os.path.exists(JOBS_JAR):",
        "    builder = builder.config(\"spark.jars\", JOBS_JAR)",
        "spark = builder.getOrCreate()",
        "spark.sql(\"CREATE DATABASE IF NOT EXISTS corpus\")",
        "for table in TABLES:",
        "    location = os.path.join(WAREHOUSE, table)",
        "    if os.path.isdir(location):",
        "        table_format = \"delta\" if os.path.isdir(os.path.join(location, \"_delta_log\")) else \"parquet\"",
        "        spark.sql(f\"CREATE TABLE IF NOT EXISTS corpus.{table} USING {table_format} LOCATION '{location}'\")",
        "for view, (table, where) in VIEWS.items():",
        "    spark.sql(f\"CREATE OR REPLACE VIEW corpus.{view} AS SELECT * FROM corpus.{table} WHERE {where}\")",
        "if os.path.exists(JOBS_JAR):",
        "    spark._jvm.org.reportcorpus.jobs.sql.SqlFunctions.register(spark._jsparkSession, spark._jvm.java.util.ArrayList())",
        "",
        "",
        "def show(sql, limit=1000):",
        "    \"\"\"Runs one cell's SQL: a table (pandas) when pandas is installed, else printed rows.\"\"\"",
        "    result = spark.sql(sql)",
        "    try:",
        "        return result.limit(limit).toPandas()",
        "    except ImportError:",
        "        result.show(limit, truncate=False)");
  }

  private static Map<String, Object> markdownCell(String id, String text) {
    Map<String, Object> cell = new LinkedHashMap<>();
    cell.put("cell_type", "markdown");
    cell.put("id", id);
    cell.put("metadata", Map.of());
    cell.put("source", lines(text));
    return cell;
  }

  private static Map<String, Object> codeCell(String id, String code) {
    Map<String, Object> cell = new LinkedHashMap<>();
    cell.put("cell_type", "code");
    cell.put("execution_count", null);
    cell.put("id", id);
    cell.put("metadata", Map.of());
    cell.put("outputs", List.of());
    cell.put("source", lines(code));
    return cell;
  }

  /** nbformat's multi-line string: the lines, each but the last with its line break. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    String[] parts = text.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      lines.add(i < parts.length - 1 ? parts[i] + "\n" : parts[i]);
    }
    return lines;
  }
}
