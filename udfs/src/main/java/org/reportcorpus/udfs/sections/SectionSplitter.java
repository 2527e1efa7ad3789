package org.reportcorpus.udfs.sections;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcorpus.udfs.clean.RuleTable;

/**
 * Splits a report into its top-level numbered parts and classifies each, with rules from
 * conf/sections.tsv (format in its header).
 *
 * <ol>
 *   <li>Heading styles are tried by rank (一、 before (一) before 一是 before 1.); the first style
 *       with a run of at least two headings numbered 1, 2, 3… (out-of-sequence matches skipped)
 *       makes the top level. A heading starts a line, or follows a space or ':' (reports whose
 *       paragraphs were joined with spaces).
 *   <li>Sub-parts ((一), 一是, 1. under 一、) stay inside their top-level part: one row per part
 *       keeps n_chars per kind additive and the kind is decided where the report decides it.
 *   <li>Text before the first heading is the preamble: ordinal 0, kind other, no heading. A
 *       document without headings is all preamble.
 *   <li>In the last part, a paragraph matching a {@code break} rule (「下一步,…」, 「2018年是…之年」)
 *       opens an unnumbered closing part of the rule's kind, unless the last part already is of
 *       that kind.
 *   <li>Each part's heading is classified by the first kind rule that applies (doc type, year
 *       condition) and matches; none → other.
 *   <li>The signature block is not part of any section (the caller passes where it starts).
 * </ol>
 *
 * <p>Pure and thread-safe; one pass over the text per heading style tried.
 */
public final class SectionSplitter implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String SOURCE = "sections.tsv";

  public static final String PREAMBLE_KIND = "other";

  static final Set<String> KINDS = Set.of("achievements", "responsibility", "shortcomings", "plans", "other");

  /** Longest heading kept; a heading without a terminator is cut here. */
  static final int MAX_HEADING = 80;

  private record HeadingStyle(int rank, Pattern pattern) implements Serializable {}

  private record Break(String kind, Pattern pattern) implements Serializable {}

  private enum Condition { ANY, DOC_TYPES, YEAR_AFTER, YEAR_OF, YEAR_BEFORE }

  private record KindRule(String kind, Condition condition, Set<String> docTypes, Pattern pattern)
      implements Serializable {}

  private record Heading(int start, int end, int textStart, String text) {}

  private final List<HeadingStyle> styles;
  private final List<Break> breaks;
  private final List<KindRule> kinds;

  private SectionSplitter(List<HeadingStyle> styles, List<Break> breaks, List<KindRule> kinds) {
    List<HeadingStyle> byRank = new ArrayList<>(styles);
    byRank.sort((a, b) -> Integer.compare(a.rank, b.rank));
    this.styles = List.copyOf(byRank);
    this.breaks = List.copyOf(breaks);
    this.kinds = List.copyOf(kinds);
  }

  /** The rules of a sections.tsv: columns rule, arg, pattern. */
  public static SectionSplitter parse(String tsv) {
    List<HeadingStyle> styles = new ArrayList<>();
    List<Break> breaks = new ArrayList<>();
    List<KindRule> kinds = new ArrayList<>();
    for (RuleTable.Row row : RuleTable.rows(tsv, SOURCE, "rule")) {
      String rule = row.col(0);
      String arg = row.col(1);
      if (rule.equals("heading")) {
        Pattern p = row.pattern(2);
        if (!p.pattern().contains("(?<num>")) {
          throw row.error("a heading pattern needs a (?<num>…) group holding the number");
        }
        try {
          styles.add(new HeadingStyle(Integer.parseInt(arg), p));
        } catch (NumberFormatException e) {
          throw row.error("heading rank must be a number but got '" + arg + "'");
        }
      } else if (rule.equals("break")) {
        breaks.add(new Break(kind(arg, row), row.pattern(2)));
      } else if (KINDS.contains(rule)) {
        kinds.add(kindRule(rule, arg, row));
      } else {
        throw row.error("unknown rule '" + rule + "' (expected heading, break or one of " + KINDS + ")");
      }
    }
    return new SectionSplitter(styles, breaks, kinds);
  }

  private static String kind(String kind, RuleTable.Row row) {
    if (!KINDS.contains(kind)) {
      throw row.error("kind must be one of " + KINDS + " but got '" + kind + "'");
    }
    return kind;
  }

  private static KindRule kindRule(String kind, String when, RuleTable.Row row) {
    Pattern p = row.pattern(2);
    Condition condition = switch (when) {
      case "*", "" -> Condition.ANY;
      case "year>report" -> Condition.YEAR_AFTER;
      case "year=report" -> Condition.YEAR_OF;
      case "year<report" -> Condition.YEAR_BEFORE;
      default -> Condition.DOC_TYPES;
    };
    if (condition.name().startsWith("YEAR") && !p.pattern().contains("(?<year>")) {
      throw row.error("a " + when + " rule needs a (?<year>…) group in its pattern");
    }
    Set<String> docTypes = condition == Condition.DOC_TYPES
        ? Set.copyOf(Arrays.asList(when.toLowerCase(Locale.ROOT).split("\\s*,\\s*")))
        : Set.of();
    return new KindRule(kind, condition, docTypes, p);
  }

  /**
   * The sections of {@code text} up to {@code end} (where the signature starts; the text's length
   * when there is none). Null or blank text gives no sections.
   *
   * @param docType the document's type, for rules limited to some types (may be null)
   * @param reportYear the year the report covers, for year rules (may be null)
   */
  public List<Section> split(String text, int end, String docType, Integer reportYear) {
    if (text == null) {
      return List.of();
    }
    int limit = Math.max(0, Math.min(end, text.length()));
    List<Heading> headings = topLevel(text, limit);
    List<Section> sections = new ArrayList<>();
    int firstStart = headings.isEmpty() ? limit : headings.get(0).start;
    String preamble = text.substring(0, firstStart).strip();
    if (!preamble.isEmpty()) {
      sections.add(new Section(0, PREAMBLE_KIND, null, preamble));
    }
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      boolean last = i == headings.size() - 1;
      int partEnd = last ? limit : headings.get(i + 1).start;
      String kind = classify(h.text, docType, reportYear);
      Closing closing = last ? closingPart(text, h.textStart, partEnd) : null;
      if (closing != null && closing.kind.equals(kind)) {
        closing = null; // 「下一步,…」 inside a plans part is part of the plans
      }
      int textEnd = closing == null ? partEnd : closing.start;
      sections.add(new Section(i + 1, kind, h.text, text.substring(h.textStart, textEnd).strip()));
      if (closing != null) {
        sections.add(new Section(i + 2, closing.kind, null, text.substring(closing.start, partEnd).strip()));
      }
    }
    return sections;
  }

  /** Headings of the first style (by rank) that numbers at least two parts 1, 2, … in order. */
  private List<Heading> topLevel(String text, int limit) {
    for (HeadingStyle style : styles) {
      List<int[]> run = new ArrayList<>(); // {start, end of the number marker}
      Matcher m = style.pattern.matcher(text).region(0, limit);
      int expected = 1;
      while (m.find()) {
        if (m.end() == m.start() || !atBoundary(text, m.start()) || number(m.group("num")) != expected) {
          continue;
        }
        run.add(new int[] {m.start(), m.end()});
        expected++;
      }
      if (run.size() >= 2) {
        List<Heading> headings = new ArrayList<>(run.size());
        for (int i = 0; i < run.size(); i++) {
          // A heading never runs into the next one (「1. 2. 3.」 lists of bare numbers).
          int next = i + 1 < run.size() ? run.get(i + 1)[0] : limit;
          headings.add(heading(text, run.get(i)[0], run.get(i)[1], next));
        }
        return headings;
      }
    }
    return List.of();
  }

  private static boolean atBoundary(String text, int start) {
    if (start == 0) {
      return true;
    }
    char before = text.charAt(start - 1);
    return Character.isWhitespace(before) || before == ':' || before == ':';
  }

  /** The heading from its number to a line end, a full stop, a space or {@link #MAX_HEADING}. */
  private static Heading heading(String text, int start, int markerEnd, int limit) {
    int i = markerEnd;
    while (i < limit && text.charAt(i) == ' ') {
      i++;
    }
    int stop = Math.min(limit, start + MAX_HEADING);
    int end = i;
    while (end < stop) {
      char c = text.charAt(end);
      if (c == '\n' || c == '。' || (Character.isWhitespace(c) && end > i)) {
        break;
      }
      end++;
    }
    int textStart = end < limit && text.charAt(end) == '。' ? end + 1 : end;
    return new Heading(start, end, textStart, text.substring(start, end).strip());
  }

  /** An unnumbered closing part: where it starts and the kind of the break rule that opened it. */
  private record Closing(int start, String kind) {}

  /** The earliest break inside [from, to) after the part's first paragraph has begun, or null. */
  private Closing closingPart(String text, int from, int to) {
    int firstParagraph = from;
    while (firstParagraph < to && Character.isWhitespace(text.charAt(firstParagraph))) {
      firstParagraph++;
    }
    Closing best = null;
    for (Break b : breaks) {
      Matcher m = b.pattern.matcher(text).region(Math.min(firstParagraph + 1, to), to);
      m.useTransparentBounds(true).useAnchoringBounds(false);
      while (m.find() && (best == null || m.start() < best.start)) {
        if (m.end() > m.start() && atBoundary(text, m.start())) {
          best = new Closing(m.start(), b.kind);
          break;
        }
      }
    }
    return best;
  }

  /** The kind of a part with this heading; other when no rule matches. */
  String classify(String heading, String docType, Integer reportYear) {
    if (heading == null) {
      return PREAMBLE_KIND;
    }
    for (KindRule rule : kinds) {
      if (rule.condition == Condition.DOC_TYPES && (docType == null || !rule.docTypes.contains(docType))) {
        continue;
      }
      Matcher m = rule.pattern.matcher(heading);
      if (!m.find()) {
        continue;
      }
      if (rule.condition == Condition.ANY || rule.condition == Condition.DOC_TYPES || yearHolds(rule, m, reportYear)) {
        return rule.kind;
      }
    }
    return "other";
  }

  private static boolean yearHolds(KindRule rule, Matcher m, Integer reportYear) {
    if (reportYear == null || m.group("year") == null) {
      return false;
    }
    int year = Integer.parseInt(m.group("year"));
    return switch (rule.condition) {
      case YEAR_AFTER -> year > reportYear;
      case YEAR_OF -> year == reportYear;
      case YEAR_BEFORE -> year < reportYear;
      default -> false;
    };
  }

  /** 1–99 written 一 … 九十九 (also 〇/两), or in digits; -1 otherwise. */
  static int number(String numeral) {
    if (numeral == null || numeral.isEmpty()) {
      return -1;
    }
    if (Character.isDigit(numeral.charAt(0))) {
      try {
        return Integer.parseInt(numeral);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    int ten = numeral.indexOf('十');
    if (ten < 0) {
      return numeral.length() == 1 ? digit(numeral.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : ten == 1 ? digit(numeral.charAt(0)) : -1;
    int ones = ten == numeral.length() - 1 ? 0 : ten == numeral.length() - 2 ? digit(numeral.charAt(ten + 1)) : -1;
    return tens < 1 || ones < 0 ? -1 : tens * 10 + ones;
  }

  private static int digit(char c) {
    return "〇一二三四五六七八九".indexOf(c) >= 0 ? "〇一二三四五六七八九".indexOf(c) : c == '两' ? 2 : -1;
  }
}
