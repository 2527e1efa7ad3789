package org.reportcorpus.jobs.sql;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;

/**
 * {@code bin/corpus sql -e "QUERY"} or {@code -f file.sql}: runs Spark SQL over the warehouse
 * (tables registered as {@code corpus.*}, project functions available) and prints each result
 * as a header and tab-separated rows.
 */
@picocli.CommandLine.Command(name = "sql", mixinStandardHelpOptions = true,
    description = "run Spark SQL over the warehouse (tables as corpus.*), print tsv")
public final class SqlCommand extends JobCommand {

  @picocli.CommandLine.Option(names = "-e", paramLabel = "QUERY", description = "statements to run; repeatable")
  List<String> queries = new ArrayList<>();

  @picocli.CommandLine.Option(names = "-f", paramLabel = "FILE", description = "a file of statements; repeatable")
  List<String> files = new ArrayList<>();

  private List<String> statements;

  public static void main(String[] args) {
    JobCommand.main(new SqlCommand(), args);
  }

  @Override
  protected void validate(CorpusOptions options) {
    statements = statements(queries, files);
  }

  @Override
  protected void run(CorpusRun run) {
    run(run.spark(), statements, System.out);
  }

  public static void run(SparkSession spark, List<String> statements, PrintStream out) {
    for (String statement : statements) {
      Dataset<Row> result = spark.sql(statement);
      if (result.columns().length > 0) {
        ResultPrinter.print(result, out);
      }
    }
  }

  static List<String> statements(List<String> queries, List<String> files) {
    List<String> statements = new ArrayList<>();
    queries.forEach(query -> statements.addAll(split(query)));
    files.forEach(file -> statements.addAll(split(readFile(file))));
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("give a query with -e \"QUERY\" or a file with -f FILE");
    }
    return statements;
  }

  /**
   * Splits a script into statements on semicolons outside quotes and comments; drops pieces
   * that hold only comments or whitespace.
   */
  public static List<String> split(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    boolean hasCode = false;
    for (int i = 0; i < script.length(); i++) {
      char c = script.charAt(i);
      if (quote == 0 && c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
        int end = script.indexOf('\n', i);
        end = end < 0 ? script.length() : end;
        current.append(script, i, end);
        i = end - 1;
        continue;
      }
      if (quote == 0 && c == ';') {
        if (hasCode) {
          statements.add(current.toString().strip());
        }
        current.setLength(0);
        hasCode = false;
        continue;
      }
      if (quote == 0 && (c == '\'' || c == '"' || c == '`')) {
        quote = c;
      } else if (quote != 0 && c == '\\' && i + 1 < script.length()) {
        current.append(c).append(script.charAt(++i));
        continue;
      } else if (c == quote) {
        quote = 0;
      }
      hasCode |= !Character.isWhitespace(c);
      current.append(c);
    }
    if (hasCode) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  private static String readFile(String file) {
    try {
      return Files.readString(Paths.get(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("-f: cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
