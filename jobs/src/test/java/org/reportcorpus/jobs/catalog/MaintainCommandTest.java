package org.reportcorpus.jobs.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.Tables.TableDef;

/** maintain compacts and cleans every Delta table without changing a row, and prints its history. */
class MaintainCommandTest {

  @Test
  void maintainKeepsEveryRowLowersNoFileCountAndPrintsTheOptimize() {
    CorpusRun run = SmallWarehouse.run();
    TableStore store = run.store();
    Map<TableDef, List<Row>> rowsBefore = new LinkedHashMap<>();
    Map<TableDef, Long> filesBefore = new HashMap<>();
    // Three tables written three ways (MERGE, overwrite, append): each table is maintained alone.
    List<TableDef> tables = MaintainCommand.tables(List.of("documents", "term_trends", "runs"));
    assertEquals(List.of(Tables.DOCUMENTS, Tables.TERM_TRENDS, Tables.RUNS), tables);
    for (TableDef table : tables) {
      if (store.exists(table)) {
        rowsBefore.put(table, sorted(store.read(table)));
        filesBefore.put(table, MaintainCommand.files(run.spark(), store.path(table)));
      }
    }
    assertEquals(tables, List.copyOf(rowsBefore.keySet()));
    assertTrue(filesBefore.get(Tables.DOCUMENTS) > 1, "two ingest runs leave documents in several files");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MaintainCommand.run(run, new MaintainSettings(168, 10), tables, new PrintStream(out, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);

    for (TableDef table : rowsBefore.keySet()) {
      assertEquals(rowsBefore.get(table), sorted(store.read(table)), table.name() + " rows");
      long filesAfter = MaintainCommand.files(run.spark(), store.path(table));
      assertTrue(filesAfter <= filesBefore.get(table), table.name() + ": " + filesBefore.get(table) + " -> " + filesAfter);
      assertTrue(printed.contains(table.name() + ": delta, files " + filesBefore.get(table) + " -> " + filesAfter + ","),
          printed);
    }
    assertEquals(1L, MaintainCommand.files(run.spark(), store.path(Tables.DOCUMENTS)), "documents compacted to one file");
    // A table already in one file gets no OPTIMIZE commit; documents, in several, does.
    String documents = printed.substring(printed.indexOf("documents: delta"));
    assertTrue(documents.lines().skip(1).takeWhile(line -> line.startsWith("  v"))
        .anyMatch(line -> line.contains(" OPTIMIZE ")), printed);

    // Delta reads VACUUM's retention from the table: another retention is set there.
    String path = store.path(Tables.TERM_TRENDS);
    MaintainCommand.setRetention(run.spark(), path, "delta.`" + path.replace("`", "``") + "`", 200);
    assertEquals("interval 200 hours", io.delta.tables.DeltaTable.forPath(run.spark(), path).detail()
        .select("properties").first().getJavaMap(0).get(MaintainCommand.RETENTION_PROPERTY));
  }

  @Test
  void anUnknownTableIsRefusedNamingTheFlag() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> MaintainCommand.tables(List.of("documents", "trends")));
    assertTrue(error.getMessage().startsWith("--table: expected one of documents, rejects,"), error.getMessage());
    assertTrue(error.getMessage().endsWith(" but got trends"), error.getMessage());
    assertEquals(Tables.ALL, MaintainCommand.tables(List.of()));
  }

  @Test
  void aRetentionBelowDeltasIsRefusedUnlessTheCheckIsOff() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> MaintainSettings.fromConfig(config(Map.of(MaintainSettings.RETAIN_HOURS, "24"))));
    assertTrue(error.getMessage().startsWith("corpus.maintain.retain_hours: expected at least 168"), error.getMessage());
    assertTrue(error.getMessage().endsWith("but got 24"), error.getMessage());
    assertEquals(24, MaintainSettings.fromConfig(config(Map.of(MaintainSettings.RETAIN_HOURS, "24",
        MaintainSettings.RETENTION_CHECK, "false"))).retainHours());
    assertEquals(168, MaintainSettings.fromConfig(config(Map.of())).retainHours());
  }

  private static CorpusConfig config(Map<String, String> settings) {
    return CorpusConfig.of(settings, List.of());
  }

  private static List<Row> sorted(Dataset<Row> rows) {
    return rows.collectAsList().stream().sorted(java.util.Comparator.comparing(Row::toString)).toList();
  }
}
