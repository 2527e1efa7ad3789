package org.reportcorpus.bench;

import java.util.concurrent.Callable;
import org.reportcorpus.jobs.spark.JobCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bin/corpus bench <what>} (a subcommand of the cli module's CorpusCli): {@code topics}
 * (ours against Mallet, {@link TopicsBench}), {@code pipeline} (per-stage times, {@link
 * BenchCommand}) or {@code incremental} (adding a year against a rebuild, {@link IncrementalBench}). Lives in its own module so that the reference systems never reach the job jars.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "(pipeline | incremental | topics)",
    description = "benchmarks on generated corpora: figures printed, never asserted",
    subcommands = {BenchCommand.class, IncrementalBench.class, TopicsBench.class})
public final class BenchCli implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  /** {@code bench} alone: a usage error (exit 2) naming the subcommands. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "bench: expected a subcommand, pipeline, incremental or topics");
  }

  public static void main(String[] args) {
    JobCommand.main(new BenchCli(), args);
  }
}
