package org.reportcorpus.jobs.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.StructField;
import org.reportcorpus.jobs.tables.SqlText;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.Tables.TableDef;
import org.reportcorpus.jobs.tables.Tables.ViewDef;

/**
 * The statements that register a warehouse's tables in any Spark SQL catalog (a Hive metastore, a
 * Databricks workspace, a Thrift server's session): one database, one external table per table
 * with every column's type and comment, and the views over them.
 *
 * <p>Columns are declared nullable: Delta stores every column of a DataFrame write as nullable
 * and refuses a CREATE TABLE whose column list differs from its log in nullability or comment
 * (DELTA_CREATE_TABLE_SCHEME_MISMATCH); Parquet files are read as nullable too.
 */
public final class Ddl {

  /** A database name every catalog accepts unquoted. */
  static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Ddl() {}

  /**
   * @param database the database to create the tables in
   * @param present each existing table with its format (delta or parquet), in {@link Tables#ALL} order
   * @param locations each present table's fully qualified location
   */
  public static List<String> statements(String database, Map<TableDef, String> present, Map<TableDef, String> locations) {
    checkDatabase(database);
    List<String> statements = new ArrayList<>();
    statements.add("CREATE DATABASE IF NOT EXISTS " + database);
    present.forEach((table, format) -> statements.add(createTable(database, table, format, locations.get(table))));
    for (ViewDef view : Tables.VIEWS) {
      if (present.containsKey(view.of())) {
        statements.add(createView(database, view));
      }
    }
    return statements;
  }

  static void checkDatabase(String database) {
    if (!DATABASE_NAME.matcher(database).matches()) {
      throw new IllegalArgumentException("--database: expected a name of letters, digits and _ but got " + database);
    }
  }

  static String createTable(String database, TableDef table, String format, String location) {
    String columns = java.util.Arrays.stream(table.schema().fields())
        .map(Ddl::column)
        .collect(Collectors.joining(",\n  ", "(\n  ", ")"));
    // Only Delta tables are partitioned (TableDef); the statement must say so, as the log does.
    String partitioned = format.equals("delta") && !table.partitionedBy().isEmpty()
        ? "\nPARTITIONED BY (" + table.partitionedBy().stream().map(SqlText::identifier).collect(Collectors.joining(", ")) + ")"
        : "";
    return "CREATE TABLE IF NOT EXISTS " + database + "." + table.name() + " " + columns
        + "\nUSING " + format
        + partitioned
        + "\nCOMMENT " + SqlText.literal(table.comment())
        + "\nLOCATION " + SqlText.literal(location);
  }

  static String createView(String database, ViewDef view) {
    return "CREATE VIEW IF NOT EXISTS " + database + "." + view.name()
        + "\nCOMMENT " + SqlText.literal("The rows of " + view.of().name() + " where " + view.where())
        + "\nAS SELECT * FROM " + database + "." + view.of().name() + " WHERE " + view.where();
  }

  /** {@code `name` TYPE COMMENT '…'}, nullable (see the class comment). */
  static String column(StructField field) {
    return SqlText.identifier(field.name()) + " " + field.dataType().sql() + " COMMENT "
        + SqlText.literal(Tables.comment(field));
  }

  /** The statements as a script: each ends with a semicolon. */
  public static String script(List<String> statements) {
    return statements.stream().map(statement -> statement + ";\n").collect(Collectors.joining());
  }
}
