package org.reportcorpus.cli;

import java.util.Arrays;
import org.reportcorpus.bench.BenchCli;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.pipeline.PipelineJob;
import org.reportcorpus.jobs.sql.SqlCommand;
import org.reportcorpus.jobs.tokenize.TokenizeJob;
import org.reportcorpus.jobs.trends.TrendsJob;

/**
 * The command line behind bin/corpus: {@code corpus <command> [options]}. Each job command is a
 * job class with its own {@code main}, which spark-submit can also run directly from the cluster
 * jar; {@code generate}, {@code demo} and {@code bench} need the generator and bench modules,
 * which that jar leaves out, so this class lives in the cli module.
 */
public final class CorpusCli {

  static final String USAGE = String.join("\n",
      "usage: corpus <command> [options]",
      "",
      "commands:",
      "  pipeline   ingest, tokenize and trends in one run",
      "  ingest     input files -> documents, rejects",
      "  tokenize   documents -> tokens (HanLP with the term dictionary)",
      "  trends     documents -> term counts, term_trends, term_diffusion, term_adoption, emerging_terms",
      "  candidates [--top N] [--refresh]: phrases outside the vocabulary, as rows for conf/terms.tsv",
      "  cooccurrence  term_cooccurrence (document and sentence level, NPMI)",
      "  keywords   keywords_by_year, keywords_by_province (TF-IDF)",
      "  topics     [--score [--model RUN_ID]]: LDA topics (k chosen by coherence) and their tables;",
      "             --score applies the saved model to documents not scored yet (with --input: new files)",
      "  sql        -e \"QUERY\" | -f FILE: run Spark SQL over the warehouse, print tsv",
      "  generate   --out DIR [--reports N] [--years A-B] [--seed S]: write a synthetic sample corpus",
      "  demo       [--sample DIR] [--reports N]: generate a sample (once) and run the pipeline on it",
      "  bench      pipeline [--reports N] [--dir DIR]: time each stage on a generated corpus, print figures;",
      "             topics [--reports N] [--k K] [--input MORE]: our LDA against Mallet on the same tokens",
      "",
      "common options:",
      "  --input PATH       file or folder, recursive; repeatable",
      "  --warehouse DIR    table location (default ./warehouse)",
      "  --format F         delta (default) | parquet",
      "  --conf FILE        configuration (default conf/corpus.conf)",
      "  --terms FILE       term vocabulary (default conf/terms.tsv)",
      "  --set key=value    override a configuration key; repeatable");

  private CorpusCli() {}

  public static void main(String[] args) {
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
      System.out.println(USAGE);
      return;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      switch (args[0]) {
        case "pipeline" -> PipelineJob.main(rest);
        case "ingest" -> IngestJob.main(rest);
        case "tokenize" -> TokenizeJob.main(rest);
        case "trends" -> TrendsJob.main(rest);
        case "sql" -> SqlCommand.main(rest);
        case "generate" -> SampleCorpusGenerator.main(rest);
        case "demo" -> DemoCommand.main(rest);
        case "candidates" -> org.reportcorpus.jobs.candidates.CandidatesCommand.main(rest);
        case "cooccurrence" -> org.reportcorpus.jobs.cooccur.CooccurrenceJob.main(rest);
        case "keywords" -> org.reportcorpus.jobs.keywords.KeywordsJob.main(rest);
        case "topics" -> org.reportcorpus.jobs.topics.TopicsJob.main(rest);
        case "bench" -> BenchCli.main(rest);
        default -> {
          System.err.println("unknown command: " + args[0] + "\n\n" + USAGE);
          System.exit(2);
        }
      }
    } catch (Exception e) {
      if (e instanceof org.apache.spark.sql.AnalysisException) {
        // A bad query: Spark's message says what and where; a stack trace adds nothing.
        System.err.println("corpus " + args[0] + ": " + e.getMessage());
        System.exit(1);
      }
      if (!(e instanceof IllegalArgumentException)) {
        throw e;
      }
      // Bad options: a one-line message naming the flag, not a stack trace.
      System.err.println("corpus " + args[0] + ": " + e.getMessage());
      System.exit(2);
    }
  }
}
