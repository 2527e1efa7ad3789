package org.reportcorpus.jobs.cooccur;

import java.util.Arrays;
import org.reportcorpus.jobs.config.CommandLine;
import org.reportcorpus.jobs.keywords.KeywordsJob;
import org.reportcorpus.jobs.spark.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times {@link CooccurrenceJob} and {@link KeywordsJob} on an existing warehouse, until they are
 * wired into bin/corpus: {@code MeasureJobs cooccurrence|keywords|both --warehouse DIR [options]}.
 */
public final class MeasureJobs {

  private static final Logger LOG = LoggerFactory.getLogger(MeasureJobs.class);

  private MeasureJobs() {}

  public static void main(String[] args) {
    String which = args.length > 0 ? args[0] : "both";
    CommandLine commandLine = CommandLine.parse(Arrays.copyOfRange(args, 1, args.length));
    commandLine.requireNoRest("measure");
    Sessions.runJob("corpus-measure", commandLine.config(), spark -> {
      if (!which.equals("keywords")) {
        long started = System.nanoTime();
        CooccurrenceJob.run(spark, commandLine.config());
        LOG.info("CooccurrenceJob.run: {} s", String.format("%.1f", (System.nanoTime() - started) / 1e9));
      }
      if (!which.equals("cooccurrence")) {
        long started = System.nanoTime();
        KeywordsJob.run(spark, commandLine.config());
        LOG.info("KeywordsJob.run: {} s", String.format("%.1f", (System.nanoTime() - started) / 1e9));
      }
    });
  }
}
