package org.reportcorpus.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.reportcorpus.udfs.terms.TermEntry;

/**
 * When each region starts to use each term: the known answer the trend tables are checked
 * against.
 *
 * <ol>
 *   <li>Every term has a national start year and a profile: BACKGROUND terms (行政复议, 普法…)
 *       are in use everywhere before the range starts; ESTABLISHED ones started a little before
 *       it; NEW ones start inside it (数字政府); NICHE ones stay with a minority of regions. The
 *       built-in table covers the default dictionary; a term it does not know gets a profile
 *       drawn from the seed.
 *   <li>A region adopts a term in start + d, with d geometric (a share of the remaining regions
 *       takes it up each year), or never.
 *   <li>When one term's surface form contains another's (谁执法谁普法 contains 普法), a region
 *       adopts the contained term no later than the containing one: every mention of the longer
 *       term is also a mention of the shorter, and adoption must stay monotonic.
 * </ol>
 */
final class AdoptionModel {

  /** Sentinel adoption year of a region that never uses a term. */
  static final int NEVER = Integer.MAX_VALUE;

  enum Kind {
    BACKGROUND(0.02, 0.85, 1.0),
    ESTABLISHED(0.12, 0.55, 0.7),
    NEW(0.2, 0.4, 0.6),
    NICHE(0.65, 0.3, 0.4);

    /** Share of regions that never use the term. */
    final double neverShare;
    /** Share of the not-yet-adopting regions that take the term up each year after the start. */
    final double yearlyUptake;
    /** Mean extra mentions (beyond the first) in a report of median length. */
    final double extraMentions;

    Kind(double neverShare, double yearlyUptake, double extraMentions) {
      this.neverShare = neverShare;
      this.yearlyUptake = yearlyUptake;
      this.extraMentions = extraMentions;
    }
  }

  /** A term's national curve. */
  record TermProfile(TermEntry term, int nationalStart, Kind kind) {}

  private record Hint(int start, Kind kind) {}

  /**
   * Rough national start years of the default dictionary's terms, as the generator's own
   * assumptions (not a source of record). BACKGROUND starts are placeholders: before any range.
   */
  private static final Map<String, Hint> HINTS = new HashMap<>();

  static {
    hint(Kind.BACKGROUND, 2000, "重大行政决策", "合法性审查", "公众参与", "专家论证", "风险评估", "集体讨论决定",
        "规范性文件", "备案审查", "行政复议", "行政诉讼", "行政应诉", "政务公开", "政府信息公开", "人大监督", "审计监督",
        "人民调解", "法律援助", "法治宣传教育", "普法", "学法用法", "一次性告知", "法律顾问");
    hint(Kind.ESTABLISHED, 2013, "综合行政执法", "权责清单", "枫桥经验", "民主法治示范村", "公共法律服务", "网格化");
    hint(Kind.ESTABLISHED, 2014, "放管服", "大数据", "双随机、一公开", "行政裁量权基准", "立法协商", "证照分离");
    hint(Kind.NEW, 2016, "互联网+政务服务", "负面清单", "公职律师", "行政机关负责人出庭应诉", "电子证照", "政务数据共享",
        "信息孤岛", "矛盾纠纷多元化解");
    hint(Kind.NEW, 2017, "最多跑一次", "不见面审批", "一窗受理", "多证合一", "营商环境", "行政执法三项制度", "行政执法公示制度",
        "执法全过程记录制度", "重大执法决定法制审核制度", "包容审慎监管", "第一责任人", "谁执法谁普法");
    hint(Kind.NEW, 2018, "一网通办", "柔性执法", "府院联动");
    hint(Kind.NEW, 2019, "一件事一次办", "证明事项告知承诺制", "好差评", "帮办代办", "信用监管", "首违不罚",
        "行政执法协调监督", "数字政府", "智慧监管", "互联网+监管", "诉源治理", "法治政府建设示范创建");
    hint(Kind.NEW, 2020, "跨省通办", "全程网办", "免罚轻罚", "一网统管", "习近平法治思想", "区块链");
    hint(Kind.NEW, 2021, "述法", "数字法治");
    hint(Kind.NICHE, 2019, "综合查一次", "无证明城市");
  }

  private static void hint(Kind kind, int start, String... terms) {
    for (String term : terms) {
      HINTS.put(term, new Hint(start, kind));
    }
  }

  private final List<TermProfile> profiles;
  private final int[][] containedIn;
  private final long seed;

  private AdoptionModel(List<TermProfile> profiles, int[][] containedIn, long seed) {
    this.profiles = profiles;
    this.containedIn = containedIn;
    this.seed = seed;
  }

  /**
   * Profiles for every term of the counter's dictionary. Terms the built-in table does not know
   * get a start drawn from the seed: a third background, most inside the range, some late.
   */
  static AdoptionModel build(TermCounter counter, int firstYear, int lastYear, long seed) {
    List<TermEntry> terms = counter.terms();
    List<TermProfile> profiles = new ArrayList<>();
    for (TermEntry term : terms) {
      Hint hint = HINTS.get(term.term());
      if (hint == null) {
        Random rng = Seeds.random(seed, Seeds.key("profile"), Seeds.key(term.term()));
        double u = rng.nextDouble();
        int span = lastYear - firstYear + 1;
        if (u < 0.3) {
          hint = new Hint(firstYear - 5, Kind.BACKGROUND);
        } else if (u < 0.8) {
          hint = new Hint(firstYear - 1 + rng.nextInt(Math.max(1, span)), Kind.NEW);
        } else {
          hint = new Hint(lastYear - rng.nextInt(Math.min(3, span)), Kind.NEW);
        }
      }
      int start = hint.kind() == Kind.BACKGROUND ? Math.min(hint.start(), firstYear - 5) : hint.start();
      profiles.add(new TermProfile(term, start, hint.kind()));
    }
    return of(counter, profiles, seed);
  }

  /**
   * A model with the given profiles, one per term of the counter's dictionary and in its order
   * (the planted slogans' curves are made this way).
   */
  static AdoptionModel of(TermCounter counter, List<TermProfile> profiles, long seed) {
    List<TermEntry> terms = counter.terms();
    if (profiles.size() != terms.size()) {
      throw new IllegalArgumentException(profiles.size() + " profiles for " + terms.size() + " terms");
    }
    // containedIn[a] = the terms whose surface forms contain a surface form of term a
    int[][] containedIn = new int[terms.size()][];
    for (int a = 0; a < terms.size(); a++) {
      List<Integer> containers = new ArrayList<>();
      for (int b = 0; b < terms.size(); b++) {
        if (a != b && formsContain(counter, terms.get(b), a)) {
          containers.add(b);
        }
      }
      containedIn[a] = containers.stream().mapToInt(Integer::intValue).toArray();
    }
    return new AdoptionModel(List.copyOf(profiles), containedIn, seed);
  }

  private static boolean formsContain(TermCounter counter, TermEntry container, int contained) {
    for (String form : container.surfaceForms()) {
      if (counter.count(form)[contained] > 0) {
        return true;
      }
    }
    return false;
  }

  List<TermProfile> profiles() {
    return profiles;
  }

  /**
   * The year each term is adopted by the region, {@link #NEVER} for never, indexed like the
   * dictionary.
   */
  int[] adoptionYears(String regionCode) {
    int[] years = new int[profiles.size()];
    for (int t = 0; t < profiles.size(); t++) {
      TermProfile profile = profiles.get(t);
      Random rng = Seeds.random(seed, Seeds.key("adopt"), Seeds.key(profile.term().term()), Seeds.key(regionCode));
      if (rng.nextDouble() < profile.kind().neverShare) {
        years[t] = NEVER;
      } else {
        years[t] = profile.nationalStart() + Seeds.geometric(rng, profile.kind().yearlyUptake);
      }
    }
    // A contained term is adopted no later than any term containing it (chains: repeat to a fixpoint).
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int a = 0; a < years.length; a++) {
        for (int b : containedIn[a]) {
          if (years[b] < years[a]) {
            years[a] = years[b];
            changed = true;
          }
        }
      }
    }
    return years;
  }

  /**
   * How many times a report mentions each term: 0 before the region's adoption year, then 1 plus
   * a Poisson number of extra mentions (more in longer reports and as the term settles in),
   * capped at 6.
   */
  int[] mentions(int[] adoptionYears, int year, int targetChars, Random rng) {
    int[] k = new int[profiles.size()];
    double lengthFactor = targetChars / 10_000.0;
    for (int t = 0; t < k.length; t++) {
      if (adoptionYears[t] > year) {
        continue;
      }
      double settling = Math.min(1.0, 0.5 + 0.15 * (year - (double) adoptionYears[t]));
      double mean = profiles.get(t).kind().extraMentions * lengthFactor * settling;
      k[t] = Math.min(6, 1 + Seeds.poisson(rng, mean));
    }
    return k;
  }
}
