package org.reportcorpus.jobs.spark;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.reportcorpus.jobs.config.CommonOptions;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.tables.TableWriteException;
import org.reportcorpus.jobs.tables.WarehouseCheck;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A job as a command: the shared flags ({@link CommonOptions}), the job's own flags declared on
 * the subclass, and {@link #run} called in a session once every option is built and checked.
 * The same class serves {@code spark-submit --class ...Job} (through the job's {@code main}) and
 * {@code bin/corpus <name>}.
 */
public abstract class JobCommand implements Callable<Integer> {

  /** Exit code of a bad option or setting (picocli's convention for usage errors). */
  public static final int USAGE_ERROR = 2;

  @Mixin
  protected CommonOptions common;

  @Spec
  protected CommandSpec spec;

  private final Consumer<CorpusRun> work;

  /** A job whose work is {@code work}: most jobs are a name, a description and this. */
  protected JobCommand(Consumer<CorpusRun> work) {
    this.work = work;
  }

  /** A job that overrides {@link #run}. */
  protected JobCommand() {
    this(null);
  }

  /** Checks of the job's own flags, before any session; throw IllegalArgumentException naming the flag. */
  protected void validate(CorpusOptions options) {}

  /**
   * The options the job runs with, once every flag is checked: the parsed ones unless the job
   * makes its own input first (demo, bench), which it does here, still before any session.
   */
  protected CorpusOptions prepare(CorpusOptions options) {
    return options;
  }

  /** False for jobs that only read the tables: they skip the warehouse check. */
  protected boolean writesTables() {
    return true;
  }

  /** The job's work, in a session prepared for the run. */
  protected void run(CorpusRun run) {
    work.accept(run);
  }

  @Override
  public Integer call() {
    CorpusOptions options = common.options();
    validate(options);
    if (writesTables()) {
      WarehouseCheck.writable(options.warehouse(), options.common().warehouseMinFreeBytes());
    }
    String name = spec.qualifiedName("-"); // trends, or corpus-bench-pipeline under bin/corpus
    Sessions.runJob(name.startsWith("corpus-") ? name : "corpus-" + name, prepare(options), this::run);
    return 0;
  }

  /** Runs a job from its {@code main}: exits with a non-zero code only on failure, so spark-submit sees a normal end. */
  public static void main(Object command, String[] args) {
    int code = commandLine(command).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * A picocli command line whose bad options and settings end in one line naming the flag or key
   * (exit 2), and whose bad SQL ends in Spark's own message (exit 1), not in a stack trace.
   */
  public static CommandLine commandLine(Object command) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setExecutionExceptionHandler((error, failed, parsed) -> {
      PrintWriter err = failed.getErr();
      String name = failed.getCommandSpec().qualifiedName();
      if (error instanceof IllegalArgumentException) {
        err.println(name + ": " + error.getMessage());
        return USAGE_ERROR;
      }
      if (error instanceof TableWriteException) {
        err.println(name + ": " + error.getMessage());
        return 1;
      }
      if (error instanceof org.apache.spark.sql.AnalysisException) {
        err.println(name + ": " + error.getMessage());
        return 1;
      }
      throw error;
    });
    return commandLine;
  }
}
