package org.reportcorpus.jobs.catalog;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.tables.SqlText;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.Tables.TableDef;
import picocli.CommandLine.Command;

/**
 * {@code bin/corpus maintain}: upkeep of the warehouse's Delta tables, one table at a time:
 *
 * <ol>
 *   <li>OPTIMIZE: compacts the small files that upserts and appends leave into fewer large ones
 *       (a new version with the same rows);
 *   <li>VACUUM: deletes files no version younger than {@code corpus.maintain.retain_hours} uses.
 *       Delta ignores VACUUM's own RETAIN clause (other than 0) and reads the retention from the
 *       table property {@value #RETENTION_PROPERTY}, so that is set when it differs;
 *   <li>prints the table's latest versions (DESCRIBE HISTORY) in one line each.
 * </ol>
 *
 * Parquet tables are skipped: without a transaction log a rewrite could not be atomic for
 * readers, and each Parquet write already replaces the table's folder whole, leaving no old files.
 */
@Command(name = "maintain", mixinStandardHelpOptions = true,
    description = "compact (OPTIMIZE) and clean (VACUUM, corpus.maintain.retain_hours, default 168) the Delta tables; print each table's history")
public final class MaintainCommand extends JobCommand {

  /** Metrics of DESCRIBE HISTORY worth a glance, in the order printed (those an operation has). */
  static final List<String> METRICS = List.of("numOutputRows", "numTargetRowsInserted", "numTargetRowsUpdated",
      "numTargetRowsDeleted", "numFiles", "numAddedFiles", "numRemovedFiles", "numDeletedFiles",
      "numVacuumedDirectories");

  static final String RETENTION_PROPERTY = "delta.deletedFileRetentionDuration";

  @picocli.CommandLine.Option(names = "--table", paramLabel = "NAME", description = "only this table; repeatable (default: every table)")
  List<String> only = new java.util.ArrayList<>();

  private MaintainSettings settings;
  private List<TableDef> tables;

  public static void main(String[] args) {
    JobCommand.main(new MaintainCommand(), args);
  }

  @Override
  protected void validate(CorpusOptions options) {
    settings = MaintainSettings.fromConfig(options.common());
    tables = tables(only);
  }

  /** The tables named (all when none), in {@link Tables#ALL} order; an unknown name is an error naming the flag. */
  static List<TableDef> tables(List<String> names) {
    List<String> known = Tables.ALL.stream().map(TableDef::name).toList();
    for (String name : names) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException("--table: expected one of " + String.join(", ", known) + " but got " + name);
      }
    }
    return Tables.ALL.stream().filter(table -> names.isEmpty() || names.contains(table.name())).toList();
  }

  @Override
  protected void run(CorpusRun run) {
    run(run, settings, tables, System.out);
  }

  public static void run(CorpusRun run, MaintainSettings settings, List<TableDef> tables, PrintStream out) {
    TableStore store = run.store();
    for (TableDef table : tables) {
      if (!store.exists(table)) {
        continue;
      }
      if (!"delta".equals(store.formatOf(table))) {
        out.println(table.name() + ": parquet, skipped (no transaction log: a rewrite could not be atomic for"
            + " readers; each write replaces the folder whole, so no old files pile up)");
        continue;
      }
      maintain(run.spark(), store.path(table), table.name(), settings, out);
    }
  }

  private static void maintain(SparkSession spark, String path, String name, MaintainSettings settings,
      PrintStream out) {
    String target = "delta." + SqlText.identifier(path);
    long filesBefore = files(spark, path);
    spark.sql("OPTIMIZE " + target);
    long filesAfter = files(spark, path);
    setRetention(spark, path, target, settings.retainHours());
    spark.sql("VACUUM " + target);
    out.println(name + ": delta, files " + filesBefore + " -> " + filesAfter + ", vacuumed (retain "
        + settings.retainHours() + " h); history:");
    List<Row> history = spark.sql("DESCRIBE HISTORY " + target).orderBy(col("version").desc())
        .limit(settings.historyRows()).select("version", "timestamp", "operation", "operationMetrics")
        .collectAsList();
    history.forEach(version -> out.println("  " + historyLine(version)));
  }

  /** {@code v3 2026-11-30 00:25:11 OPTIMIZE numAddedFiles=1 numRemovedFiles=4}. */
  static String historyLine(Row version) {
    StringBuilder line = new StringBuilder("v").append(version.getLong(0)).append(' ')
        .append(version.getTimestamp(1).toString().replaceFirst("\\.\\d+$", "")).append(' ')
        .append(version.getString(2));
    Map<String, String> metrics = version.isNullAt(3) ? Map.of() : new TreeMap<>(version.getJavaMap(3));
    for (String metric : METRICS) {
      if (metrics.containsKey(metric)) {
        line.append(' ').append(metric).append('=').append(metrics.get(metric));
      }
    }
    return line.toString();
  }

  /** Sets the table's retention unless it already holds (unset means Delta's default, 168 hours). */
  static void setRetention(SparkSession spark, String path, String target, long retainHours) {
    Map<String, String> properties = DeltaTable.forPath(spark, path).detail().select("properties").first().getJavaMap(0);
    String current = properties.get(RETENTION_PROPERTY);
    String wanted = "interval " + retainHours + " hours";
    if (wanted.equals(current) || (current == null && retainHours == MaintainSettings.DELTA_DEFAULT_RETAIN_HOURS)) {
      return;
    }
    spark.sql("ALTER TABLE " + target + " SET TBLPROPERTIES (" + SqlText.literal(RETENTION_PROPERTY) + " = "
        + SqlText.literal(wanted) + ")");
  }

  /** Files of the table's current version. */
  static long files(SparkSession spark, String path) {
    return DeltaTable.forPath(spark, path).detail().select("numFiles").first().getLong(0);
  }
}
