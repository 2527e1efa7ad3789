package org.reportcorpus.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a report of {@code generate --topics K}: the genre's header and signature around a body
 * of words drawn from the planted topics, for checking a topic model against a known answer.
 *
 * <ol>
 *   <li>θ ~ Dirichlet({@link TopicMixture#ALPHA}) over the K topics, then {@link #MIN_WORDS} to
 *       {@link #MAX_WORDS} words, each from topic z ~ θ and word ~ φ_z;
 *   <li>the words become sentences of 6 to 12 words, joined by ',' or '、' and ended by '。',
 *       and the sentences paragraphs of two to five;
 *   <li>the layout: title (when the plan has one) and addressee, an opening naming the year and
 *       the region, 「一、…成效」 with the first two thirds of the words and 「二、…计划」 with the
 *       rest, so that the section splitter finds achievements and plans, then issuer and date;
 *   <li>the term counts, whole and per part, are those {@link TermCounter} finds in the final
 *       text, so the term truth holds for it; no planted word holds a term
 *       ({@link PlantedTopics#vetted}) and the title is redrawn until it holds none.
 * </ol>
 *
 * <p>θ and the words come from a stream of their own, so they do not depend on the layout's
 * draws. Thread-safe: it keeps no state between reports.
 */
final class TopicReportComposer {

  static final int MIN_WORDS = 300;
  static final int MAX_WORDS = 600;
  static final int MIN_SENTENCE = 6;
  static final int MAX_SENTENCE = 12;
  /** Share of the words in the achievements part; the rest are in the plans. */
  static final double ACHIEVEMENTS_SHARE = 2.0 / 3;

  private static final int TITLE_TRIES = 24;
  private static final int ACHIEVEMENTS = ComposedReport.SECTION_KINDS.indexOf("achievements");
  private static final int PLANS = ComposedReport.SECTION_KINDS.indexOf("plans");
  /** Headings the section splitter (conf/sections.tsv) reads as achievements and as plans. */
  private static final List<String> ACHIEVEMENT_HEADINGS = List.of("{Y}年工作成效", "{Y}年主要工作及成效",
      "{Y}年工作开展情况");
  private static final List<String> PLAN_HEADINGS = List.of("{Y1}年工作计划", "{Y1}年工作安排", "下一步工作打算");

  private final Phrasebook book;
  private final TermCounter counter;
  private final List<PlantedTopic> topics;

  TopicReportComposer(Phrasebook book, TermCounter counter, List<PlantedTopic> topics) {
    if (topics.isEmpty()) {
      throw new IllegalArgumentException("no topics to draw from");
    }
    this.book = book;
    this.counter = counter;
    this.topics = List.copyOf(topics);
  }

  ComposedReport compose(ReportPlan plan) {
    Random draws = Seeds.random(plan.seed(), Seeds.key("topic-words"));
    TopicMixture mixture = TopicMixture.draw(draws, topics.size(), TopicMixture.ALPHA);
    int[] perTopic = new int[topics.size()];
    List<String> words = drawWords(mixture, MIN_WORDS + draws.nextInt(MAX_WORDS - MIN_WORDS + 1), draws, perTopic);

    Random layout = Seeds.random(plan.seed(), Seeds.key("topic-layout"));
    ReportContext ctx = new ReportContext(book, plan);
    String title = plan.hasTitle() ? title(ctx, layout) : null;
    StringBuilder text = new StringBuilder(words.size() * 4 + 256);
    if (title != null) {
      text.append(title).append('\n');
      if (plan.department() != null || layout.nextDouble() < 0.85) {
        text.append(plan.department() != null ? plan.region().issuer() : plan.region().addressee()).append(":\n");
      }
    }
    text.append(ctx.fill("{Y}年,{R}认真履行职责,各项重点任务顺利完成。现将有关情况报告如下:", layout, Topic.GENERAL))
        .append('\n');
    int split = (int) Math.round(words.size() * ACHIEVEMENTS_SHARE);
    int[] cuts = new int[3];
    cuts[0] = text.length();
    text.append("一、").append(ctx.fill(Seeds.pick(layout, ACHIEVEMENT_HEADINGS), layout, Topic.GENERAL)).append('\n');
    paragraphs(text, words.subList(0, split), layout);
    cuts[1] = text.length();
    text.append("二、").append(ctx.fill(Seeds.pick(layout, PLAN_HEADINGS), layout, Topic.GENERAL)).append('\n');
    paragraphs(text, words.subList(split, words.size()), layout);
    cuts[2] = text.length();
    text.append(plan.issuer()).append('\n').append(ReportComposer.chineseDate(plan.published()));

    String written = text.toString();
    int[][] pieces = counter.countPieces(written, cuts);
    return new ComposedReport(plan, title, written, sum(pieces), sectionCounts(pieces),
        new DocumentTopics(mixture, perTopic));
  }

  /** n words, each from a topic drawn from θ; counts each topic's words in {@code perTopic}. */
  private List<String> drawWords(TopicMixture mixture, int n, Random rng, int[] perTopic) {
    List<String> words = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int z = mixture.drawTopic(rng);
      perTopic[z]++;
      words.add(topics.get(z).draw(rng));
    }
    return words;
  }

  /** A title of the genre that holds no term; the last draw if none comes out clean. */
  private String title(ReportContext ctx, Random rng) {
    String title = null;
    for (int i = 0; i < TITLE_TRIES; i++) {
      title = ctx.fill(ctx.pick(rng, "title", Topic.GENERAL), rng, Topic.GENERAL);
      if (!counter.containsAny(title)) {
        break;
      }
    }
    return title;
  }

  /**
   * The words as sentences of {@link #MIN_SENTENCE} to {@link #MAX_SENTENCE} (a part with fewer
   * words makes one shorter sentence), two to five sentences a line.
   */
  static void paragraphs(StringBuilder out, List<String> words, Random rng) {
    int i = 0;
    int inParagraph = 0;
    int paragraphSize = 2 + rng.nextInt(4);
    while (i < words.size()) {
      int left = words.size() - i;
      int size = left <= MAX_SENTENCE ? left
          : Math.min(MIN_SENTENCE + rng.nextInt(MAX_SENTENCE - MIN_SENTENCE + 1), left - MIN_SENTENCE);
      for (int j = 0; j < size; j++) {
        if (j > 0) {
          out.append(rng.nextDouble() < 0.25 ? '、' : ',');
        }
        out.append(words.get(i + j));
      }
      out.append('。');
      i += size;
      if (++inParagraph == paragraphSize || i == words.size()) {
        out.append('\n');
        inParagraph = 0;
        paragraphSize = 2 + rng.nextInt(4);
      }
    }
  }

  private static int[] sum(int[][] pieces) {
    int[] total = new int[pieces[0].length];
    for (int[] piece : pieces) {
      for (int t = 0; t < total.length; t++) {
        total[t] += piece[t];
      }
    }
    return total;
  }

  /** Pieces: before 一、, the achievements, the plans, the signature; the first and last are other. */
  private static int[][] sectionCounts(int[][] pieces) {
    int terms = pieces[0].length;
    int[][] counts = new int[ComposedReport.SECTION_KINDS.size()][terms];
    counts[ACHIEVEMENTS] = pieces[1];
    counts[PLANS] = pieces[2];
    for (int t = 0; t < terms; t++) {
      counts[ComposedReport.OTHER][t] = pieces[0][t] + pieces[3][t];
    }
    return counts;
  }
}
