package org.reportcorpus.jobs.report;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code report --year Y [--compare-to Y0] [--scope national | province:<name or code>]
 * [--terms t1,t2,…] --out FILE.html}: the periodic trend report of the warehouse as one
 * self-contained HTML file, written to any Hadoop path. Under spark-submit:
 * {@code --class org.reportcorpus.jobs.report.ReportJob}.
 *
 * <ol>
 *   <li>the flags are checked before Spark starts (a bad one exits 2 naming it);
 *   <li>{@link TrendReport#build}: defaults resolved, one small Spark query per figure;
 *   <li>{@link HtmlReport#write}: the HTML, written in one piece to {@code --out}.
 * </ol>
 *
 * <p>Here {@code --terms} names the terms to draw (as the issue and analysts say it); the
 * vocabulary file the other commands take with {@code --terms} is {@code --set corpus.terms=FILE}.
 */
@CommandLine.Command(name = "report", mixinStandardHelpOptions = true,
    modelTransformer = ReportJob.TermsFlag.class,
    description = "write the periodic trend report (one self-contained HTML file) of a year and scope")
public final class ReportJob extends JobCommand {

  @Override
  protected boolean writesTables() {
    return false; // reads the tables: a read-only warehouse is fine
  }

  private static final Logger LOG = LoggerFactory.getLogger(ReportJob.class);

  @Option(names = "--year", paramLabel = "Y", description = "report year (default: the latest with documents)")
  Integer year;

  @Option(names = "--compare-to", paramLabel = "Y0",
      description = "comparison year (default: the latest year before --year with documents)")
  Integer compareTo;

  @Option(names = "--scope", paramLabel = "SCOPE",
      description = "national (default) or province:<name or GB/T 2260 code>, e.g. province:广东 or province:44")
  String scope = "national";

  /** Named --report-terms here; {@link TermsFlag} gives it the name --terms. */
  @Option(names = "--report-terms", paramLabel = "TERM", split = ",",
      description = "terms to draw (default: the " + ReportRequest.DEFAULT_TERMS + " whose share moved most)")
  List<String> terms = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE.html", required = true,
      description = "where to write the report (any Hadoop path)")
  String out;

  private ReportRequest request;

  public static void main(String[] args) {
    JobCommand.main(new ReportJob(), args);
  }

  @Override
  protected void validate(CorpusOptions options) {
    request = request(year, compareTo, scope, terms);
    if (out.isBlank()) {
      throw new IllegalArgumentException("--out: expected a file path but got an empty value");
    }
  }

  /** The flags checked and parsed; a bad one fails naming it. */
  static ReportRequest request(Integer year, Integer compareTo, String scope, List<String> terms) {
    checkYear("--year", year);
    checkYear("--compare-to", compareTo);
    List<String> chosen = new ArrayList<>();
    for (String term : terms) {
      if (!term.isBlank() && !chosen.contains(term.strip())) {
        chosen.add(term.strip());
      }
    }
    if (!terms.isEmpty() && chosen.isEmpty()) {
      throw new IllegalArgumentException("--terms: expected one or more terms separated by commas but got none");
    }
    return new ReportRequest(year, compareTo, Scope.parse(scope), chosen);
  }

  private static void checkYear(String flag, Integer value) {
    if (value != null && (value < 1949 || value > 2100)) {
      throw new IllegalArgumentException(flag + ": expected a year between 1949 and 2100 but got " + value);
    }
  }

  @Override
  protected void run(CorpusRun run) {
    write(run, request, out, System.out);
  }

  /** Builds the report of {@code request}, writes it to {@code out} and prints where; returns the path. */
  public static String write(CorpusRun run, ReportRequest request, String out, PrintStream console) {
    long started = System.nanoTime();
    Report report = TrendReport.build(run, request);
    String html = HtmlReport.write(report, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    String written = writeFile(run, out, bytes);
    double seconds = (System.nanoTime() - started) / 1e9;
    LOG.info("[report] wrote {} ({} bytes, {} s)", written, bytes.length, String.format("%.1f", seconds));
    console.println("report: " + written + " (" + bytes.length / 1024 + " KB)");
    return written;
  }

  private static String writeFile(CorpusRun run, String out, byte[] bytes) {
    Path path = new Path(out);
    try {
      FileSystem fs = path.getFileSystem(run.spark().sparkContext().hadoopConfiguration());
      Path qualified = fs.makeQualified(path);
      fs.setWriteChecksum(false); // no .crc file beside the report on a local disk
      try (FSDataOutputStream stream = fs.create(qualified, true)) {
        stream.write(bytes);
      }
      return qualified.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("--out: cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  /**
   * Gives the report's term list the flag name --terms, which the shared options use for the
   * vocabulary file: that option is removed from this command (the vocabulary stays settable
   * with {@code --set corpus.terms=FILE}), and --report-terms is renamed.
   */
  public static final class TermsFlag implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      OptionSpec vocabulary = spec.findOption("--terms");
      if (vocabulary != null) {
        spec.remove(vocabulary);
      }
      OptionSpec chosen = spec.findOption("--report-terms");
      spec.remove(chosen);
      spec.addOption(OptionSpec.builder(chosen).names("--terms").build());
      return spec;
    }
  }
}
