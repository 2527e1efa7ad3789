package org.reportcorpus.jobs.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.Tables.TableDef;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.jobs.tables.SqlText;

/**
 * The statements {@code ddl} prints register the warehouse in a session that ran nothing else:
 * a new session, a database no other test uses, the small warehouse whose path holds a quote.
 */
class DdlTest {

  private static final String DATABASE = "ddl_only";

  @Test
  void aSessionThatRanOnlyTheStatementsQueriesAndDescribesEveryTable() {
    CorpusRun built = SmallWarehouse.run();
    List<String> statements = DdlCommand.statements(built.options(), DATABASE, null);
    assertEquals("CREATE DATABASE IF NOT EXISTS " + DATABASE, statements.get(0));
    String script = Ddl.script(statements);
    assertTrue(script.contains("LOCATION 'file:"), "fully qualified locations:\n" + script);
    assertTrue(script.contains("o\\'brien warehouse/term_trends'"), "the quote in the path escaped:\n" + script);

    SparkSession fresh = SharedSpark.get().newSession();
    fresh.sql("DROP DATABASE IF EXISTS " + DATABASE + " CASCADE");
    statements.forEach(fresh::sql);
    fresh.sql("SHOW TABLES IN " + DATABASE).show(100, false);

    long expected = built.store().read(Tables.TERM_TRENDS).count();
    assertTrue(expected > 0);
    assertEquals(expected, fresh.sql("SELECT count(*) FROM " + DATABASE + ".term_trends").first().getLong(0));
    assertEquals(built.store().read(Tables.TERM_TRENDS).filter(org.reportcorpus.jobs.tables.TrendSlice.headline()).count(),
        fresh.sql("SELECT count(*) FROM " + DATABASE + ".term_trends_national").first().getLong(0));

    for (TableDef table : List.of(Tables.TERM_TRENDS, Tables.DOCUMENTS, Tables.RUNS)) {
      Map<String, String> described = new LinkedHashMap<>();
      for (Row row : fresh.sql("DESCRIBE " + DATABASE + "." + table.name()).collectAsList()) {
        if (row.getString(0).startsWith("#")) {
          break; // "# Partition Information" of a partitioned table: its columns again
        }
        described.put(row.getString(0), row.getString(2));
      }
      assertEquals(table.partitionedBy(), partitionColumns(fresh, table), table.name());
      Map<String, String> declared = new LinkedHashMap<>();
      Arrays.stream(table.schema().fields()).forEach(f -> declared.put(f.name(), Tables.comment(f)));
      assertEquals(declared, described, table.name());
      described.values().forEach(comment -> assertFalse(comment == null || comment.isBlank(), table.name()));
    }
    Row comment = fresh.sql("DESCRIBE TABLE EXTENDED " + DATABASE + ".term_trends")
        .filter("col_name = 'Comment'").first();
    assertEquals(Tables.TERM_TRENDS.comment(), comment.getString(1));
    fresh.sql("DROP DATABASE " + DATABASE + " CASCADE");
  }

  /** The columns DESCRIBE lists under "# Partition Information". */
  private static List<String> partitionColumns(SparkSession spark, TableDef table) {
    List<String> columns = new java.util.ArrayList<>();
    boolean partitions = false;
    for (Row row : spark.sql("DESCRIBE " + DATABASE + "." + table.name()).collectAsList()) {
      if (row.getString(0).equals("# Partition Information")) {
        partitions = true;
      } else if (partitions && !row.getString(0).startsWith("#") && !row.getString(0).isBlank()) {
        columns.add(row.getString(0));
      }
    }
    return columns;
  }

  @Test
  void quotesAndBackslashesInACommentSurviveTheRoundTrip() {
    String awkward = "it's a \\path\\ with 'quotes' and 全角";
    Metadata metadata = new MetadataBuilder().putString(Tables.COMMENT, awkward).build();
    StructField field = DataTypes.createStructField("rank", DataTypes.createArrayType(DataTypes.StringType), true, metadata);
    assertEquals("`rank` ARRAY<STRING> COMMENT 'it\\'s a \\\\path\\\\ with \\'quotes\\' and 全角'", Ddl.column(field));
    SparkSession spark = SharedSpark.get();
    String location = Fixtures.tempDir("ddl-quotes").resolve("it's").toString();
    new java.io.File(location).mkdirs(); // an empty folder: a missing one makes Spark log a stack trace
    spark.sql("CREATE TABLE default.ddl_quotes (" + Ddl.column(field) + ") USING parquet LOCATION "
        + SqlText.literal(location));
    assertEquals(awkward, spark.sql("DESCRIBE default.ddl_quotes").first().getString(2));
    spark.sql("DROP TABLE default.ddl_quotes");
  }

  @Test
  void aBadDatabaseNameIsRefusedNamingTheFlag() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> Ddl.statements("corpus; DROP", Map.of(), Map.of()));
    assertEquals("--database: expected a name of letters, digits and _ but got corpus; DROP", error.getMessage());
  }
}
