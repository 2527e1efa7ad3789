package org.reportcorpus.cli;

import java.util.concurrent.Callable;
import org.reportcorpus.bench.BenchCli;
import org.reportcorpus.generator.GenerateCommand;
import org.reportcorpus.jobs.candidates.CandidatesCommand;
import org.reportcorpus.jobs.catalog.DdlCommand;
import org.reportcorpus.jobs.catalog.MaintainCommand;
import org.reportcorpus.jobs.cooccur.CooccurrenceJob;
import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.keywords.KeywordsJob;
import org.reportcorpus.jobs.pipeline.PipelineJob;
import org.reportcorpus.jobs.report.ReportJob;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.sql.SqlCommand;
import org.reportcorpus.jobs.tokenize.TokenizeJob;
import org.reportcorpus.jobs.topics.TopicsJob;
import org.reportcorpus.jobs.trends.TrendsJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line behind bin/corpus: {@code corpus <command> [options]}, one picocli command
 * whose subcommands are the jobs' own commands (which spark-submit also runs through each job's
 * {@code main} from the cluster jar) and {@code generate}, {@code demo} and {@code bench}, which
 * need the generator and bench modules that jar leaves out — hence this class lives in the cli
 * module. Exit codes: 0 done, 2 a bad flag or setting (one line naming it), 1 a failed query.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
    description = "report-corpus jobs on a local Spark (bin/corpus); 'corpus COMMAND --help' shows a command's flags",
    subcommands = {
      PipelineJob.Command.class,
      IngestJob.Command.class,
      TokenizeJob.Command.class,
      TrendsJob.Command.class,
      CandidatesCommand.class,
      CooccurrenceJob.Command.class,
      KeywordsJob.Command.class,
      TopicsJob.Command.class,
      SqlCommand.class,
      DdlCommand.class,
      MaintainCommand.class,
      ReportJob.class,
      GenerateCommand.class,
      DemoCommand.class,
      org.reportcorpus.jobs.notebooks.NotebooksCommand.class,
      BenchCli.class,
      HelpCommand.class})
public final class CorpusCli implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  /** {@code corpus} alone: the usage, as with --help. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** The whole command tree, with JobCommand's handling of bad options (exit 2) and bad queries (exit 1). */
  public static CommandLine commandLine() {
    return JobCommand.commandLine(new CorpusCli());
  }

  public static void main(String[] args) {
    JobCommand.main(new CorpusCli(), args);
  }
}
