package org.reportcorpus.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportcorpus.jobs.candidates.CandidatesCommand;
import org.reportcorpus.jobs.cooccur.CooccurrenceJob;
import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.keywords.KeywordsJob;
import org.reportcorpus.jobs.pipeline.PipelineJob;
import org.reportcorpus.jobs.sql.SqlCommand;
import org.reportcorpus.jobs.tokenize.TokenizeJob;
import org.reportcorpus.jobs.topics.TopicsJob;
import org.reportcorpus.jobs.trends.TrendsJob;
import picocli.CommandLine;

/**
 * Every job command stops on a bad flag or setting with exit code 2 and one line naming it,
 * before a session is created: {@link JobCommand#call} builds and checks all options first, and
 * a command that reached Spark here would fail differently (no Spark error is expected).
 */
class JobCommandTest {

  static Stream<Arguments> badCommandLines() {
    return Stream.of(
        bad(PipelineJob.Command::new, List.of("--set", "corpus.topics.k=abc"), "corpus.topics.k: expected"),
        bad(PipelineJob.Command::new, List.of("--format", "csv"), "corpus.format: expected one of delta, parquet"),
        bad(IngestJob.Command::new, List.of("--set", "corpus.ingest.max_file_bytes=-5"), "corpus.ingest.max_file_bytes"),
        bad(TokenizeJob.Command::new, List.of("--bogus"), "Unknown option: '--bogus'"),
        bad(TrendsJob.Command::new, List.of("--set", "corpus.trends.smoothing_window=2"), "corpus.trends.smoothing_window"),
        bad(CandidatesCommand::new, List.of("--top", "0"), "--top: expected a count >= 1 but got 0"),
        bad(CandidatesCommand::new, List.of("--top", "many"), "Invalid value for option '--top': 'many' is not an int"),
        bad(CooccurrenceJob.Command::new, List.of("--set", "corpus.cooccurrence.min_both=0"),
            "corpus.cooccurrence.min_both"),
        bad(KeywordsJob.Command::new, List.of("--set", "corpus.keywords.top_k=x"), "corpus.keywords.top_k"),
        bad(TopicsJob.Command::new, List.of("--model", "r1"), "--model: only with --score"),
        bad(TopicsJob.Command::new, List.of("--set", "corpus.topics.optimizer=sampling"), "corpus.topics.optimizer"),
        bad(SqlCommand::new, List.of("-e", "SELECT 1", "--output", "xml"), "--output: expected table, tsv, csv or json"),
        bad(SqlCommand::new, List.of("-f", "/no/such/file.sql"), "-f: cannot read /no/such/file.sql"),
        bad(PipelineJob.Command::new, List.of("--set", "novalue"), "should be in KEY=VALUE format"));
  }

  private static Arguments bad(Supplier<Object> command, List<String> args, String message) {
    return Arguments.of(command, args, message);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badCommandLines")
  void aBadFlagOrSettingExitsWithTwoAndNamesIt(Supplier<Object> command, List<String> args, String message) {
    StringWriter err = new StringWriter();
    CommandLine commandLine = JobCommand.commandLine(command.get());
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setOut(new PrintWriter(new StringWriter(), true));
    int code = commandLine.execute(args.toArray(new String[0]));
    assertEquals(JobCommand.USAGE_ERROR, code, err.toString());
    assertTrue(err.toString().contains(message), err.toString());
  }
}
