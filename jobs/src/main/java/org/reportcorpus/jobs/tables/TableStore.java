package org.reportcorpus.jobs.tables;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.reportcorpus.jobs.tables.Tables.TableDef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes the warehouse's tables; the one place where idempotency is decided.
 *
 * <ul>
 *   <li>{@link #overwrite}: replace a derived table. Delta commits it atomically, so a crash
 *       mid-write leaves the previous version readable.
 *   <li>{@link #upsert}: insert or update rows by the table's key (Delta MERGE), so re-ingesting
 *       the same files changes nothing and ingesting new files adds to the table.
 * </ul>
 *
 * Parquet is supported as an option without transactions: writes go to a staging folder that
 * replaces the table folder when complete.
 */
public final class TableStore {

  private static final Logger LOG = LoggerFactory.getLogger(TableStore.class);

  private final SparkSession spark;
  private final Path warehouse;
  private final String format;

  public TableStore(SparkSession spark, String warehouse, String format) {
    this.spark = spark;
    this.format = format;
    try {
      Path path = new Path(warehouse);
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      this.warehouse = fs.makeQualified(path);
    } catch (IOException e) {
      throw new UncheckedIOException("--warehouse: cannot open " + warehouse, e);
    }
  }

  public String path(TableDef table) {
    return new Path(warehouse, table.name()).toString();
  }

  public String warehouse() {
    return warehouse.toString();
  }

  public boolean exists(TableDef table) {
    return formatOf(table) != null;
  }

  public Dataset<Row> read(TableDef table) {
    if (!exists(table)) {
      throw new IllegalStateException("table " + table.name() + " not found at " + path(table)
          + "; run the stage that writes it first (bin/corpus pipeline runs all)");
    }
    return spark.read().format(formatOf(table)).load(path(table));
  }

  /** Replaces the table's contents with {@code rows} (conformed to the declared schema). */
  public void overwrite(TableDef table, Dataset<Row> rows) {
    Dataset<Row> conformed = conform(table, rows);
    if (format.equals("delta")) {
      conformed.write().format("delta").mode(SaveMode.Overwrite)
          .option("overwriteSchema", "true").save(path(table));
      describeDelta(table);
    } else {
      writeParquetViaStaging(table, conformed);
    }
    register(table);
  }

  /**
   * Inserts new keys and updates existing ones. {@code matchedOverrides} maps a column to a SQL
   * expression over {@code t} (target) and {@code s} (source) for matched rows; other columns
   * take the source's value.
   */
  public void upsert(TableDef table, Dataset<Row> rows, Map<String, String> matchedOverrides) {
    Dataset<Row> conformed = conform(table, rows);
    if (!exists(table)) {
      overwrite(table, conformed);
      return;
    }
    if (format.equals("delta")) {
      String condition = table.keys().stream().map(k -> "t." + k + " = s." + k)
          .collect(Collectors.joining(" AND "));
      Map<String, String> updates = new LinkedHashMap<>();
      for (StructField field : table.schema().fields()) {
        updates.put(field.name(), matchedOverrides.getOrDefault(field.name(), "s." + field.name()));
      }
      DeltaTable.forPath(spark, path(table)).as("t")
          .merge(conformed.as("s"), condition)
          .whenMatched().updateExpr(updates)
          .whenNotMatched().insertAll()
          .execute();
    } else {
      String[] keys = table.keys().toArray(new String[0]);
      Dataset<Row> kept = read(table).join(conformed.select(keys[0], Arrays.copyOfRange(keys, 1, keys.length)),
          keys, "left_anti");
      writeParquetViaStaging(table, conform(table, kept.unionByName(conformed)));
    }
    register(table);
  }

  /** Appends rows (for logs such as {@code runs}); creates the table on first use. */
  public void append(TableDef table, Dataset<Row> rows) {
    Dataset<Row> conformed = conform(table, rows);
    if (format.equals("delta")) {
      conformed.write().format("delta").mode(SaveMode.Append).save(path(table));
      describeDelta(table);
    } else if (exists(table)) {
      writeParquetViaStaging(table, conform(table, read(table).unionByName(conformed)));
    } else {
      writeParquetViaStaging(table, conformed);
    }
    register(table);
  }

  /** Registers the table as {@code corpus.<name>} in the session catalog (idempotent). */
  public void register(TableDef table) {
    spark.sql("CREATE DATABASE IF NOT EXISTS " + Tables.DATABASE);
    // Re-created every time: the session may have registered another warehouse's table.
    spark.sql("DROP TABLE IF EXISTS " + table.qualifiedName());
    spark.sql("CREATE TABLE " + table.qualifiedName() + " USING " + formatOf(table)
        + " COMMENT " + SqlText.literal(table.comment()) + " LOCATION " + SqlText.literal(path(table)));
    for (Tables.ViewDef view : Tables.VIEWS) {
      if (view.of().equals(table)) {
        spark.sql("CREATE OR REPLACE VIEW " + view.qualifiedName() + " AS SELECT * FROM " + table.qualifiedName()
            + " WHERE " + view.where());
      }
    }
  }

  /** Registers every table of the warehouse that exists. */
  public void registerAll() {
    for (TableDef table : Tables.ALL) {
      if (exists(table)) {
        register(table);
      }
    }
  }

  /**
   * Selects the declared columns in declared order and types, each with its comment (field
   * metadata, which Delta and Parquet keep in the files); fails naming a missing column.
   */
  public static Dataset<Row> conform(TableDef table, Dataset<Row> rows) {
    List<String> present = Arrays.asList(rows.columns());
    Column[] columns = new Column[table.schema().fields().length];
    int i = 0;
    for (StructField field : table.schema().fields()) {
      if (!present.contains(field.name())) {
        throw new IllegalArgumentException("table " + table.name() + ": expected column "
            + field.name() + " but got " + present);
      }
      columns[i++] = col(field.name()).cast(field.dataType()).as(field.name(), field.metadata());
    }
    return rows.select(columns);
  }

  /**
   * Gives a Delta table its comment (Delta keeps it as the table's description, which DESCRIBE
   * shows); a commit of its own, so only when it differs.
   */
  private void describeDelta(TableDef table) {
    String description = DeltaTable.forPath(spark, path(table)).detail().select("description").first().getString(0);
    if (!table.comment().equals(description)) {
      spark.sql("ALTER TABLE delta." + SqlText.identifier(path(table)) + " SET TBLPROPERTIES ('comment' = "
          + SqlText.literal(table.comment()) + ")");
    }
  }

  /** delta or parquet: the format the table was written in; null if it does not exist. */
  public String formatOf(TableDef table) {
    try {
      return formatAt(fs(), new Path(path(table)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The format of the table folder at {@code path}: delta (it has a transaction log), parquet (a
   * complete write's _SUCCESS marker) or null (no table there).
   */
  public static String formatAt(FileSystem fs, Path path) throws IOException {
    if (fs.exists(new Path(path, "_delta_log"))) {
      return "delta";
    }
    return fs.exists(new Path(path, "_SUCCESS")) ? "parquet" : null;
  }

  private void writeParquetViaStaging(TableDef table, Dataset<Row> rows) {
    Path target = new Path(path(table));
    Path staging = new Path(warehouse, "_staging_" + table.name());
    Path old = new Path(warehouse, "_old_" + table.name());
    try {
      FileSystem fs = fs();
      fs.delete(staging, true);
      rows.write().mode(SaveMode.Overwrite).parquet(staging.toString());
      fs.delete(old, true);
      if (fs.exists(target)) {
        fs.rename(target, old);
      }
      fs.rename(staging, target);
      fs.delete(old, true);
      LOG.info("wrote parquet table {} at {}", table.name(), target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write table " + table.name(), e);
    }
  }

  private FileSystem fs() throws IOException {
    return warehouse.getFileSystem(spark.sparkContext().hadoopConfiguration());
  }
}
