package org.reportcorpus.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Decides which reports the corpus holds and everything about them but their text.
 *
 * <ol>
 *   <li>About reports / (years × 0.88) regions, so each files in most years with some gaps.
 *   <li>Region-years are drawn without repetition. When more reports are asked for than the
 *       eligible regions have years, the rest are reports of the regions' departments (司法局…).
 *   <li>Reports are put in a random order; each gets its output format (45/35/20 % UTF-8 text,
 *       GB18030 text, JSONL), file name, title or not (85 % have one), target length (log-normal,
 *       median 8,600 characters, kept within 2,000–40,000) and publication date (January to
 *       April of the next year).
 * </ol>
 */
final class ReportPlanner {

  static final double COVERAGE = 0.88;
  static final int JSONL_RECORDS_PER_FILE = 500;
  static final int MIN_CHARS = 2_000;
  static final int MAX_CHARS = 40_000;
  static final double MEDIAN_CHARS = 8_600;
  static final double LOG_SIGMA = 0.55;
  static final double TITLE_SHARE = 0.85;

  private ReportPlanner() {}

  /** How many regions to ask the catalog for. */
  static int regionsWanted(int reports, int years) {
    return Math.max(1, (int) Math.ceil(reports / (years * COVERAGE)));
  }

  private record Slot(ReportingRegion region, int year, String department) {
    long key() {
      return Seeds.derive(Seeds.key(region.code()), year, department == null ? 0 : Seeds.key(department));
    }
  }

  static List<ReportPlan> plan(List<ReportingRegion> regions, GeneratorOptions options) {
    long seed = options.seed();
    List<Slot> slots = slots(regions, options);
    Collections.shuffle(slots, Seeds.random(seed, Seeds.key("order")));
    List<ReportPlan> plans = new ArrayList<>(slots.size());
    int jsonlRecords = 0;
    for (int index = 0; index < slots.size(); index++) {
      Slot slot = slots.get(index);
      long reportSeed = Seeds.derive(seed, Seeds.key("report"), slot.key());
      Random rng = new Random(reportSeed);
      OutputFormat format = OutputFormat.draw(rng.nextDouble());
      String source;
      if (format == OutputFormat.JSONL) {
        source = String.format(Locale.ROOT, "%s/reports-%03d.jsonl#L%d", format.folder(),
            jsonlRecords / JSONL_RECORDS_PER_FILE, jsonlRecords % JSONL_RECORDS_PER_FILE + 1);
        jsonlRecords++;
      } else {
        source = String.format(Locale.ROOT, "%s/%s/%06d_%016x.txt", format.folder(), slot.region().provinceCode(),
            index, Seeds.mix(reportSeed));
      }
      boolean hasTitle = rng.nextDouble() < TITLE_SHARE;
      plans.add(new ReportPlan(index, slot.region(), slot.department(), slot.year(), publicationDate(slot.year(), rng),
          format, source, hasTitle, targetChars(rng), reportSeed));
    }
    return plans;
  }

  private static List<Slot> slots(List<ReportingRegion> regions, GeneratorOptions options) {
    Random rng = Seeds.random(options.seed(), Seeds.key("slots"));
    List<Slot> all = new ArrayList<>();
    for (ReportingRegion region : regions) {
      for (int year = options.firstYear(); year <= options.lastYear(); year++) {
        all.add(new Slot(region, year, null));
      }
    }
    int wanted = options.reports();
    if (wanted <= all.size()) {
      Collections.shuffle(all, rng);
      List<Slot> kept = new ArrayList<>(all.subList(0, wanted));
      return kept;
    }
    int capacity = all.size() * (1 + regions.get(0).departments().length);
    if (wanted > capacity) {
      throw new IllegalArgumentException("--reports: at most about " + capacity + " reports fit " + regions.size()
          + " eligible regions over " + options.years() + " years, but " + wanted + " were asked for");
    }
    Set<Long> taken = new HashSet<>();
    List<Slot> slots = new ArrayList<>(all);
    int misses = 0;
    while (slots.size() < wanted) {
      Slot base = all.get(rng.nextInt(all.size()));
      String[] departments = base.region().departments();
      Slot extra = new Slot(base.region(), base.year(), departments[rng.nextInt(departments.length)]);
      if (taken.add(extra.key())) {
        slots.add(extra);
      } else if (++misses > 100 * wanted) {
        throw new IllegalStateException("could not find " + wanted + " distinct department reports");
      }
    }
    return slots;
  }

  /** Log-normal, redrawn until inside [MIN_CHARS, MAX_CHARS]. */
  static int targetChars(Random rng) {
    while (true) {
      double chars = MEDIAN_CHARS * Math.exp(LOG_SIGMA * rng.nextGaussian());
      if (chars >= MIN_CHARS && chars <= MAX_CHARS) {
        return (int) Math.round(chars);
      }
    }
  }

  /** Early next year: mostly February and March, some January, a few April. */
  static LocalDate publicationDate(int year, Random rng) {
    double u = rng.nextDouble();
    int month = u < 0.2 ? 1 : u < 0.55 ? 2 : u < 0.95 ? 3 : 4;
    int firstDay = month == 1 ? 8 : 1;
    int lastDay = YearMonth.of(year + 1, month).lengthOfMonth();
    return LocalDate.of(year + 1, month, firstDay + rng.nextInt(lastDay - firstDay + 1));
  }
}
