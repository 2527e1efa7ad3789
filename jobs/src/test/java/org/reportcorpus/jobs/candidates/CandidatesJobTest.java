package org.reportcorpus.jobs.candidates;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.generator.GeneratorOptions;
import org.reportcorpus.generator.SampleCorpusGenerator;
import org.reportcorpus.jobs.ingest.IngestJob;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.udfs.discover.KnownPhrases;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.udfs.terms.TermEntry;
import org.reportcorpus.udfs.terms.TermMatcher;

/**
 * The candidate job on a generated corpus whose new terms are known.
 *
 * <p>Two kinds of planted phrases must come out in the top 50: the generator's made-up slogans
 * (listed in {@code truth/slogans.tsv} when the generator plants them), and dictionary terms held
 * out of the vocabulary the job is given — planted exactly like slogans (quoted in some mentions,
 * spreading from a start year), but the job does not know them.
 *
 * <p>The figures of each candidate are checked against an independent count on the documents'
 * text.
 */
class CandidatesJobTest {

  /** Dictionary terms the job is not told about: new, niche and established ones, 3–5 chars. */
  static final List<String> HELD_OUT = List.of("综合查一次", "首违不罚", "一网统管", "府院联动", "诉源治理", "放管服");

  private static Path sample;
  private static CorpusConfig config;
  private static TableStore store;
  private static SparkSession spark;
  private static TermDictionary vocabulary;

  @BeforeAll
  static void generateIngestAndFindCandidates() throws IOException {
    sample = Fixtures.tempDir("candidates-sample");
    SampleCorpusGenerator.run(GeneratorOptions.parse(new String[] {
        "--out", sample.toString(), "--reports", "300", "--years", "2016-2023", "--seed", "23",
        "--terms", Fixtures.terms().toString()}));
    Path terms = Fixtures.tempDir("candidates-terms").resolve("terms.tsv");
    vocabulary = withoutHeldOut(TermDictionary.load(Fixtures.terms()));
    writeTerms(terms, vocabulary);
    List<Path> inputs = List.of(sample.resolve("txt-utf8"), sample.resolve("txt-gb18030"), sample.resolve("jsonl"));
    CorpusConfig full = Fixtures.config(Fixtures.tempDir("candidates-warehouse"), inputs);
    Map<String, String> settings = new LinkedHashMap<>(full.settings());
    settings.put("corpus.terms", terms.toString());
    config = CorpusConfig.of(settings, full.inputs());
    spark = SharedSpark.get();
    CorpusRun run = Sessions.prepare(spark, config);
    IngestJob.run(run);
    CandidatesJob.run(run);
    store = run.store();
  }

  @Test
  void plantedSlogansAndHeldOutTermsAreInTheTop50() throws IOException {
    Map<String, Integer> rankOf = new HashMap<>();
    for (Row row : store.read(Tables.TERM_CANDIDATES).collectAsList()) {
      rankOf.put(row.getAs("phrase"), row.getAs("rank"));
    }
    List<String> expected = new ArrayList<>(HELD_OUT);
    expected.addAll(plantedSlogans());
    List<String> missed = new ArrayList<>();
    for (String phrase : expected) {
      Integer rank = rankOf.get(phrase);
      if (rank == null || rank > 50) {
        missed.add(phrase + " (rank " + rank + ")");
      }
    }
    assertEquals(List.of(), missed, "top 50: " + top(50));
  }

  @Test
  void candidatesAreOutsideTheVocabularyRankedAndExplained() {
    List<Row> candidates = store.read(Tables.TERM_CANDIDATES).orderBy("rank").collectAsList();
    assertFalse(candidates.isEmpty());
    assertTrue(candidates.size() <= 500);
    KnownPhrases known = new KnownPhrases(vocabulary.allSurfaceForms(), List.of());
    double previous = Double.MAX_VALUE;
    for (int i = 0; i < candidates.size(); i++) {
      Row row = candidates.get(i);
      String phrase = row.getAs("phrase");
      assertEquals(i + 1, (int) row.getAs("rank"));
      assertFalse(known.isKnown(phrase), phrase + " is known");
      double score = row.getAs("score");
      assertTrue(score <= previous, "ranked by score: " + phrase);
      previous = score;
      assertTrue(row.<Long>getAs("n_regions") >= 3 && row.<Long>getAs("n_docs") >= 5, phrase);
      assertFalse(row.getList(row.fieldIndex("methods")).isEmpty(), phrase);
      String example = row.getAs("example");
      assertNotNull(example, phrase);
      assertTrue(example.contains(phrase) && example.length() <= 120, phrase + ": " + example);
    }
  }

  @Test
  void figuresEqualAnIndependentCountOnTheText() {
    Dataset<Row> documents = store.read(Tables.DOCUMENTS)
        .join(store.read(Tables.DUPLICATES).select("doc_id"), new String[] {"doc_id"}, "left_anti");
    List<Row> top = store.read(Tables.TERM_CANDIDATES).filter(col("rank").leq(20)).collectAsList();
    List<Row> texts = documents.select("text", "report_year", "region_code").collectAsList(); // a test-sized corpus
    for (Row candidate : top) {
      String phrase = candidate.getAs("phrase");
      long docs = 0;
      long occurrences = 0;
      Set<String> regions = new TreeSet<>();
      Integer firstYear = null;
      for (Row doc : texts) {
        int count = TermMatcher.countOccurrences(doc.getString(0), phrase);
        if (count > 0) {
          docs++;
          occurrences += count;
          if (!doc.isNullAt(2)) {
            regions.add(doc.getString(2));
          }
          if (!doc.isNullAt(1) && (firstYear == null || doc.getInt(1) < firstYear)) {
            firstYear = doc.getInt(1);
          }
        }
      }
      assertEquals(docs, (long) candidate.getAs("n_docs"), phrase);
      assertEquals(occurrences, (long) candidate.getAs("occurrences"), phrase);
      assertEquals(regions.size(), (long) candidate.getAs("n_regions"), phrase);
      assertEquals(firstYear, candidate.getAs("first_year"), phrase);
    }
  }

  @Test
  void trendsCoverEveryKeptPhraseAndYear() {
    Map<Integer, Long> docsByYear = new TreeMap<>();
    for (Row year : store.read(Tables.DOCUMENTS)
        .join(store.read(Tables.DUPLICATES).select("doc_id"), new String[] {"doc_id"}, "left_anti")
        .groupBy("report_year").count().collectAsList()) {
      docsByYear.put(year.getInt(0), year.getLong(1));
    }
    Map<String, Long> docsOf = new HashMap<>();
    for (Row row : store.read(Tables.TERM_CANDIDATES).collectAsList()) {
      docsOf.put(row.getAs("phrase"), row.getAs("n_docs"));
    }
    Map<String, Long> mentioning = new HashMap<>();
    List<Row> trends = store.read(Tables.CANDIDATE_TRENDS).collectAsList();
    assertEquals(docsOf.size() * docsByYear.size(), trends.size());
    for (Row row : trends) {
      assertEquals(docsByYear.get((int) row.getAs("year")), row.getAs("n_docs"));
      mentioning.merge(row.getAs("phrase"), row.getAs("n_docs_mentioning"), Long::sum);
    }
    assertEquals(docsOf, mentioning); // every generated report has a year
  }

  @Test
  void commandPrintsRowsReadyForTermsTsv() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int printed = CandidatesCommand.run(CorpusRun.of(spark, config), 5, false,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);
    List<String> lines = output.lines().toList();
    assertEquals(5, printed);
    assertEquals(10, lines.size());
    List<String> expectedPhrases = store.read(Tables.TERM_CANDIDATES).filter(col("rank").leq(5)).orderBy("rank")
        .select("phrase").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    for (int i = 0; i < 5; i++) {
      assertTrue(lines.get(2 * i).matches("# score=\\d+\\.\\d\\d n_regions=\\d+ n_docs=\\d+ first_year=\\d{4} methods=[a-z,]+"),
          lines.get(2 * i));
      assertEquals(expectedPhrases.get(i) + "\t候选\t", lines.get(2 * i + 1));
    }
    // pasted under the vocabulary, the rows parse as terms of category 候选
    TermDictionary pasted = TermDictionary.parse("term\tcategory\taliases\n" + output);
    assertEquals(expectedPhrases, pasted.entries().stream().map(TermEntry::term).toList());
    assertTrue(pasted.entries().stream().allMatch(e -> e.category().equals("候选") && e.aliases().isEmpty()));
  }

  @Test
  void commandSkipsCandidatesPastedIntoTheVocabularySince() throws IOException {
    List<String> best = store.read(Tables.TERM_CANDIDATES).filter(col("rank").leq(2)).orderBy("rank")
        .select("phrase").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    List<TermEntry> entries = new ArrayList<>(vocabulary.entries());
    entries.add(new TermEntry(best.get(0), "候选", List.of()));
    Path terms = Fixtures.tempDir("candidates-pasted").resolve("terms.tsv");
    writeTerms(terms, TermDictionary.of(entries));
    Map<String, String> settings = new LinkedHashMap<>(config.settings());
    settings.put("corpus.terms", terms.toString());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CandidatesCommand.run(CorpusRun.of(spark, CorpusConfig.of(settings, List.of())), 1, false,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(best.get(1) + "\t候选\t", bytes.toString(StandardCharsets.UTF_8).lines().toList().get(1));
  }

  /** The slogans the generator planted, when it plants them (truth/slogans.tsv, column slogan). */
  private static List<String> plantedSlogans() throws IOException {
    Path file = sample.resolve("truth/slogans.tsv");
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int column = List.of(lines.get(0).split("\t", -1)).indexOf("slogan");
    List<String> slogans = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        slogans.add(line.split("\t", -1)[column]);
      }
    }
    return slogans;
  }

  private static TermDictionary withoutHeldOut(TermDictionary full) {
    List<TermEntry> kept = new ArrayList<>();
    for (TermEntry entry : full.entries()) {
      if (!HELD_OUT.contains(entry.term())) {
        kept.add(entry);
      }
    }
    assertEquals(full.size() - HELD_OUT.size(), kept.size(), "every held-out term is in conf/terms.tsv");
    return TermDictionary.of(kept);
  }

  private static void writeTerms(Path file, TermDictionary dictionary) throws IOException {
    StringBuilder tsv = new StringBuilder("term\tcategory\taliases\n");
    for (TermEntry entry : dictionary.entries()) {
      tsv.append(entry.term()).append('\t').append(entry.category()).append('\t')
          .append(String.join("|", entry.aliases())).append('\n');
    }
    Files.writeString(file, tsv.toString(), StandardCharsets.UTF_8);
  }

  private static String top(int n) {
    StringBuilder out = new StringBuilder();
    for (Row row : store.read(Tables.TERM_CANDIDATES).filter(col("rank").leq(n)).orderBy("rank").collectAsList()) {
      out.append('\n').append((int) row.getAs("rank")).append(' ').append((String) row.getAs("phrase"))
          .append(' ').append(String.format("%.2f", (double) row.getAs("score"))).append(' ')
          .append(row.getList(row.fieldIndex("methods"))).append(" regions=").append((long) row.getAs("n_regions"))
          .append(" first=").append((Object) row.getAs("first_year"));
    }
    return out.toString();
  }

  /**
   * Segment once: the n-gram sample takes its token boundaries from the tokens table, and
   * proposes the phrases it proposes when it segments the sample itself.
   */
  @Test
  void theNgramSampleTakesItsTokenBoundariesFromTheTokensTable() {
    CorpusRun run = Sessions.prepare(spark, config);
    org.reportcorpus.jobs.tokenize.TokenizeJob.run(run);
    Dataset<Row> documents = CandidatesJob.candidateDocuments(run);
    CorpusShape corpus = CorpusShape.of(documents);
    org.reportcorpus.jobs.config.CandidateSettings settings = run.options().candidates();
    List<String> words = List.copyOf(run.vocabulary().allSurfaceForms());
    KnownPhrases known = new KnownPhrases(run.vocabulary().allSurfaceForms(), settings.stopPhrases());
    List<String> segmented = NgramProposals.propose(spark, documents, null, corpus, settings, known, words);
    List<String> fromTokens = NgramProposals.propose(spark, documents, run.store().read(Tables.TOKENS), corpus,
        settings, known, words);
    assertFalse(segmented.isEmpty());
    assertEquals(segmented, fromTokens);
  }
}
