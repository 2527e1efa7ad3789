package org.reportcorpus.jobs.tables;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

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
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
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

  private static final String STAGING = "_staging_";
  private static final String OLD = "_old_";

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
      finishInterruptedSwaps(fs);
    } catch (IOException e) {
      throw new UncheckedIOException("--warehouse: cannot open " + warehouse, e);
    }
  }

  /**
   * Completes the Parquet swap of a run killed inside its window (see writeParquetViaStaging):
   * forward to the complete new folder if staging holds one, else back to the old folder.
   */
  private void finishInterruptedSwaps(FileSystem fs) throws IOException {
    for (TableDef table : Tables.ALL) {
      Path old = new Path(warehouse, OLD + table.name());
      if (!fs.exists(old)) {
        continue;
      }
      Path target = new Path(path(table));
      Path staging = new Path(warehouse, STAGING + table.name());
      try {
        if (formatAt(fs, target) == null) {
          fs.delete(target, true);
          boolean forward = fs.exists(new Path(staging, "_SUCCESS"));
          rename(fs, forward ? staging : old, target);
          LOG.warn("table {}: a run was killed while swapping its folders; {} ", table.name(),
              forward ? "put its complete new version in place" : "put its previous version back");
        }
        fs.delete(old, true);
      } catch (IOException e) {
        LOG.warn("table {}: cannot finish the interrupted swap at {} ({}); a run that can write there will",
            table.name(), target, e.toString());
      }
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
    commit(table, conformed, staged -> replace(table, staged));
  }

  private void replace(TableDef table, Dataset<Row> staged) {
    if (format.equals("delta")) {
      staged.write().format("delta").mode(SaveMode.Overwrite).partitionBy(table.partitionedBy().toArray(new String[0]))
          .option("overwriteSchema", "true").save(path(table));
    } else {
      writeParquetViaStaging(table, staged);
    }
  }

  /**
   * Replaces the rows whose {@code column} is one of {@code values} (or null, if {@code orNull})
   * with {@code rows} (which must all have such a value), keeping the others: one commit in Delta
   * (its {@code replaceWhere}, cheap when the table is partitioned by the column); in Parquet the
   * table is written again with the kept rows.
   */
  public void overwriteWhere(TableDef table, Dataset<Row> rows, String column, java.util.Collection<Integer> values,
      boolean orNull) {
    if (values.isEmpty() && !orNull) {
      throw new IllegalArgumentException("overwriteWhere " + table.name() + ": no values of " + column);
    }
    Dataset<Row> conformed = conform(table, rows);
    List<String> terms = new java.util.ArrayList<>();
    if (!values.isEmpty()) {
      terms.add("`" + column + "` IN (" + values.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
    }
    if (orNull) {
      terms.add("`" + column + "` IS NULL");
    }
    String where = String.join(" OR ", terms);
    commit(table, conformed, staged -> {
      if (!exists(table)) {
        replace(table, staged);
      } else if (format.equals("delta")) {
        staged.write().format("delta").mode(SaveMode.Overwrite).option("replaceWhere", where).save(path(table));
      } else {
        writeParquetViaStaging(table, conform(table, read(table).filter(not(coalesce(expr(where), lit(false)))).unionByName(staged)));
      }
    });
  }

  /**
   * Inserts new keys and updates existing ones. {@code matchedOverrides} maps a column to a SQL
   * expression over {@code t} (target) and {@code s} (source) for matched rows; other columns
   * take the source's value.
   */
  public void upsert(TableDef table, Dataset<Row> rows, Map<String, String> matchedOverrides) {
    Dataset<Row> conformed = conform(table, rows);
    commit(table, conformed, staged -> {
      // Decided on every attempt: a run that lost the race to create the table (another writer
      // committed its first version meanwhile) merges into that version when it redoes the write,
      // rather than replacing the other run's rows.
      if (!exists(table)) {
        replace(table, staged);
      } else if (format.equals("delta")) {
        String condition = table.keys().stream().map(k -> "t." + k + " = s." + k)
            .collect(Collectors.joining(" AND "));
        Map<String, String> updates = new LinkedHashMap<>();
        for (StructField field : table.schema().fields()) {
          updates.put(field.name(), matchedOverrides.getOrDefault(field.name(), "s." + field.name()));
        }
        DeltaTable.forPath(spark, path(table)).as("t")
            .merge(staged.as("s"), condition)
            .whenMatched().updateExpr(updates)
            .whenNotMatched().insertAll()
            .execute();
      } else {
        writeParquetViaStaging(table, conform(table, merged(table, read(table), staged, matchedOverrides)));
      }
    });
  }

  /**
   * What a Delta MERGE of {@code source} into {@code target} gives, for a Parquet table: rows of
   * the target without a match, rows of the source without one, and matched rows updated as
   * {@link #upsert} says.
   */
  private static Dataset<Row> merged(TableDef table, Dataset<Row> target, Dataset<Row> source,
      Map<String, String> matchedOverrides) {
    Column condition = null;
    for (String key : table.keys()) {
      Column equal = col("t." + key).equalTo(col("s." + key));
      condition = condition == null ? equal : condition.and(equal);
    }
    Dataset<Row> t = target.as("t");
    Dataset<Row> s = source.as("s");
    List<Column> updated = new java.util.ArrayList<>();
    for (StructField field : table.schema().fields()) {
      String override = matchedOverrides.get(field.name());
      updated.add((override == null ? col("s." + field.name()) : expr(override)).as(field.name()));
    }
    return t.join(s, condition, "left_anti")
        .unionByName(s.join(t, condition, "left_anti"))
        .unionByName(t.join(s, condition, "inner").select(updated.toArray(new Column[0])));
  }

  /** Appends rows (for logs such as {@code runs}); creates the table on first use. */
  public void append(TableDef table, Dataset<Row> rows) {
    Dataset<Row> conformed = conform(table, rows);
    commit(table, conformed, staged -> {
      if (format.equals("delta")) {
        staged.write().format("delta").mode(SaveMode.Append).save(path(table));
      } else if (exists(table)) {
        writeParquetViaStaging(table, conform(table, read(table).unionByName(staged)));
      } else {
        writeParquetViaStaging(table, staged);
      }
    });
  }

  /**
   * One write of a table, between its fault points (see {@link FaultPoints}). A Delta write that
   * loses a commit conflict to another writer is redone on the new version, up to
   * {@value #COMMIT_ATTEMPTS} times; a full disk or a last lost conflict ends in one message
   * naming the table (its previous version is intact: nothing was committed).
   */
  void commit(TableDef table, Dataset<Row> rows, java.util.function.Consumer<Dataset<Row>> write) {
    FaultPoints.reach("before-commit:" + table.name());
    Dataset<Row> staged = FaultPoints.inTasks("in-write:" + table.name(), rows);
    for (int attempt = 1; ; attempt++) {
      try {
        write.accept(staged);
        break;
      } catch (io.delta.exceptions.DeltaConcurrentModificationException e) {
        String conflict = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
        if (attempt >= COMMIT_ATTEMPTS) {
          throw new TableWriteException("table " + table.name() + " at " + path(table) + ": another writer committed"
              + " first " + attempt + " times (" + conflict + "); nothing of this run was committed to it", e);
        }
        LOG.warn("table {}: lost a commit conflict to another writer ({}); redoing the write on the new version",
            table.name(), conflict);
      } catch (Exception | Error e) {
        // Spark's own exceptions are checked for Java; rethrown as they are. Errors too: a full
        // disk under a driver-side write (Delta's commit file, the Parquet swap) is Hadoop's
        // FSError, not an exception.
        if (noSpaceLeft(e)) {
          throw new TableWriteException("table " + table.name() + ": no space left on the device of " + path(table)
              + "; its previous version is intact", e);
        }
        throw e;
      }
    }
    FaultPoints.reach("after-commit:" + table.name());
    if (format.equals("delta")) {
      describeDelta(table);
      if (registeredHere(table)) {
        return; // the catalog entry reads the log's latest version: nothing to redo
      }
    }
    register(table);
  }

  /** Whether the session's catalog already has the table as this warehouse's Delta table. */
  private boolean registeredHere(TableDef table) {
    org.apache.spark.sql.catalyst.TableIdentifier id =
        new org.apache.spark.sql.catalyst.TableIdentifier(table.name(), scala.Option.apply(Tables.DATABASE));
    org.apache.spark.sql.catalyst.catalog.SessionCatalog catalog = spark.sessionState().catalog();
    try {
      if (!catalog.tableExists(id)) {
        return false;
      }
      org.apache.spark.sql.catalyst.catalog.CatalogTable registered = catalog.getTableMetadata(id);
      return registered.provider().contains("delta")
          && new Path(registered.location()).equals(new Path(path(table)));
    } catch (Exception e) { // no such database or table (Spark declares them checked)
      return false;
    }
  }

  static final int COMMIT_ATTEMPTS = 3;

  private static boolean noSpaceLeft(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
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
      Column column = col(field.name());
      // A table read back from files has every array element nullable, and Spark will not cast
      // an array<string> with nullable elements to one without: same type but for nullability
      // is taken as it is (found re-ingesting into a Parquet warehouse).
      if (!sameButNullability(rows.schema().apply(field.name()).dataType(), field.dataType())) {
        column = column.cast(field.dataType());
      }
      columns[i++] = column.as(field.name(), field.metadata());
    }
    return rows.select(columns);
  }

  static boolean sameButNullability(DataType actual, DataType declared) {
    if (actual instanceof ArrayType a && declared instanceof ArrayType d) {
      return sameButNullability(a.elementType(), d.elementType());
    }
    if (actual instanceof MapType a && declared instanceof MapType d) {
      return sameButNullability(a.keyType(), d.keyType()) && sameButNullability(a.valueType(), d.valueType());
    }
    if (actual instanceof StructType a && declared instanceof StructType d) {
      if (a.fields().length != d.fields().length) {
        return false;
      }
      for (int i = 0; i < a.fields().length; i++) {
        if (!a.fields()[i].name().equals(d.fields()[i].name())
            || !sameButNullability(a.fields()[i].dataType(), d.fields()[i].dataType())) {
          return false;
        }
      }
      return true;
    }
    return actual.equals(declared);
  }

  /**
   * Gives a Delta table its comment (Delta keeps it as the table's description, which DESCRIBE
   * shows); a commit of its own, so only when it differs.
   */
  private void describeDelta(TableDef table) {
    for (int attempt = 1; ; attempt++) {
      // The log's latest metadata, which the commit just made current in this JVM: DESCRIBE
      // DETAIL would also total the table's files, a Spark job after every write.
      String description = org.apache.spark.sql.delta.DeltaLog.forTable(spark, path(table))
          .update(false, scala.Option.empty(), scala.Option.empty()).metadata().description();
      if (table.comment().equals(description)) {
        return;
      }
      try {
        spark.sql("ALTER TABLE delta." + SqlText.identifier(path(table)) + " SET TBLPROPERTIES ('comment' = "
            + SqlText.literal(table.comment()) + ")");
        return;
      } catch (io.delta.exceptions.DeltaConcurrentModificationException e) {
        // Two runs that created the table together both find it without a comment; the one whose
        // change loses looks again (the other run has most likely given it the same comment).
        if (attempt >= COMMIT_ATTEMPTS) {
          throw new TableWriteException("table " + table.name() + " at " + path(table) + ": another writer committed"
              + " first " + attempt + " times (" + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())
              + ") while this run set its comment; its rows were committed", e);
        }
      }
    }
  }

  /**
   * The table's current version, changed by every write: Delta's version number, or for Parquet
   * the time its complete folder was written; null if the table does not exist.
   */
  public String versionOf(TableDef table) {
    String at = formatOf(table);
    if (at == null) {
      return null;
    }
    if (at.equals("delta")) {
      return "delta:" + DeltaTable.forPath(spark, path(table)).history(1).select("version").first().getLong(0);
    }
    try {
      return "parquet:" + fs().getFileStatus(new Path(path(table), "_SUCCESS")).getModificationTime();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A note the jobs keep beside the tables ({@code _state/NAME}, one line): what a table was last
   * computed from, so that a later run can tell whether it may add to it. Null when there is none.
   */
  public String note(String name) {
    Path file = new Path(warehouse, "_state/" + name);
    try {
      FileSystem fs = fs();
      if (!fs.exists(file)) {
        return null;
      }
      try (java.io.InputStream in = fs.open(file)) {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Writes (value) or removes (null) a note; see {@link #note}. */
  public void setNote(String name, String value) {
    Path file = new Path(warehouse, "_state/" + name);
    try {
      FileSystem fs = fs();
      if (value == null) {
        fs.delete(file, false);
        return;
      }
      try (java.io.OutputStream out = fs.create(file, true)) {
        out.write((value + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Whether {@code table} exists and was last rewritten by {@link #overwriteFrom} from {@code
   * basis} (recorded in the note {@code note}): only then may a run add rows for new documents.
   */
  public boolean computedFrom(TableDef table, String note, String basis) {
    return exists(table) && basis.equals(note(note));
  }

  /**
   * Rewrites {@code table} and records in the note {@code note} that it was computed from {@code
   * basis}. The note is cleared first: a run killed inside the rewrite leaves none, so the next
   * run rewrites again rather than adding to rows of another basis.
   */
  public void overwriteFrom(TableDef table, Dataset<Row> rows, String note, String basis) {
    setNote(note, null);
    overwrite(table, rows);
    setNote(note, basis);
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
   * The format of the table folder at {@code path}: delta (its transaction log holds a version),
   * parquet (a complete write's _SUCCESS marker) or null (no table there).
   * Found by bin/test-faults (a run killed inside a table's first write) and by two runs creating
   * a warehouse at once.
   */
  public static String formatAt(FileSystem fs, Path path) throws IOException {
    Path log = new Path(path, "_delta_log");
    // A Delta writer makes the log folder before it commits the table's first version: until
    // that version (or, once old commits are cleaned up, a checkpoint) is there, there is no
    // table yet, and a query or MERGE of another process would fail to find one.
    if (fs.exists(new Path(log, FIRST_COMMIT)) || fs.exists(new Path(log, "_last_checkpoint"))) {
      return "delta";
    }
    return fs.exists(new Path(path, "_SUCCESS")) ? "parquet" : null;
  }

  private static final String FIRST_COMMIT = "00000000000000000000.json";

  private void writeParquetViaStaging(TableDef table, Dataset<Row> rows) {
    Path target = new Path(path(table));
    Path staging = new Path(warehouse, STAGING + table.name());
    Path old = new Path(warehouse, OLD + table.name());
    try {
      FileSystem fs = fs();
      fs.delete(staging, true);
      rows.write().mode(SaveMode.Overwrite).parquet(staging.toString());
      fs.delete(old, true);
      if (fs.exists(target)) {
        rename(fs, target, old);
      }
      // The window: a process killed here leaves no table folder, the old one aside and the new
      // one complete in staging; the next TableStore on this warehouse rolls the swap forward.
      FaultPoints.reach("swap:" + table.name());
      rename(fs, staging, target);
      fs.delete(old, true);
      LOG.info("wrote parquet table {} at {}", table.name(), target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write table " + table.name(), e);
    }
  }

  /** Hadoop's rename says false rather than throwing. */
  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("cannot rename " + from + " to " + to);
    }
  }

  private FileSystem fs() throws IOException {
    return warehouse.getFileSystem(spark.sparkContext().hadoopConfiguration());
  }
}
