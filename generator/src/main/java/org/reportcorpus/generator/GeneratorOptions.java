package org.reportcorpus.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.reportcorpus.udfs.meta.YearRange;

/**
 * Options of {@code corpus generate} (the flags: {@link GenerateCommand}), validated before anything runs.
 *
 * <pre>
 *   --out DIR          where to write the corpus and truth/ (required)
 *   --reports N        number of reports (default 300)
 *   --years A-B        years the reports cover (default 2015-2024)
 *   --seed S           random seed; the same seed gives the same bytes (default 42)
 *   --terms FILE       term dictionary (default conf/terms.tsv of the installation)
 *   --overwrite        replace the corpus folders of an earlier run in DIR
 *   --no-slogans       plant no made-up slogans beside the dictionary terms (planted by default)
 *   --topics K         write every report's body from the first K planted topics instead
 *                      (0 = off, the default; else 2 to the number of built-in topics)
 * </pre>
 *
 * @param out output folder
 * @param reports number of reports
 * @param firstYear first report year
 * @param lastYear last report year
 * @param seed random seed
 * @param terms term dictionary file
 * @param overwrite whether an earlier run's folders in {@code out} may be replaced
 * @param slogans whether the built-in made-up slogans ({@link Slogans}) are planted
 * @param topics number of planted topics ({@link PlantedTopics}) the reports' bodies are drawn
 *     from, 0 for the normal reports with planted terms
 */
public record GeneratorOptions(
    Path out, int reports, int firstYear, int lastYear, long seed, Path terms, boolean overwrite,
    boolean slogans, int topics) {

  public static final int DEFAULT_REPORTS = 300;
  public static final int DEFAULT_FIRST_YEAR = 2015;
  public static final int DEFAULT_LAST_YEAR = 2024;
  public static final long DEFAULT_SEED = 42L;
  public static final int MAX_REPORTS = 1_000_000;
  public static final int MIN_YEAR = 1990;
  public static final int MAX_YEAR = 2100;
  /** The installation folder (bin/corpus sets it); its conf/terms.tsv is the default dictionary. */
  public static final String HOME_PROPERTY = "corpus.home";
  /** A topic model needs at least two topics to tell apart. */
  public static final int MIN_TOPICS = 2;

  public GeneratorOptions {
    if (out == null) {
      throw new IllegalArgumentException("--out: required (the folder to write the corpus to)");
    }
    if (reports < 1 || reports > MAX_REPORTS) {
      throw new IllegalArgumentException("--reports: expected a number from 1 to " + MAX_REPORTS + " but got " + reports);
    }
    if (firstYear < MIN_YEAR || lastYear > MAX_YEAR || firstYear > lastYear) {
      throw new IllegalArgumentException("--years: expected A-B with " + MIN_YEAR + " <= A <= B <= " + MAX_YEAR
          + " but got " + firstYear + "-" + lastYear);
    }
    if (terms == null || !Files.isRegularFile(terms)) {
      throw new IllegalArgumentException("--terms: no such file: " + terms);
    }
    if (topics != 0 && (topics < MIN_TOPICS || topics > PlantedTopics.COUNT)) {
      throw new IllegalArgumentException("--topics: expected 0 (off) or a number from " + MIN_TOPICS + " to "
          + PlantedTopics.COUNT + " (the built-in topics) but got " + topics);
    }
  }

  /** Options without planted topics. */
  public GeneratorOptions(Path out, int reports, int firstYear, int lastYear, long seed, Path terms,
      boolean overwrite, boolean slogans) {
    this(out, reports, firstYear, lastYear, seed, terms, overwrite, slogans, 0);
  }

  /** Options with the slogans planted. */
  public GeneratorOptions(Path out, int reports, int firstYear, int lastYear, long seed, Path terms,
      boolean overwrite) {
    this(out, reports, firstYear, lastYear, seed, terms, overwrite, true);
  }

  /**
   * Options from {@code corpus generate} flags (read by picocli, {@link GenerateCommand}): a flag
   * picocli cannot read or a bad value ends in an IllegalArgumentException naming the flag.
   */
  public static GeneratorOptions parse(String... args) {
    return GenerateCommand.parse(args);
  }

  /**
   * {@code --years A-B} (or one year A) as {first, last}; the range itself is checked by the
   * constructor.
   */
  public static int[] parseYears(String value) {
    try {
      YearRange range = YearRange.parse(value);
      if (range.closed()) {
        return new int[] {range.first(), range.last()};
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new IllegalArgumentException("--years: expected A-B (e.g. 2015-2024) but got " + value);
  }

  /** conf/terms.tsv of the installation (bin/corpus sets its folder), else of the working folder. */
  static Path defaultTerms() {
    String home = System.getProperty(HOME_PROPERTY);
    return home != null ? Paths.get(home, "conf", "terms.tsv") : Paths.get("conf", "terms.tsv");
  }

  /** The number of built-in planted topics: the largest {@code --topics K}. */
  public static int maxTopics() {
    return PlantedTopics.COUNT;
  }

  public int years() {
    return lastYear - firstYear + 1;
  }
}
