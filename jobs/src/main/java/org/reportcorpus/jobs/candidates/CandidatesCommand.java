package org.reportcorpus.jobs.candidates;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.reportcorpus.jobs.config.CorpusOptions;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.JobCommand;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.udfs.discover.KnownPhrases;

/**
 * {@code bin/corpus candidates [--top N] [--refresh]}: prints the top candidates as rows ready to
 * paste into conf/terms.tsv — for each, a comment line with the evidence and then the row:
 *
 * <pre>
 *   # score=12.41 n_regions=57 n_docs=140 first_year=2019 methods=ngram,quoted
 *   一网统管&lt;TAB&gt;候选&lt;TAB&gt;
 * </pre>
 *
 * Reads {@code term_candidates}; computes it first ({@link CandidatesJob}) with {@code --refresh}
 * or when the table does not exist yet. Candidates the current vocabulary already knows (pasted
 * since the table was computed) are skipped, so the next run shows the next ones. Only the rows go
 * to stdout; logs go to stderr.
 */
@picocli.CommandLine.Command(name = "candidates", mixinStandardHelpOptions = true,
    description = "phrases outside the vocabulary, printed as rows for conf/terms.tsv")
public final class CandidatesCommand extends JobCommand {

  /** Category given to pasted candidates, so they are easy to find and re-file. */
  public static final String CATEGORY = "候选";

  static final int DEFAULT_TOP = 50;

  @picocli.CommandLine.Option(names = "--top", paramLabel = "N", description = "candidates printed (default 50)")
  int top = DEFAULT_TOP;

  @picocli.CommandLine.Option(names = "--refresh", description = "compute term_candidates again first")
  boolean refresh;

  public static void main(String[] args) {
    JobCommand.main(new CandidatesCommand(), args);
  }

  @Override
  protected void validate(CorpusOptions options) {
    if (top < 1) {
      throw new IllegalArgumentException("--top: expected a count >= 1 but got " + top);
    }
  }

  @Override
  protected void run(CorpusRun run) {
    run(run, top, refresh, System.out);
  }

  /**
   * Prints the top {@code top} candidates to {@code out}, computing the table first when
   * {@code refresh} is set or it does not exist. Returns the number of candidates printed.
   */
  public static int run(CorpusRun run, int top, boolean refresh, PrintStream out) {
    TableStore store = run.store();
    if (refresh || !store.exists(Tables.TERM_CANDIDATES)) {
      CandidatesJob.run(run);
    }
    KnownPhrases known = new KnownPhrases(run.vocabulary().allSurfaceForms(), List.of());
    Iterator<Row> rows = store.read(Tables.TERM_CANDIDATES).orderBy("rank").toLocalIterator();
    int printed = 0;
    while (printed < top && rows.hasNext()) {
      Row candidate = rows.next();
      if (known.isKnown(candidate.getAs("phrase"))) {
        continue;
      }
      for (String line : lines(candidate)) {
        out.println(line);
      }
      printed++;
    }
    out.flush();
    return printed;
  }

  /** The comment line with a candidate's evidence and its terms.tsv row. */
  static List<String> lines(Row candidate) {
    List<String> methods = new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(
        candidate.<scala.collection.Seq<String>>getAs("methods")));
    Object firstYear = candidate.getAs("first_year");
    String evidence = String.format(Locale.ROOT, "# score=%.2f n_regions=%d n_docs=%d first_year=%s methods=%s",
        candidate.<Double>getAs("score"), candidate.<Long>getAs("n_regions"), candidate.<Long>getAs("n_docs"),
        firstYear == null ? "NA" : firstYear.toString(), String.join(",", methods));
    // A phrase never holds a tab or line break (candidates are Han-dominated, one line), so the row is safe.
    return List.of(evidence, candidate.<String>getAs("phrase") + "\t" + CATEGORY + "\t");
  }
}
