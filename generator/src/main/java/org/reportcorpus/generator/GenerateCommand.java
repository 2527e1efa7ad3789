package org.reportcorpus.generator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corpus generate}: the flags of the sample generator (picocli), turned into the checked
 * {@link GeneratorOptions} before anything is written. The generator has no Spark, so this command
 * does not extend the jobs' JobCommand; it follows the same exit codes (2 for a bad flag, named in
 * one line; 1 when the corpus cannot be written).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "write a synthetic sample corpus and its ground truth (truth/)")
public final class GenerateCommand implements Callable<Integer> {

  /** Exit code of a bad flag (picocli's convention for usage errors). */
  public static final int USAGE_ERROR = 2;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write the corpus and truth/")
  Path out;

  @Option(names = "--reports", paramLabel = "N", description = "number of reports (default ${DEFAULT-VALUE})")
  int reports = GeneratorOptions.DEFAULT_REPORTS;

  @Option(names = "--years", paramLabel = "A-B", description = "years the reports cover (default ${DEFAULT-VALUE})")
  String years = GeneratorOptions.DEFAULT_FIRST_YEAR + "-" + GeneratorOptions.DEFAULT_LAST_YEAR;

  @Option(names = "--seed", paramLabel = "S",
      description = "random seed; the same seed gives the same bytes (default ${DEFAULT-VALUE})")
  long seed = GeneratorOptions.DEFAULT_SEED;

  @Option(names = "--terms", paramLabel = "FILE", description = "term dictionary (default conf/terms.tsv of the installation)")
  Path terms;

  @Option(names = "--overwrite", description = "replace the corpus folders of an earlier run in DIR")
  boolean overwrite;

  @Option(names = "--no-slogans", description = "plant no made-up slogans beside the dictionary terms")
  boolean noSlogans;

  @Option(names = "--topics", paramLabel = "K", description = "draw every report's body from the first K planted topics"
      + " (0 = off, the default; else " + GeneratorOptions.MIN_TOPICS + " up to the number of built-in topics)")
  int topics;

  @Spec
  CommandSpec spec;

  /** The flags as checked options (IllegalArgumentException naming the flag when one is bad). */
  public GeneratorOptions options() {
    int[] range = GeneratorOptions.parseYears(years);
    return new GeneratorOptions(out, reports, range[0], range[1], seed,
        terms == null ? GeneratorOptions.defaultTerms() : terms, overwrite, !noSlogans, topics);
  }

  @Override
  public Integer call() {
    GeneratorOptions options = options();
    try {
      SampleCorpusGenerator.run(options);
      return 0;
    } catch (IOException e) {
      spec.commandLine().getErr().println(spec.qualifiedName() + ": cannot write the corpus to " + options.out()
          + ": " + e);
      return 1;
    }
  }

  /**
   * The checked options of these flags, without running anything: a flag picocli cannot read or a
   * bad value ends in an IllegalArgumentException naming the flag.
   */
  static GeneratorOptions parse(String... args) {
    GenerateCommand command = new GenerateCommand();
    try {
      new CommandLine(command).parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return command.options();
  }

  /** A command line whose bad flags end in one line naming the flag (exit 2), not a stack trace. */
  public static CommandLine commandLine(Object command) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setExecutionExceptionHandler((error, failed, parsed) -> {
      if (error instanceof IllegalArgumentException) {
        PrintWriter err = failed.getErr();
        err.println(failed.getCommandSpec().qualifiedName() + ": " + error.getMessage());
        return USAGE_ERROR;
      }
      throw error;
    });
    return commandLine;
  }

  /** {@code java ... GenerateCommand [flags]}: exits only with a non-zero code. */
  public static void main(String[] args) {
    int code = commandLine(new GenerateCommand()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}
