package org.reportcorpus.jobs.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.tables.Tables;

/**
 * {@code bin/corpus sql}: Spark SQL over the warehouse (tables registered as {@code corpus.*},
 * project functions available), in three modes:
 *
 * <ol>
 *   <li>{@code -e "QUERY"} / {@code -f FILE}: runs the statements in order and stops at the first
 *       failure with exit code 1 (a script's later statements may depend on it);
 *   <li>no {@code -e}/{@code -f}, standard input and output a terminal: the interactive shell
 *       ({@link InteractiveShell}), history in {@code ~/.corpus_sql_history};
 *   <li>no {@code -e}/{@code -f}, standard input not a terminal ({@code bin/corpus sql < s.sql}):
 *       the statements read from it, no prompts; a failing one prints one line to stderr and the
 *       rest still run; exit code 0 at end of input.
 * </ol>
 *
 * {@code --output table|tsv|csv|json} chooses the format (default: table in the shell, tsv
 * otherwise).
 */
@picocli.CommandLine.Command(name = "sql", mixinStandardHelpOptions = true,
    description = {"run Spark SQL over the warehouse (tables as corpus.*): -e/-f run statements"
        + " (stop at the first error, exit 1); with neither, an interactive shell at a terminal,"
        + " else the statements on standard input (errors on stderr, exit 0)"})
public final class SqlCommand extends JobCommand {

  @Override
  protected boolean writesTables() {
    return false; // reads the tables: a read-only warehouse is fine
  }

  /** The history file's default: in the user's home, shared by every warehouse. */
  static final String HISTORY = ".corpus_sql_history";

  @picocli.CommandLine.Option(names = "-e", paramLabel = "QUERY", description = "statements to run; repeatable")
  List<String> queries = new ArrayList<>();

  @picocli.CommandLine.Option(names = "-f", paramLabel = "FILE", description = "a file of statements; repeatable")
  List<String> files = new ArrayList<>();

  @picocli.CommandLine.Option(names = "--output", paramLabel = "FORMAT",
      description = "table, tsv, csv or json (JSON Lines); default table in the interactive shell, tsv otherwise")
  String output;

  @picocli.CommandLine.Option(names = "--history", paramLabel = "FILE",
      description = "the interactive shell's history file (default ~/" + HISTORY + ")")
  Path history;

  private List<String> statements;
  private boolean interactive;
  private OutputFormat format;

  public static void main(String[] args) {
    JobCommand.main(new SqlCommand(), args);
  }

  @Override
  protected void validate(CorpusOptions options) {
    statements = statements(queries, files);
    // Java's console exists when standard input and output are both a terminal.
    interactive = statements.isEmpty() && System.console() != null;
    format = output == null ? (interactive ? OutputFormat.TABLE : OutputFormat.TSV) : OutputFormat.parse(output);
    if ((interactive || format == OutputFormat.TABLE) && !jlinePresent()) {
      throw new IllegalArgumentException("the interactive shell and --output table need JLine (org.jline:jline)"
          + " on the classpath, as bin/corpus has; under spark-submit add it with --jars, or give -e/-f or"
          + " standard input with --output tsv, csv or json");
    }
  }

  /** Statements from standard input: Spark's progress bar would only litter a script's stderr. */
  @Override
  protected CorpusOptions prepare(CorpusOptions options) {
    return statements.isEmpty() && !interactive
        ? options.with(List.of(), Map.of("spark.ui.showConsoleProgress", "false")) : options;
  }

  @Override
  protected void run(CorpusRun run) {
    SparkSession spark = run.spark();
    if (!statements.isEmpty()) {
      run(spark, statements, format, System.out);
      return;
    }
    quietTaskFailureLogs();
    SqlShell shell = new SqlShell(spark, Tables.DATABASE, format, System.out, System.err);
    try {
      if (interactive) {
        Path file = history != null ? history : Paths.get(System.getProperty("user.home"), HISTORY);
        InteractiveShell.runAtTerminal(shell, file, () -> spark.sparkContext().cancelAllJobs());
      } else {
        shell.runScript(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The shell reports a failed query in one line; a failing task would also log its stack trace
   * (the local executor) and the abort (the scheduler) on the same stderr, burying that line.
   */
  private static void quietTaskFailureLogs() {
    for (String logger : List.of("org.apache.spark.executor.Executor", "org.apache.spark.scheduler.TaskSetManager")) {
      Configurator.setLevel(logger, Level.OFF);
    }
  }

  /** Runs statements in order, printing each result as tsv; the first failure is thrown. */
  public static void run(SparkSession spark, List<String> statements, PrintStream out) {
    run(spark, statements, OutputFormat.TSV, out);
  }

  /** Runs statements in order, printing each result in {@code format}; the first failure is thrown. */
  public static void run(SparkSession spark, List<String> statements, OutputFormat format, PrintStream out) {
    for (String statement : statements) {
      Dataset<Row> result = spark.sql(statement);
      if (result.columns().length > 0) {
        ResultPrinter.print(result, format, out);
      }
    }
  }

  /** The statements of -e and -f, in that order; none means the shell (or standard input). */
  static List<String> statements(List<String> queries, List<String> files) {
    List<String> statements = new ArrayList<>();
    queries.forEach(query -> statements.addAll(split(query)));
    files.forEach(file -> statements.addAll(split(readFile(file))));
    if (statements.isEmpty() && !(queries.isEmpty() && files.isEmpty())) {
      throw new IllegalArgumentException("-e/-f: no statement in " + String.join(", ",
          queries.isEmpty() ? files : queries));
    }
    return statements;
  }

  private static boolean jlinePresent() {
    try {
      Class.forName("org.jline.utils.WCWidth", false, SqlCommand.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /**
   * Splits a script into statements on semicolons outside quotes and comments; drops pieces
   * that hold only comments or whitespace; a last statement without {@code ;} is kept.
   */
  public static List<String> split(String script) {
    return StatementSplitter.split(script).all();
  }

  private static String readFile(String file) {
    try {
      return Files.readString(Paths.get(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("-f: cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
