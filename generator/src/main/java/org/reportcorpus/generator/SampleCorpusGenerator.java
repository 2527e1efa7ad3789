package org.reportcorpus.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.reportcorpus.udfs.region.Gazetteer;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.udfs.text.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code corpus generate}: a synthetic corpus of annual reports on building rule-of-law government
 * (法治政府建设年度报告) for real regions, with policy terms planted along known adoption curves and
 * the ground truth beside it, so that the pipeline's term trends and metadata have a known answer.
 *
 * <p>Steps:
 *
 * <ol>
 *   <li>{@code loadDictionary}: the --terms file;
 *   <li>{@code pickSlogans}: the built-in made-up slogans ({@link Slogans}) that neither hold nor
 *       are held by a surface form of the dictionary (none with --no-slogans); the counter the
 *       composer plants and checks with is the dictionary's terms followed by them (none with
 *       --topics);
 *   <li>{@code vetPhrasebook}: the built-in phrase lists minus entries holding a surface form of a
 *       term or slogan;
 *   <li>{@code pickRegions}: real, unambiguous regions from the bundled gazetteer;
 *   <li>{@code modelAdoption}: each term's and each slogan's national start and each region's
 *       adoption year;
 *   <li>{@code planReports}: region-years, formats, file names, lengths, dates; department
 *       reports only when more reports are asked for than the regions have years;
 *   <li>{@code plantTopics} (with --topics K only): the first K built-in topics ({@link
 *       PlantedTopics}) minus words holding a surface form of a term or slogan;
 *   <li>{@code composeAndWrite}: text of each report (checked against its planted counts, per
 *       top-level part too), in batches composed in parallel and written in order, with truth rows
 *       streamed alongside. With --topics K a report's body is drawn from the topics instead
 *       ({@link TopicReportComposer}) and no term or slogan is planted; the term truth is what
 *       the text holds.
 * </ol>
 *
 * <p>Everything random is drawn from streams keyed by the seed and what they are about, so the
 * same options give the same bytes.
 *
 * <p>A department report (司法局…, admin_level department in the truth) is written for its
 * region and uses the region's adoption years; its truth rows carry the region's code.
 */
public final class SampleCorpusGenerator {

  private static final Logger LOG = LoggerFactory.getLogger(SampleCorpusGenerator.class);

  /** Reports composed in parallel, then written, per batch (a multiple of a JSONL file's records). */
  static final int BATCH = 500;

  /**
   * Composes reports on every core; a parallel stream started inside it stays in it (the common
   * pool has one thread fewer than there are cores, too few on a small machine).
   */
  private static final ForkJoinPool COMPOSERS = new ForkJoinPool(Runtime.getRuntime().availableProcessors(),
      pool -> {
        ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        thread.setDaemon(true);
        thread.setName("corpus-generate-" + thread.getPoolIndex());
        return thread;
      }, null, false);

  /** Output folders of a run, removed first with --overwrite. */
  static final List<String> OUTPUT_FOLDERS = List.of(OutputFormat.TXT_UTF8.folder(), OutputFormat.TXT_GB18030.folder(),
      OutputFormat.JSONL.folder(), "truth");

  /** What a run produced. */
  public record Summary(int reports, int regions, long totalChars, int minChars, int medianChars, int maxChars,
      double meanChars, long millis) {}

  private SampleCorpusGenerator() {}

  /** {@code corpus generate [flags]} ({@link GenerateCommand}): exits only with a non-zero code. */
  public static void main(String[] args) {
    GenerateCommand.main(args);
  }

  public static Summary run(GeneratorOptions options) throws IOException {
    return run(options, Gazetteer.bundled());
  }

  static Summary run(GeneratorOptions options, Gazetteer gazetteer) throws IOException {
    long started = System.nanoTime();
    prepareOutput(options);
    TermCounter dictionary = loadDictionary(options);
    List<Slogans.Slogan> slogans = pickSlogans(options, dictionary);
    TermCounter counter = Slogans.withDictionary(dictionary, slogans);
    Phrasebook phrasebook = vetPhrasebook(counter);
    List<ReportingRegion> regions = pickRegions(options, gazetteer, counter);
    Adoption adoption = modelAdoption(options, dictionary, slogans);
    List<ReportPlan> plans = planReports(options, regions);
    List<PlantedTopic> topics = plantTopics(options, counter);
    Function<ReportPlan, ComposedReport> composer = topics.isEmpty()
        ? plantingTerms(plans, new ReportComposer(phrasebook, counter, dictionary.terms().size()), adoption)
        : new TopicReportComposer(phrasebook, counter, topics)::compose;
    int[] chars = composeAndWrite(options, plans, composer, adoption, topics);
    Summary summary = summarize(plans.size(), regions.size(), chars, (System.nanoTime() - started) / 1_000_000);
    LOG.info("wrote {} reports of {} regions to {} in {} s: {} chars, mean {}, median {}, min {}, max {}",
        summary.reports(), summary.regions(), options.out(), summary.millis() / 1000.0, summary.totalChars(),
        Math.round(summary.meanChars()), summary.medianChars(), summary.minChars(), summary.maxChars());
    return summary;
  }

  private static void prepareOutput(GeneratorOptions options) throws IOException {
    for (String folder : OUTPUT_FOLDERS) {
      Path path = options.out().resolve(folder);
      if (Files.exists(path)) {
        if (!options.overwrite()) {
          throw new IllegalArgumentException("--out: " + options.out() + " already holds " + folder
              + "/ from an earlier run; pass --overwrite to replace it or choose another folder");
        }
        deleteTree(path);
      }
    }
    Files.createDirectories(options.out());
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  static TermCounter loadDictionary(GeneratorOptions options) {
    TermDictionary dictionary = TermDictionary.load(options.terms());
    if (dictionary.size() == 0) {
      throw new IllegalArgumentException("--terms: " + options.terms() + " holds no terms");
    }
    LOG.info("dictionary {}: {} terms", options.terms(), dictionary.size());
    return new TermCounter(dictionary);
  }

  static List<Slogans.Slogan> pickSlogans(GeneratorOptions options, TermCounter dictionary) {
    if (!options.slogans() || options.topics() > 0) {
      return List.of(); // a report drawn from topics plants no slogans
    }
    List<Slogans.Slogan> slogans = Slogans.usable(dictionary, TextNormalizer::normalize);
    LOG.info("planting {} slogans that are not dictionary terms: {}", slogans.size(),
        slogans.stream().map(Slogans.Slogan::text).toList());
    return slogans;
  }

  static Phrasebook vetPhrasebook(TermCounter counter) {
    return Phrasebook.builtIn().vetted(counter, TextNormalizer::normalize);
  }

  static List<ReportingRegion> pickRegions(GeneratorOptions options, Gazetteer gazetteer, TermCounter counter) {
    RegionCatalog catalog = RegionCatalog.of(gazetteer, options.firstYear(), options.lastYear(), counter,
        TextNormalizer::normalize);
    if (catalog.size() == 0) {
      throw new IllegalArgumentException("--years: no region of the gazetteer is unambiguous over "
          + options.firstYear() + "-" + options.lastYear());
    }
    int wanted = ReportPlanner.regionsWanted(options.reports(), options.years());
    List<ReportingRegion> regions = catalog.pick(wanted, Seeds.random(options.seed(), Seeds.key("regions")));
    LOG.info("{} eligible regions; picked {} ({} wanted)", catalog.size(), regions.size(), wanted);
    return regions;
  }

  /** The adoption curves of the dictionary's terms and of the slogans (null when none). */
  record Adoption(AdoptionModel terms, AdoptionModel slogans) {

    List<AdoptionModel.TermProfile> sloganProfiles() {
      return slogans == null ? List.of() : slogans.profiles();
    }

    /** The region's adoption years: the terms', then the slogans'. */
    int[][] years(String regionCode) {
      return new int[][] {terms.adoptionYears(regionCode),
        slogans == null ? new int[0] : slogans.adoptionYears(regionCode)};
    }

    /**
     * A report's mentions of each term, then of each slogan. The slogans draw from a stream of
     * their own, so the terms' mentions do not depend on whether slogans are planted.
     */
    int[] mentions(ReportPlan plan, int[][] years) {
      Random rng = Seeds.random(plan.seed(), Seeds.key("mentions"));
      int[] termMentions = terms.mentions(years[0], plan.year(), plan.targetChars(), rng);
      if (slogans == null) {
        return termMentions;
      }
      Random sloganRng = Seeds.random(plan.seed(), Seeds.key("slogan-mentions"));
      int[] sloganMentions = slogans.mentions(years[1], plan.year(), plan.targetChars(), sloganRng);
      int[] all = Arrays.copyOf(termMentions, termMentions.length + sloganMentions.length);
      System.arraycopy(sloganMentions, 0, all, termMentions.length, sloganMentions.length);
      return all;
    }
  }

  static Adoption modelAdoption(GeneratorOptions options, TermCounter dictionary, List<Slogans.Slogan> slogans) {
    AdoptionModel terms = AdoptionModel.build(dictionary, options.firstYear(), options.lastYear(), options.seed());
    AdoptionModel sloganModel = slogans.isEmpty() ? null
        : Slogans.adoption(slogans, options.firstYear(), options.lastYear(), options.seed());
    return new Adoption(terms, sloganModel);
  }

  static List<ReportPlan> planReports(GeneratorOptions options, List<ReportingRegion> regions) {
    List<ReportPlan> plans = ReportPlanner.plan(regions, options);
    long departments = plans.stream().filter(p -> p.department() != null).count();
    if (departments > 0) {
      LOG.info("{} of {} reports are department reports: the regions' years alone do not hold that many",
          departments, plans.size());
    }
    return plans;
  }

  /** The first --topics K planted topics, vetted against the counter; none without the option. */
  static List<PlantedTopic> plantTopics(GeneratorOptions options, TermCounter counter) {
    if (options.topics() == 0) {
      return List.of();
    }
    List<PlantedTopic> topics = PlantedTopics.vetted(options.topics(), counter, TextNormalizer::normalize);
    LOG.info("drawing every report's body from {} planted topics: {}", topics.size(),
        topics.stream().map(PlantedTopic::label).toList());
    return topics;
  }

  /** Composes a report with the terms and slogans planted along their adoption curves. */
  static Function<ReportPlan, ComposedReport> plantingTerms(List<ReportPlan> plans, ReportComposer composer,
      Adoption adoption) {
    // A department report takes its region's adoption years: the region's code is the key.
    Map<String, int[][]> adoptionYears = new HashMap<>();
    for (ReportPlan plan : plans) {
      adoptionYears.computeIfAbsent(plan.region().code(), adoption::years);
    }
    return plan -> composer.compose(plan, adoption.mentions(plan, adoptionYears.get(plan.region().code())));
  }

  /** Composes and writes every report; returns each report's length in characters. */
  static int[] composeAndWrite(GeneratorOptions options, List<ReportPlan> plans,
      Function<ReportPlan, ComposedReport> composer, Adoption adoption, List<PlantedTopic> topics) throws IOException {
    int[] chars = new int[plans.size()];
    try (CorpusWriter corpus = new CorpusWriter(options.out());
        TruthWriter truth = new TruthWriter(options.out().resolve("truth"), adoption.terms().profiles().stream()
            .map(AdoptionModel.TermProfile::term).toList(), adoption.sloganProfiles(), topics)) {
      truth.writeProfiles(adoption.terms().profiles());
      // The next batch is composed while this one is written.
      CompletableFuture<ComposedReport[]> next = composeBatch(plans, 0, composer);
      for (int from = 0; from < plans.size(); from += BATCH) {
        ComposedReport[] reports = join(next);
        if (from + BATCH < plans.size()) {
          next = composeBatch(plans, from + BATCH, composer);
        }
        for (ComposedReport report : reports) {
          corpus.write(report);
          truth.add(report);
          chars[report.plan().index()] = report.chars();
        }
        int done = from + reports.length;
        if (done % 5000 == 0 || done == plans.size()) {
          LOG.info("{} of {} reports written", done, plans.size());
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return chars;
  }

  private static CompletableFuture<ComposedReport[]> composeBatch(List<ReportPlan> plans, int from,
      Function<ReportPlan, ComposedReport> composer) {
    List<ReportPlan> batch = plans.subList(from, Math.min(plans.size(), from + BATCH));
    return CompletableFuture.supplyAsync(() -> IntStream.range(0, batch.size()).parallel()
        .mapToObj(i -> composer.apply(batch.get(i)))
        .toArray(ComposedReport[]::new), COMPOSERS);
  }

  /** The batch, with a composing failure rethrown as itself rather than wrapped. */
  private static ComposedReport[] join(CompletableFuture<ComposedReport[]> batch) {
    try {
      return batch.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static Summary summarize(int reports, int regions, int[] chars, long millis) {
    int[] sorted = chars.clone();
    Arrays.sort(sorted);
    long total = Arrays.stream(chars).asLongStream().sum();
    return new Summary(reports, regions, total, sorted.length == 0 ? 0 : sorted[0],
        sorted.length == 0 ? 0 : sorted[sorted.length / 2], sorted.length == 0 ? 0 : sorted[sorted.length - 1],
        sorted.length == 0 ? 0 : (double) total / sorted.length, millis);
  }
}
