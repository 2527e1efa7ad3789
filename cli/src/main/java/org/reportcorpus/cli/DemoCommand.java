package org.reportcorpus.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportcorpus.jobs.config.CommandLine;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.generator.GeneratorOptions;
import org.reportcorpus.generator.OutputFormat;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.pipeline.PipelineJob;
import org.reportcorpus.jobs.spark.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code corpus demo [--sample DIR] [--reports N] [--seed S] [common options]}: generates the
 * synthetic sample corpus (once; an existing one is reused) and runs the whole pipeline on it.
 */
public final class DemoCommand {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

  private DemoCommand() {}

  public static void main(String[] args) {
    CommandLine commandLine = CommandLine.parse(args);
    Map<String, String> demo = demoOptions(commandLine.rest());
    Path sample = Paths.get(demo.getOrDefault("--sample", "sample"));
    if (!Files.exists(sample.resolve("truth/documents.tsv"))) {
      List<String> generate = new ArrayList<>(List.of("--out", sample.toString(),
          "--terms", commandLine.config().termsPath()));
      for (String flag : List.of("--reports", "--seed", "--years")) {
        if (demo.containsKey(flag)) {
          generate.add(flag);
          generate.add(demo.get(flag));
        }
      }
      try {
        SampleCorpusGenerator.run(GeneratorOptions.parse(generate.toArray(new String[0])));
      } catch (IOException e) {
        throw new UncheckedIOException("demo: cannot write the sample corpus to " + sample, e);
      }
    } else {
      LOG.info("[demo] reusing the sample corpus in {} (delete it to generate a new one)", sample);
    }
    List<String> inputs = new ArrayList<>();
    for (OutputFormat format : OutputFormat.values()) {
      inputs.add(sample.resolve(format.folder()).toString());
    }
    CorpusConfig config = CorpusConfig.of(commandLine.config().settings(), inputs);
    Sessions.runJob("corpus-demo", CorpusOptions.from(config), run -> PipelineJob.run(run, System.out));
  }

  private static Map<String, String> demoOptions(List<String> rest) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < rest.size(); i++) {
      String flag = rest.get(i);
      if (!List.of("--sample", "--reports", "--seed", "--years").contains(flag)) {
        throw new IllegalArgumentException("demo: unknown option " + flag);
      }
      if (i + 1 >= rest.size()) {
        throw new IllegalArgumentException(flag + ": missing value");
      }
      options.put(flag, rest.get(++i));
    }
    return options;
  }
}
