package org.reportcorpus.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.udfs.terms.TermEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Made-up policy slogans that are in no vocabulary, planted beside the dictionary terms so that
 * new-term discovery has a known answer: each spreads over the regions like a term (a national
 * start, a region's adoption year, one or more mentions in every report after it), is written in
 * Chinese quotes “…” in most mentions and bare in the rest, and its truth goes to files of its own.
 *
 * <p>The slogans were invented for this generator (no real programme is meant). A slogan is used
 * only when it is in normalized form, holds no surface form of the --terms dictionary and is part
 * of none; the built-in phrase lists hold none of them (the phrasebook is vetted against the
 * dictionary plus the slogans, and a test checks nothing is dropped for it).
 */
final class Slogans {

  private static final Logger LOG = LoggerFactory.getLogger(Slogans.class);

  /** Share of a slogan's mentions written in quotes. */
  static final double QUOTED_SHARE = 0.8;

  /**
   * One slogan.
   *
   * @param text the slogan, 4–8 Han characters
   * @param category the dictionary category it belongs with (decides the part of the report it
   *     is planted in, like a term's)
   * @param offset its national start in years after the first year of a ten-year range (scaled
   *     to the range asked for)
   * @param kind its adoption profile
   */
  record Slogan(String text, String category, int offset, AdoptionModel.Kind kind) {

    /** The national start year for reports covering {@code firstYear}–{@code lastYear}. */
    int start(int firstYear, int lastYear) {
      int span = lastYear - firstYear + 1;
      return firstYear + (int) Math.floor(offset * span / 10.0);
    }

    TermEntry entry() {
      return new TermEntry(text, category, List.of());
    }
  }

  static final List<Slogan> BUILT_IN = List.of(
      new Slogan("三色督办", "监督", 1, AdoptionModel.Kind.NEW),
      new Slogan("一表通核", "政务服务", 2, AdoptionModel.Kind.NEW),
      new Slogan("一案双查双评", "行政执法", 2, AdoptionModel.Kind.NICHE),
      new Slogan("窗口无否决", "政务服务", 3, AdoptionModel.Kind.NEW),
      new Slogan("双岗联签", "决策", 3, AdoptionModel.Kind.NICHE),
      new Slogan("诉前一站清", "基层治理", 4, AdoptionModel.Kind.NEW),
      new Slogan("晒单问效", "监督", 4, AdoptionModel.Kind.NICHE),
      new Slogan("执法码上见", "行政执法", 5, AdoptionModel.Kind.NEW),
      new Slogan("法治体检进园区", "法治宣传", 5, AdoptionModel.Kind.NEW),
      new Slogan("审管一链通", "政务服务", 6, AdoptionModel.Kind.NEW),
      new Slogan("指尖办事不打烊", "数字化", 6, AdoptionModel.Kind.NEW),
      new Slogan("居民点题干部领办", "基层治理", 7, AdoptionModel.Kind.NICHE));

  private Slogans() {}

  /**
   * The built-in slogans that can be planted beside this dictionary: in normalized form, holding
   * no surface form of it and held by none (a dropped one is logged).
   */
  static List<Slogan> usable(TermCounter dictionary, UnaryOperator<String> normalizer) {
    List<String> forms = new ArrayList<>();
    dictionary.terms().forEach(t -> forms.addAll(t.surfaceForms()));
    List<Slogan> kept = new ArrayList<>();
    for (Slogan slogan : BUILT_IN) {
      String inside = dictionary.firstSurfaceForm(slogan.text());
      String around = forms.stream().filter(f -> f.contains(slogan.text())).findFirst().orElse(null);
      if (inside != null) {
        LOG.warn("slogan \"{}\" left out: it contains the dictionary term \"{}\"", slogan.text(), inside);
      } else if (around != null) {
        LOG.warn("slogan \"{}\" left out: the dictionary term \"{}\" contains it", slogan.text(), around);
      } else if (!normalizer.apply(slogan.text()).equals(slogan.text())) {
        LOG.warn("slogan \"{}\" left out: not in normalized form", slogan.text());
      } else {
        kept.add(slogan);
      }
    }
    return List.copyOf(kept);
  }

  /** A counter over the slogans alone, indexed like {@code slogans}. */
  static TermCounter counter(List<Slogan> slogans) {
    return new TermCounter(TermDictionary.of(slogans.stream().map(Slogan::entry).toList()));
  }

  /**
   * A counter over the dictionary's terms followed by the slogans: what the composer plants and
   * checks. The dictionary's own counter when there are no slogans.
   */
  static TermCounter withDictionary(TermCounter dictionary, List<Slogan> slogans) {
    if (slogans.isEmpty()) {
      return dictionary;
    }
    List<TermEntry> entries = new ArrayList<>(dictionary.terms());
    slogans.forEach(s -> entries.add(s.entry()));
    return new TermCounter(TermDictionary.of(entries));
  }

  /** The slogans' adoption curves, drawn like the terms' from the run's seed. */
  static AdoptionModel adoption(List<Slogan> slogans, int firstYear, int lastYear, long seed) {
    List<AdoptionModel.TermProfile> profiles = new ArrayList<>();
    for (Slogan slogan : slogans) {
      profiles.add(new AdoptionModel.TermProfile(slogan.entry(), slogan.start(firstYear, lastYear), slogan.kind()));
    }
    return AdoptionModel.of(counter(slogans), profiles, seed);
  }
}
