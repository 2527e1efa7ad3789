package org.reportcorpus.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.reportcorpus.generator.GeneratorOptions;
import org.reportcorpus.generator.OutputFormat;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.pipeline.PipelineJob;
import org.reportcorpus.jobs.report.ReportJob;
import org.reportcorpus.jobs.report.ReportRequest;
import org.reportcorpus.jobs.report.Scope;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code corpus demo [--sample DIR] [--reports N] [--seed S] [--years A-B] [common options]}:
 * generates the synthetic sample corpus (once; an existing one is reused), runs the whole
 * pipeline on it and writes the trend report of its latest year. In order: every flag and setting
 * is checked (nothing written, no Spark yet), the sample is generated if missing, the pipeline
 * runs with the sample's folders as inputs (after any --input), then the national report of the
 * latest year is written to --report and its path printed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "generate a sample corpus (once; reused when present) and run the pipeline on it")
public final class DemoCommand extends JobCommand {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

  @Option(names = "--sample", paramLabel = "DIR", description = "the sample's folder (default ${DEFAULT-VALUE})")
  Path sample = Paths.get("sample");

  @Option(names = "--reports", paramLabel = "N", description = "reports generated (default ${DEFAULT-VALUE})")
  int reports = GeneratorOptions.DEFAULT_REPORTS;

  @Option(names = "--seed", paramLabel = "S", description = "generator seed (default ${DEFAULT-VALUE})")
  long seed = GeneratorOptions.DEFAULT_SEED;

  @Option(names = "--years", paramLabel = "A-B", description = "years the reports cover (default ${DEFAULT-VALUE})")
  String years = GeneratorOptions.DEFAULT_FIRST_YEAR + "-" + GeneratorOptions.DEFAULT_LAST_YEAR;

  @Option(names = "--report", paramLabel = "FILE.html",
      description = "where the trend report of the sample is written (default ${DEFAULT-VALUE})")
  String report = "report.html";

  public static void main(String[] args) {
    JobCommand.main(new DemoCommand(), args);
  }

  /** The generator's options of these flags, checked (nothing is written). */
  GeneratorOptions sampleOptions(CorpusOptions options) {
    int[] range = GeneratorOptions.parseYears(years);
    return new GeneratorOptions(sample, reports, range[0], range[1], seed, Paths.get(options.common().termsPath()),
        false);
  }

  /** Generates the sample (unless present) and adds its folders to the inputs. */
  @Override
  protected CorpusOptions prepare(CorpusOptions options) {
    GeneratorOptions generate = sampleOptions(options);
    if (Files.exists(sample.resolve("truth/documents.tsv"))) {
      LOG.info("[demo] reusing the sample corpus in {} (delete it to generate a new one)", sample);
    } else {
      try {
        SampleCorpusGenerator.run(generate);
      } catch (IOException e) {
        throw new UncheckedIOException("demo: cannot write the sample corpus to " + sample, e);
      }
    }
    return options.with(OutputFormat.folders(sample), Map.of());
  }

  @Override
  protected void run(CorpusRun run) {
    PipelineJob.run(run, System.out);
    ReportJob.write(run, new ReportRequest(null, null, Scope.NATIONAL, List.of()), report, System.out);
  }
}
