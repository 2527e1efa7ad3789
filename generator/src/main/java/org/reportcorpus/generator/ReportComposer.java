package org.reportcorpus.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.reportcorpus.udfs.terms.TermEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the text of one report with a given number of mentions of each term, and proves it.
 *
 * <ol>
 *   <li>Each mention gets a surface form (now and then an alias) and a section: mostly the
 *       achievements, some the plans, a few the duty and shortcomings sections. A mention of
 *       第一责任人 or 习近平法治思想 may instead take its usual place in a heading or the opening.
 *   <li>Mentions become planting sentences; each sentence is counted on its own and redrawn until
 *       it holds exactly the counts of the forms planted in it (a neighbour must not extend a
 *       form into another term).
 *   <li>Filler sentences without any surface form are added until the report reaches its target
 *       length, then everything is laid out as numbered sections, paragraphs and items.
 *   <li>The whole text is counted with {@link TermCounter}; when the counts differ from what was
 *       planted (a term formed across a seam), the report is drawn again with a fresh stream, up
 *       to {@link #MAX_ATTEMPTS} times, then the run fails.
 *   <li>That count is kept per top-level part (heading line included) and for what lies outside
 *       them, in the same pass: the per-section truth, which adds up to the whole text's counts.
 * </ol>
 *
 * <p>The counter may hold more entries than the dictionary: the entries from {@code
 * dictionarySize} on are planted slogans ({@link Slogans}). A slogan's mention is a sentence of
 * its own, from the {@code slogan.<part>.quoted} lists ({@link Slogans#QUOTED_SHARE} of them,
 * the slogan in “…”) or the {@code slogan.<part>.bare} ones; it is counted and checked like a
 * term's.
 *
 * <p>Thread-safe: all state of a report lives in a {@link Draft}.
 */
final class ReportComposer {

  private static final Logger LOG = LoggerFactory.getLogger(ReportComposer.class);

  static final int MAX_ATTEMPTS = 12;
  /** Rendered text runs this much longer than the sentences counted while filling (items, numbering, lines). */
  private static final double LAYOUT_OVERHEAD = 1.08;
  private static final int PHRASE_TRIES = 24;
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
    "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

  private enum Part { ACHIEVE, DUTY, WEAK, PLAN }

  /** A place in the fixed text where the genre names one particular term. */
  private record Site(String listKey, int term, String literal) {}

  /** How a mention is written: a dictionary term's by the plant lists, a slogan's by its own. */
  private enum Style { TERM, QUOTED_SLOGAN, BARE_SLOGAN }

  private record Mention(int term, String form, Topic topic, Style style) {}

  private final Phrasebook book;
  private final TermCounter counter;
  private final List<TermEntry> terms;
  private final int dictionarySize;
  private final Topic[] topics;
  private final Map<String, int[]> formCounts = new HashMap<>();
  private final List<Site> dutySites = new ArrayList<>();
  private final List<Site> openingSites = new ArrayList<>();

  /** A composer that plants the counter's terms, all of them dictionary terms. */
  ReportComposer(Phrasebook book, TermCounter counter) {
    this(book, counter, counter.terms().size());
  }

  /**
   * A composer that plants the counter's entries: the first {@code dictionarySize} are
   * dictionary terms, the rest slogans.
   */
  ReportComposer(Phrasebook book, TermCounter counter, int dictionarySize) {
    this.book = book;
    this.counter = counter;
    this.terms = counter.terms();
    if (dictionarySize < 0 || dictionarySize > terms.size()) {
      throw new IllegalArgumentException("dictionary size " + dictionarySize + " of " + terms.size() + " entries");
    }
    this.dictionarySize = dictionarySize;
    this.topics = new Topic[terms.size()];
    for (int t = 0; t < terms.size(); t++) {
      topics[t] = Topic.ofCategory(terms.get(t).category());
      for (String form : terms.get(t).surfaceForms()) {
        formCounts.put(form, counter.count(form));
      }
    }
    findSites("site.duty.", dutySites);
    findSites("site.opening.", openingSites);
  }

  private void findSites(String prefix, List<Site> sites) {
    for (int t = 0; t < terms.size(); t++) {
      for (String form : terms.get(t).surfaceForms()) {
        if (book.has(prefix + form)) {
          sites.add(new Site(prefix + form, t, form));
        }
      }
    }
  }

  /**
   * The report's text with exactly {@code mentions[t]} planted mentions of term t (indexed like
   * the counter: dictionary terms, then slogans).
   */
  ComposedReport compose(ReportPlan plan, int[] mentions) {
    if (mentions.length != terms.size()) {
      throw new IllegalArgumentException(mentions.length + " mention counts for " + terms.size() + " terms");
    }
    String lastProblem = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Draft draft = new Draft(plan, mentions, Seeds.random(plan.seed(), attempt));
      String problem = draft.build();
      if (problem == null) {
        // One pass: preamble, the four parts, signature.
        int[][] pieces = counter.countPieces(draft.text, draft.partStarts);
        int[] actual = new int[terms.size()];
        for (int[] piece : pieces) {
          for (int t = 0; t < actual.length; t++) {
            actual[t] += piece[t];
          }
        }
        problem = difference(actual, draft.expected);
        if (problem == null) {
          return new ComposedReport(plan, draft.title, draft.text, actual, sectionCounts(pieces));
        }
      }
      lastProblem = problem;
      LOG.debug("report {}: attempt {} redrawn: {}", plan.source(), attempt, problem);
    }
    throw new IllegalStateException("report " + plan.source() + " (" + plan.region().name() + ", " + plan.year()
        + "): the term counts of the text do not match the planted ones after " + MAX_ATTEMPTS
        + " attempts; last problem: " + lastProblem);
  }

  /**
   * Counts per kind of top-level part from the counts of the pieces the text was cut into at
   * {@link Draft#partStarts}: the parts 一 to 四 (each from its heading line to the next heading,
   * the last to the signature), and other for the text before 一、 plus the signature. No surface
   * form holds a line break, so no occurrence runs over a cut.
   */
  private static int[][] sectionCounts(int[][] pieces) {
    int parts = pieces.length - 2;
    int[][] counts = new int[ComposedReport.SECTION_KINDS.size()][];
    for (int part = 0; part < parts; part++) {
      counts[part] = pieces[part + 1];
    }
    int[] other = pieces[0].clone();
    for (int t = 0; t < other.length; t++) {
      other[t] += pieces[pieces.length - 1][t];
    }
    counts[ComposedReport.OTHER] = other;
    return counts;
  }

  private String difference(int[] actual, int[] expected) {
    for (int t = 0; t < actual.length; t++) {
      if (actual[t] != expected[t]) {
        return "term " + terms.get(t).term() + " occurs " + actual[t] + " times but " + expected[t] + " were planted";
      }
    }
    return null;
  }

  static String chineseDate(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  private static final class Block {
    final Topic topic;
    final String heading;
    final List<String> sentences = new ArrayList<>();
    int fillers;

    Block(Topic topic, String heading) {
      this.topic = topic;
      this.heading = heading;
    }
  }

  /** One attempt at one report. */
  private final class Draft {
    final ReportPlan plan;
    final int[] mentions;
    final Random rng;
    final ReportContext ctx;
    final int[] expected = new int[terms.size()];
    final Set<String> used = new HashSet<>();
    /** Where 一、 二、 三、 四、 and the signature start in {@link #text}. */
    final int[] partStarts = new int[ComposedReport.SECTION_KINDS.size()];
    String title;
    String text;
    int length;

    Draft(ReportPlan plan, int[] mentions, Random rng) {
      this.plan = plan;
      this.mentions = mentions;
      this.rng = rng;
      this.ctx = new ReportContext(book, plan);
    }

    /** Builds the text; returns null, or what could not be written. */
    String build() {
      int[] left = mentions.clone();

      // 1. Fixed sites: the duty heading and the opening's study clause.
      String dutyHeading = siteText(dutySites, left);
      if (dutyHeading == null) {
        dutyHeading = filler("section.duty", Topic.GENERAL);
      }
      String study = siteText(openingSites, left);
      if (study == null) {
        study = filler("opening.study", Topic.GENERAL);
      }

      // 2. Every other mention: a form and a part of the report.
      Map<Part, List<Mention>> byPart = new LinkedHashMap<>();
      for (Part part : Part.values()) {
        byPart.put(part, new ArrayList<>());
      }
      for (int t = 0; t < left.length; t++) {
        for (int j = 0; j < left[t]; j++) {
          double u = rng.nextDouble();
          Part part = u < 0.74 ? Part.ACHIEVE : u < 0.90 ? Part.PLAN : u < 0.95 ? Part.WEAK : Part.DUTY;
          String form = chooseForm(t);
          Style style = t < dictionarySize ? Style.TERM
              : rng.nextDouble() < Slogans.QUOTED_SHARE ? Style.QUOTED_SLOGAN : Style.BARE_SLOGAN;
          byPart.get(part).add(new Mention(t, form, topics[t], style));
        }
      }
      byPart.values().forEach(list -> Collections.shuffle(list, rng));

      // 3. Blocks (subsections) and their planting sentences.
      List<Block> achieve = achievementBlocks(byPart.get(Part.ACHIEVE));
      List<Block> plans = planBlocks(byPart.get(Part.PLAN));
      Block duty = new Block(Topic.GENERAL, null);
      Block weak = new Block(Topic.GENERAL, null);
      String problem = plantAll(achieve, byPart.get(Part.ACHIEVE), "achieve");
      problem = problem != null ? problem : plantAll(plans, byPart.get(Part.PLAN), "plan");
      problem = problem != null ? problem : plantAll(List.of(duty), byPart.get(Part.DUTY), "duty");
      problem = problem != null ? problem : plantAll(List.of(weak), byPart.get(Part.WEAK), "weak");
      if (problem != null) {
        return problem;
      }

      // 4. Fixed lines.
      String opening = opening(study);
      title = plan.hasTitle() ? filler("title", Topic.GENERAL) : null;
      String[] headings = {
        filler("section.achieve", Topic.GENERAL), dutyHeading, filler("section.weak", Topic.GENERAL),
        filler("section.plan", Topic.GENERAL)
      };
      if (opening == null || (plan.hasTitle() && title == null) || Arrays.asList(headings).contains(null)) {
        return "a fixed line (title, opening or heading) could not be written without a dictionary term";
      }

      // 5. Filler up to the target length.
      int target = (int) (plan.targetChars() / LAYOUT_OVERHEAD);
      int budget = target - length - 260;
      fill(List.of(duty), "pattern.duty", null, Math.min(budget / 10, 900), 2);
      fill(List.of(weak), "pattern.weak", null, Math.min(budget * 2 / 25, 700), 2);
      fill(plans, "pattern.plan", null, budget * 18 / 100, plans.size() == 1 ? 3 : 2);
      fill(achieve, "pattern.achieve", "pattern.stat", target - length - 260, 2);

      // 6. Layout.
      text = render(opening, headings, achieve, duty, weak, plans);
      return null;
    }

    private String chooseForm(int t) {
      List<String> aliases = terms.get(t).aliases();
      if (aliases.isEmpty() || rng.nextDouble() >= 0.25) {
        return terms.get(t).term();
      }
      return aliases.get(rng.nextInt(aliases.size()));
    }

    /** Uses a site for a term the report mentions (most of the time); null when none is used. */
    private String siteText(List<Site> sites, int[] left) {
      for (Site site : sites) {
        if (left[site.term()] > 0 && rng.nextDouble() < 0.9) {
          String text = planted(site.listKey(), Topic.GENERAL, List.of(site.literal()));
          if (text != null) {
            left[site.term()]--;
            return text;
          }
        }
      }
      return null;
    }

    private List<Block> achievementBlocks(List<Mention> mentions) {
      Map<Topic, Block> blocks = new LinkedHashMap<>();
      List<Topic> order = new ArrayList<>();
      for (Mention m : mentions) {
        if (m.topic() != Topic.GENERAL && !order.contains(m.topic())) {
          order.add(m.topic());
        }
      }
      int wanted = Math.max(3, Math.min(8, plan.targetChars() / 2200));
      List<Topic> others = new ArrayList<>(Arrays.asList(Topic.values()));
      others.remove(Topic.GENERAL);
      others.removeAll(order);
      Collections.shuffle(others, rng);
      for (Topic topic : others) {
        if (order.size() + 1 >= wanted) {
          break;
        }
        order.add(topic);
      }
      Collections.shuffle(order, rng);
      order.add(0, Topic.GENERAL);
      for (Topic topic : order) {
        blocks.put(topic, new Block(topic, filler("heading", topic)));
      }
      return new ArrayList<>(blocks.values());
    }

    private List<Block> planBlocks(List<Mention> mentions) {
      if (plan.targetChars() < 6000) {
        return List.of(new Block(Topic.GENERAL, null));
      }
      List<Topic> order = new ArrayList<>();
      for (Mention m : mentions) {
        if (!order.contains(m.topic())) {
          order.add(m.topic());
        }
      }
      List<Topic> all = new ArrayList<>(Arrays.asList(Topic.values()));
      Collections.shuffle(all, rng);
      int wanted = 2 + rng.nextInt(3);
      for (Topic topic : all) {
        if (order.size() >= wanted) {
          break;
        }
        if (!order.contains(topic)) {
          order.add(topic);
        }
      }
      List<Block> blocks = new ArrayList<>();
      for (Topic topic : order) {
        String heading = null;
        for (int i = 0; i < PHRASE_TRIES && heading == null; i++) {
          String candidate = ctx.fill("{adverb}{verb}{object}", rng, topic);
          if (!counter.containsAny(candidate)) {
            heading = candidate;
          }
        }
        blocks.add(new Block(topic, heading == null ? "扎实做好各项工作" : heading));
      }
      return blocks;
    }

    /**
     * Planting sentences for the mentions, each into the block of its topic (else the first);
     * {@code part} names the lists: plant.&lt;part&gt;… for terms, slogan.&lt;part&gt;… for slogans.
     */
    private String plantAll(List<Block> blocks, List<Mention> mentions, String part) {
      String listKey = "plant." + part;
      Map<Topic, List<Mention>> byBlock = new LinkedHashMap<>();
      for (Mention m : mentions) {
        Topic topic = blocks.stream().anyMatch(b -> b.topic == m.topic()) ? m.topic() : blocks.get(0).topic;
        byBlock.computeIfAbsent(topic, k -> new ArrayList<>()).add(m);
      }
      for (Block block : blocks) {
        List<Mention> pending = byBlock.getOrDefault(block.topic, List.of());
        int i = 0;
        while (i < pending.size()) {
          Mention first = pending.get(i);
          if (first.style() != Style.TERM) {
            String key = "slogan." + part + (first.style() == Style.QUOTED_SLOGAN ? ".quoted" : ".bare");
            String sentence = planted(key, block.topic, List.of(first.form()));
            if (sentence == null) {
              return "no planting sentence for the slogan " + first.form() + " came out clean";
            }
            block.sentences.add(sentence);
            i++;
            continue;
          }
          int group = groupSize(listKey, pending, i);
          String key = listKey;
          if (group == 3) {
            key = listKey + ".triple";
          } else if (group == 2) {
            key = listKey + ".pair";
          } else if (book.has(listKey + "." + block.topic.name()) && rng.nextDouble() < 0.35) {
            key = listKey + "." + block.topic.name();
          }
          List<String> forms = new ArrayList<>();
          for (int j = i; j < i + group; j++) {
            forms.add(pending.get(j).form());
          }
          String sentence = planted(key, block.topic, forms);
          if (sentence == null) {
            return "no planting sentence for " + forms + " came out clean";
          }
          block.sentences.add(sentence);
          i += group;
        }
      }
      return null;
    }

    /** Now and then two or three mentions of different terms share one sentence. */
    private int groupSize(String listKey, List<Mention> pending, int from) {
      int left = pending.size() - from;
      double u = rng.nextDouble();
      if (left >= 3 && u < 0.12 && book.has(listKey + ".triple") && distinct(pending, from, 3)) {
        return 3;
      }
      if (left >= 2 && u < 0.30 && book.has(listKey + ".pair") && distinct(pending, from, 2)) {
        return 2;
      }
      return 1;
    }

    /** The n mentions from {@code from} are of n different terms, none a slogan. */
    private boolean distinct(List<Mention> pending, int from, int n) {
      Set<Integer> seen = new HashSet<>();
      for (int j = from; j < from + n; j++) {
        if (pending.get(j).style() != Style.TERM || !seen.add(pending.get(j).term())) {
          return false;
        }
      }
      return true;
    }

    /**
     * A sentence from the list with the forms put in, whose own counts are exactly those of the
     * forms; the counts are added to the expected ones. Null when no draw comes out clean.
     */
    private String planted(String listKey, Topic topic, List<String> forms) {
      int[] want = new int[terms.size()];
      for (String form : forms) {
        int[] c = formCounts.get(form);
        for (int t = 0; t < want.length; t++) {
          want[t] += c[t];
        }
      }
      for (int i = 0; i < PHRASE_TRIES; i++) {
        String sentence = ctx.fill(ctx.pickExact(rng, listKey), rng, topic, forms);
        if (!used.contains(sentence) && Arrays.equals(counter.count(sentence), want)) {
          used.add(sentence);
          for (int t = 0; t < want.length; t++) {
            expected[t] += want[t];
          }
          length += sentence.length();
          return sentence;
        }
      }
      return null;
    }

    /** A phrase from the list without any surface form, not used before in this report. */
    private String filler(String listKey, Topic topic) {
      for (int i = 0; i < PHRASE_TRIES; i++) {
        String phrase = ctx.fill(ctx.pick(rng, listKey, topic), rng, topic);
        if (!used.contains(phrase) && !counter.containsAny(phrase)) {
          used.add(phrase);
          length += phrase.length();
          return phrase;
        }
      }
      return null;
    }

    private String opening(String study) {
      if (study == null) {
        return null;
      }
      for (int i = 0; i < PHRASE_TRIES; i++) {
        String deploy = ctx.pick(rng, "opening.deploy", Topic.GENERAL);
        if (deploy.contains("{outline}") && (plan.year() < 2015 || plan.year() > 2025)) {
          continue;
        }
        String line = ctx.fill("{Y}年,{R}{opening.lead}," + study + "," + deploy + ",{opening.aim}。{opening.close}",
            rng, Topic.GENERAL);
        int[] counts = counter.count(line);
        int[] studyCounts = counter.count(study);
        if (Arrays.equals(counts, studyCounts)) {
          length += line.length() - study.length();
          return line;
        }
      }
      return null;
    }

    /**
     * Adds filler sentences to the blocks: at least {@code minimum} per block, then until about
     * {@code quota} more characters are in. {@code statKey} (optional) supplies one sentence in
     * five.
     */
    private void fill(List<Block> blocks, String key, String statKey, int quota, int minimum) {
      for (Block block : blocks) {
        int misses = 0;
        while (block.fillers < minimum && misses < PHRASE_TRIES) {
          if (!addFiller(block, key, statKey)) {
            misses++;
          }
        }
      }
      int start = length;
      int misses = 0;
      while (length - start < quota && misses < 200) {
        Block block = blocks.get(rng.nextInt(blocks.size()));
        if (!addFiller(block, key, statKey)) {
          misses++;
        }
      }
    }

    private boolean addFiller(Block block, String key, String statKey) {
      String listKey = statKey != null && rng.nextDouble() < 0.2 ? statKey : key;
      String sentence = filler(listKey, block.topic);
      if (sentence == null) {
        return false;
      }
      block.sentences.add(sentence);
      block.fillers++;
      return true;
    }

    private String render(String opening, String[] headings, List<Block> achieve, Block duty, Block weak,
        List<Block> planBlocks) {
      StringBuilder out = new StringBuilder(plan.targetChars() + 2048);
      if (title != null) {
        out.append(title).append('\n');
        if (plan.department() != null || rng.nextDouble() < 0.85) {
          String addressee = plan.department() != null ? plan.region().issuer() : plan.region().addressee();
          out.append(addressee).append(":\n");
        }
      }
      out.append(opening).append('\n');
      partStarts[0] = out.length();
      out.append("一、").append(headings[0]).append('\n');
      for (int i = 0; i < achieve.size(); i++) {
        Block block = achieve.get(i);
        out.append('(').append(NUMERALS[i]).append(')').append(block.heading).append('\n');
        paragraphs(out, block.sentences, true);
      }
      partStarts[1] = out.length();
      out.append("二、").append(headings[1]).append('\n');
      paragraphs(out, duty.sentences, false);
      partStarts[2] = out.length();
      out.append("三、").append(headings[2]).append('\n');
      paragraphs(out, weak.sentences, false);
      String causes = causes();
      if (causes != null) {
        out.append(causes).append('\n');
      }
      partStarts[3] = out.length();
      out.append("四、").append(headings[3]).append('\n');
      for (int i = 0; i < planBlocks.size(); i++) {
        Block block = planBlocks.get(i);
        if (block.heading != null) {
          out.append('(').append(NUMERALS[i]).append(')').append(block.heading).append('\n');
        }
        paragraphs(out, block.sentences, false);
      }
      if (rng.nextDouble() < 0.5) {
        out.append("特此报告。\n");
      }
      partStarts[4] = out.length();
      out.append(plan.issuer()).append('\n');
      out.append(chineseDate(plan.published()));
      return out.toString();
    }

    /** 主要原因 paragraph of the shortcomings section, from two or three causes. */
    private String causes() {
      List<String> causes = new ArrayList<>(book.list("cause"));
      Collections.shuffle(causes, rng);
      int n = Math.min(causes.size(), 2 + rng.nextInt(2));
      StringBuilder line = new StringBuilder("产生这些问题的原因主要有:");
      for (int i = 0; i < n; i++) {
        line.append(NUMERALS[i]).append("是").append(causes.get(i)).append(i == n - 1 ? "。" : ";");
      }
      String text = line.toString();
      return counter.containsAny(text) ? null : text;
    }

    /**
     * Lays sentences out in paragraphs of two to six: plain, as 一是…二是… items, or (in an
     * achievements block, sometimes) one numbered line per sentence.
     */
    private void paragraphs(StringBuilder out, List<String> sentences, boolean mayNumber) {
      List<String> shuffled = new ArrayList<>(sentences);
      Collections.shuffle(shuffled, rng);
      if (mayNumber && shuffled.size() <= 12 && rng.nextDouble() < 0.2) {
        for (int i = 0; i < shuffled.size(); i++) {
          out.append(i + 1).append('.').append(shuffled.get(i)).append('\n');
        }
        return;
      }
      int i = 0;
      while (i < shuffled.size()) {
        int size = Math.min(shuffled.size() - i, 2 + rng.nextInt(5));
        boolean items = rng.nextDouble() < 0.25;
        for (int j = 0; j < size; j++) {
          if (items) {
            out.append(NUMERALS[j]).append("是");
          }
          out.append(shuffled.get(i + j));
        }
        out.append('\n');
        i += size;
      }
    }
  }
}
