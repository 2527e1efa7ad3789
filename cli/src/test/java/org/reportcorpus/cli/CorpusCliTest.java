package org.reportcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportcorpus.jobs.spark.JobCommand;
import picocli.CommandLine;

/**
 * bin/corpus as one picocli command tree: the top command lists every subcommand, and generate,
 * demo, bench pipeline and bench topics stop on a bad flag with exit code 2 and a message naming
 * it, before anything is generated or a Spark session starts (a command that reached Spark or the
 * generator here would write into the temporary folder, which the test checks stays empty).
 */
class CorpusCliTest {

  static final List<String> COMMANDS = List.of("pipeline", "ingest", "tokenize", "trends", "candidates",
      "cooccurrence", "keywords", "topics", "sql", "ddl", "maintain", "report", "generate", "demo", "notebooks",
      "bench");

  @TempDir
  static Path tmp;

  static Stream<Arguments> badCommandLines() {
    return Stream.of(
        bad(List.of("generate", "--out", "OUT", "--reports", "0"),
            "corpus generate: --reports: expected a number from 1 to 1000000 but got 0"),
        bad(List.of("generate", "--out", "OUT", "--reports", "abc"),
            "Invalid value for option '--reports': 'abc' is not an int"),
        bad(List.of("generate", "--reports", "3"), "Missing required option: '--out=DIR'"),
        bad(List.of("demo", "--sample", "OUT", "--reports", "0"),
            "corpus demo: --reports: expected a number from 1 to 1000000 but got 0"),
        bad(List.of("demo", "--sample", "OUT", "--years", "2024-2015"),
            "corpus demo: --years: expected A-B with 1990 <= A <= B <= 2100 but got 2024-2015"),
        bad(List.of("demo", "--sample", "OUT", "--seed", "x"), "Invalid value for option '--seed': 'x' is not a long"),
        bad(List.of("demo", "--sample", "OUT", "--set", "corpus.topics.k=abc"), "corpus demo: corpus.topics.k: expected"),
        bad(List.of("bench", "pipeline", "--dir", "OUT", "--reports", "0"),
            "corpus bench pipeline: --reports: expected a number from 1 to 1000000 but got 0"),
        bad(List.of("bench", "pipeline", "--dir", "OUT", "--reports", "abc"),
            "Invalid value for option '--reports' (N[,N...]): 'abc' is not an int"),
        bad(List.of("bench", "pipeline", "--dir", "OUT", "--reports", "3000,0"),
            "corpus bench pipeline: --reports: expected a number from 1 to 1000000 but got 0"),
        bad(List.of("bench", "pipeline", "--dir", "OUT", "--reports", "3000,3000"),
            "corpus bench pipeline: --reports: a size given twice: [3000, 3000]"),
        bad(List.of("bench", "pipeline", "--dir", "OUT", "--years", "15-24"),
            "corpus bench pipeline: --years: expected A-B with 1990 <= A <= B <= 2100 but got 15-24"),
        bad(List.of("bench", "topics", "--dir", "OUT", "--k", "x"), "Invalid value for option '--k': 'x' is not an int"),
        bad(List.of("bench", "topics", "--dir", "OUT", "--k", "1"), "corpus bench topics: --k: expected a count >= 2 but got 1"),
        bad(List.of("bench", "topics", "--dir", "OUT", "--reports", "0"),
            "corpus bench topics: --reports: expected a number from 1 to 1000000 but got 0"),
        bad(List.of("bench", "topics", "--dir", "OUT", "--planted", "1"),
            "corpus bench topics: --planted: expected a number from 2 to"),
        bad(List.of("bench", "topics", "--dir", "OUT", "--iterations", "0"),
            "corpus bench topics: --iterations: expected a count >= 1 but got 0"),
        bad(List.of("bench", "topics", "--dir", "OUT", "--threads", "0"),
            "corpus bench topics: --threads: expected a count >= 1 but got 0"),
        bad(List.of("bench", "topics", "--dir", "OUT", "--set", "corpus.topics.optimizer=sampling"),
            "corpus bench topics: corpus.topics.optimizer"),
        bad(List.of("bench"), "bench: expected a subcommand, pipeline, incremental or topics"),
        bad(List.of("bench", "tune"), "Unmatched argument at index 1: 'tune'"),
        bad(List.of("nosuch"), "Unmatched argument at index 0: 'nosuch'"),
        bad(List.of("report", "--out", "OUT/r.html", "--scope", "province:火星"),
            "corpus report: --scope: expected a province's name or GB/T 2260 code after province: but got 火星"),
        bad(List.of("report", "--out", "OUT/r.html", "--year", "2020", "--compare-to", "2020"),
            "corpus report: --compare-to: expected a year other than --year 2020"),
        bad(List.of("demo", "--sample", "OUT", "--report", "OUT/r.html", "--reports", "0"),
            "corpus demo: --reports: expected a number from 1 to 1000000 but got 0"),
        bad(List.of("pipeline", "--set", "corpus.topics.k=abc"), "corpus pipeline: corpus.topics.k: expected"),
        bad(List.of("sql", "-e", "SELECT 1", "--output", "xml"),
            "corpus sql: --output: expected table, tsv, csv or json but got xml"));
  }

  private static Arguments bad(List<String> args, String message) {
    return Arguments.of(args, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCommandLines")
  void aBadFlagExitsWithTwoNamesItAndNothingRuns(List<String> args, String message) throws Exception {
    Path out = tmp.resolve("out");
    List<String> withPaths = new ArrayList<>();
    for (String arg : args) {
      withPaths.add(arg.equals("OUT") ? out.toString() : arg);
    }
    // The repository's conf and vocabulary, wherever the test runs.
    String sub = args.get(0);
    if (sub.equals("generate")) {
      withPaths.addAll(List.of("--terms", RepoPaths.root().resolve("conf/terms.tsv").toString()));
    } else if (!sub.equals("nosuch") && args.size() > (sub.equals("bench") ? 1 : 0)
        && !(sub.equals("bench") && args.get(1).equals("tune"))) {
      withPaths.addAll(List.of("--conf", RepoPaths.root().resolve("conf/corpus.conf").toString()));
    }
    StringWriter err = new StringWriter();
    CommandLine commandLine = CorpusCli.commandLine();
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setOut(new PrintWriter(new StringWriter(), true));
    int code = commandLine.execute(withPaths.toArray(new String[0]));
    assertEquals(JobCommand.USAGE_ERROR, code, err.toString());
    assertTrue(err.toString().contains(message), err.toString());
    assertFalse(Files.exists(out), "nothing is written on a bad flag");
  }

  @Test
  void theTopCommandListsEverySubcommand() {
    StringWriter out = new StringWriter();
    CommandLine commandLine = CorpusCli.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    assertEquals(0, commandLine.execute("--help"));
    String usage = out.toString();
    assertTrue(usage.startsWith("Usage: corpus [-hV] [COMMAND]"), usage);
    for (String command : COMMANDS) {
      assertTrue(usage.contains("\n  " + command + " "), command + " in\n" + usage);
    }
    assertEquals(COMMANDS, commandLine.getSubcommands().keySet().stream().filter(c -> !c.equals("help")).toList());
    assertEquals(List.of("pipeline", "incremental", "topics"), List.copyOf(commandLine.getSubcommands().get("bench")
        .getSubcommands().keySet()));
  }

  @Test
  void eachCommandPrintsItsUsage() {
    for (List<String> command : List.of(List.of("pipeline"), List.of("demo"), List.of("generate"),
        List.of("bench", "pipeline"), List.of("bench", "topics"), List.of("candidates"))) {
      StringWriter out = new StringWriter();
      CommandLine commandLine = CorpusCli.commandLine();
      commandLine.setOut(new PrintWriter(out, true));
      List<String> args = new ArrayList<>(command);
      args.add("--help");
      assertEquals(0, commandLine.execute(args.toArray(new String[0])), command.toString());
      assertTrue(out.toString().startsWith("Usage: corpus " + String.join(" ", command) + " "), out.toString());
    }
  }

  @Test
  void theFlagsOfTheReadmeAreThere() {
    CommandLine commandLine = CorpusCli.commandLine();
    assertFlags(commandLine.getSubcommands().get("demo"), "--sample", "--reports", "--seed", "--years", "--input",
        "--warehouse", "--format", "--conf", "--terms", "--set");
    assertFlags(commandLine.getSubcommands().get("generate"), "--out", "--reports", "--years", "--seed", "--terms",
        "--overwrite", "--no-slogans", "--topics");
    CommandLine bench = commandLine.getSubcommands().get("bench");
    assertFlags(bench.getSubcommands().get("pipeline"), "--reports", "--years", "--seed", "--dir", "--input", "--set");
    assertFlags(bench.getSubcommands().get("topics"), "--reports", "--planted", "--k", "--iterations", "--threads",
        "--seed", "--dir", "--skip-mallet", "--input", "--set");
  }

  private static void assertFlags(CommandLine command, String... flags) {
    for (String flag : flags) {
      assertTrue(command.getCommandSpec().findOption(flag) != null, command.getCommandName() + " " + flag);
    }
  }
}
