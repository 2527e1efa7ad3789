package org.reportcorpus.jobs.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Table;
import org.apache.spark.sql.types.StructField;

/**
 * The SQL shell's work, whatever feeds it lines ({@link InteractiveShell} at a terminal, or
 * {@link #runScript} for standard input): statements end with {@code ;} and may span lines
 * (split by {@link StatementSplitter}), backslash commands stand on a line of their own, and a
 * failing statement prints one line, {@code error: <first line of Spark's message>}, and the
 * shell goes on.
 *
 * <p>Commands: {@code \d} lists the tables and views of the database, {@code \d NAME} a table's
 * columns with their types (and comments, when the schema has them), {@code \h} or {@code help}
 * the commands, {@code \q}, {@code quit} or {@code exit} leaves.
 */
public final class SqlShell {

  static final String HELP = String.join("\n",
      "SQL ending in ;    run it (a statement may span lines; -- starts a comment)",
      "\\d                 the tables and views of database %s",
      "\\d NAME            the columns of table or view NAME, with types (and comments)",
      "\\h  help           this list",
      "\\q  quit  exit     leave (so does end of input, Ctrl-D)");

  private static final Pattern WORD_COMMAND = Pattern.compile("(?i)(quit|exit|help)\\s*;?");
  private static final Pattern DESCRIBE = Pattern.compile("\\\\d(?:\\s+(\\S+))?\\s*;?");

  private final SparkSession spark;
  private final String database;
  private final OutputFormat format;
  private final PrintStream out;
  private final PrintStream err;
  private String pending = "";

  /**
   * @param database the database {@code \d} lists and bare names of {@code \d NAME} are looked up
   *     in ({@code corpus})
   */
  public SqlShell(SparkSession spark, String database, OutputFormat format, PrintStream out, PrintStream err) {
    this.spark = spark;
    this.database = database;
    this.format = format;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the statements read from a non-terminal input (a pipe or file): no prompts; a failing
   * statement prints its error line to {@code err} and the next one runs; a statement left
   * without {@code ;} at the end of input runs too. Returns at end of input or on {@code \q}.
   */
  public void runScript(BufferedReader in) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      if (!accept(line + "\n")) {
        return;
      }
    }
    finishInput();
  }

  /**
   * Takes one line (or, from the terminal, one accepted block of lines): a command if nothing is
   * pending, else SQL text, whose ended statements run now.
   *
   * @return false when the input asked to leave
   */
  public boolean accept(String input) {
    if (pending.isBlank() && isCommand(input)) {
      return command(input.strip());
    }
    StatementSplitter.Split split = StatementSplitter.split(pending + input);
    split.statements().forEach(this::execute);
    pending = split.restHasCode() ? split.rest() : "";
    return true;
  }

  /** Whether SQL text is waiting for its {@code ;}. */
  public boolean hasPending() {
    return !pending.isEmpty();
  }

  /** Runs what is pending, as at the end of a script. */
  public void finishInput() {
    StatementSplitter.split(pending).all().forEach(this::execute);
    pending = "";
  }

  /** Drops what is pending (Ctrl-C at the prompt). */
  public void discardPending() {
    pending = "";
  }

  /**
   * Whether a block typed at the terminal is ready to run: a command, or text whose last
   * statement is ended with {@code ;} (or that holds only comments).
   */
  static boolean isComplete(String block) {
    return isCommand(block) || !StatementSplitter.split(block).restHasCode();
  }

  static boolean isCommand(String input) {
    String line = input.strip();
    return line.startsWith("\\") || WORD_COMMAND.matcher(line).matches();
  }

  private boolean command(String line) {
    String word = line.replaceFirst("\\s*;$", "").toLowerCase(Locale.ROOT);
    if (word.equals("\\q") || word.equals("quit") || word.equals("exit")) {
      return false;
    }
    if (word.equals("\\h") || word.equals("\\?") || word.equals("help")) {
      out.println(String.format(HELP, database));
      out.flush();
      return true;
    }
    Matcher describe = DESCRIBE.matcher(line);
    if (describe.matches()) {
      try {
        if (describe.group(1) == null) {
          listTables();
        } else {
          listColumns(describe.group(1));
        }
      } catch (Exception e) { // AnalysisException is a checked exception, thrown undeclared by Scala code
        reportError(e);
      }
      return true;
    }
    err.println("error: unknown command " + line.split("\\s+")[0] + " (\\h lists the commands)");
    err.flush();
    return true;
  }

  private void execute(String statement) {
    try {
      Dataset<Row> result = spark.sql(statement);
      if (result.columns().length > 0) {
        ResultPrinter.print(result, format, out);
      }
    } catch (Exception e) { // AnalysisException is a checked exception, thrown undeclared by Scala code
      out.flush();
      reportError(e);
    }
  }

  /** The tables and views of the database: name, table or view, and comment if any has one. */
  private void listTables() throws AnalysisException {
    // An empty warehouse registers no table, so not even the database: an empty list, no error.
    List<Table> tables = spark.catalog().databaseExists(database)
        ? new ArrayList<>(spark.catalog().listTables(database).collectAsList()) : new ArrayList<>();
    tables.removeIf(Table::isTemporary); // session views belong to no database
    tables.sort(Comparator.comparing(Table::name));
    boolean comments = tables.stream().anyMatch(t -> t.description() != null && !t.description().isEmpty());
    ResultFormatter formatter = format.formatter(out);
    formatter.header(comments ? List.of("name", "type", "comment") : List.of("name", "type"));
    for (Table table : tables) {
      String type = "VIEW".equals(table.tableType()) ? "view" : "table";
      formatter.row(comments ? java.util.Arrays.asList(table.name(), type, table.description())
          : List.of(table.name(), type));
    }
    formatter.finish();
  }

  /** A table's columns: name, type (Spark's SQL spelling) and comment if any column has one. */
  private void listColumns(String name) {
    String qualified = name.contains(".") ? name : database + "." + name;
    StructField[] fields = spark.table(qualified).schema().fields();
    boolean comments = java.util.Arrays.stream(fields).anyMatch(f -> f.getComment().isDefined());
    ResultFormatter formatter = format.formatter(out);
    formatter.header(comments ? List.of("column", "type", "comment") : List.of("column", "type"));
    for (StructField field : fields) {
      String type = field.dataType().simpleString();
      formatter.row(comments ? java.util.Arrays.asList(field.name(), type, field.getComment().getOrElse(() -> null))
          : List.of(field.name(), type));
    }
    formatter.finish();
  }

  private void reportError(Exception e) {
    err.println("error: " + errorLine(e));
    err.flush();
  }

  /**
   * One line for a failure: the first non-blank line of the message of the first exception in
   * the cause chain that carries a Spark error condition (the job-level wrapper around a task's
   * {@code [DIVIDE_BY_ZERO]} says less than the cause), else of the exception itself.
   */
  public static String errorLine(Throwable error) {
    Throwable chosen = error;
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SparkThrowable spark && spark.getCondition() != null) {
        chosen = t;
        break;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    String message = chosen.getMessage();
    if (message != null) {
      for (String line : message.split("\\R")) {
        if (!line.isBlank()) {
          return line.strip();
        }
      }
    }
    return chosen.getClass().getSimpleName();
  }
}
