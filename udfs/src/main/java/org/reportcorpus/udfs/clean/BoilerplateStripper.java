package org.reportcorpus.udfs.clean;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes site chrome and wrappers from a normalized document, keeping every removed piece and the
 * facts the chrome carried. The rules come from conf/boilerplate.tsv (format in its header).
 *
 * <ol>
 *   <li>page metadata lines (a known label and ':' at the start: 索引号, 文件编号, 发布机构…) are read
 *       into {@link PageMetadata}, then removed;
 *   <li>dateline lines ({@code ( 2021-09-03 ) 稿件来源: 法治日报…}) are read, then removed;
 *   <li>lines that are chrome as a whole are removed: breadcrumbs, view counters, share prompts,
 *       licence footers, PDF page numbers, separator lines;
 *   <li>inline chrome ({@code 【字号:加大 还原 减小】}, a trailing {@code |}) is cut out of its line; a
 *       line left without a letter or digit goes whole. Lines longer than {@code max_line_chars}
 *       are body paragraphs: only inline rules apply to them;
 *   <li>a footer rule matching near the end removes its line and everything after it (the wiki
 *       licence under the State Council's work reports);
 *   <li>running headers: a short line repeated on every page is kept once, where it first appears;
 *   <li>a body printed twice (a run of lines of at least {@code min_repeat_chars} characters that
 *       occurs again later) keeps its last copy: pages that repeat an article show it first as a
 *       teaser above the headline and then in full under it.
 * </ol>
 *
 * <p>The text keeps its line structure: two kept lines are separated by a blank line when the
 * source had one between them. Pure and thread-safe; patterns are compiled once, when the rules
 * are parsed.
 */
public final class BoilerplateStripper implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String SOURCE = "boilerplate.tsv";

  private static final Pattern SPACES = Pattern.compile("\\s{2,}");
  /** Longest line taken for the wrapped tail of a stripped metadata line. */
  private static final int MAX_WRAPPED_TAIL = 24;

  static final int DEFAULT_MIN_REPEAT_CHARS = 200;
  static final int DEFAULT_FOOTER_WINDOW = 60;
  static final int DEFAULT_MAX_LINE_CHARS = 300;

  /** Page metadata field names a {@code field} rule may fill. */
  static final List<String> FIELD_NAMES =
      List.of("index_number", "doc_number", "publisher", "generated_date", "public_date", "title", "source", "-");

  private record Field(Pattern label, String name) implements Serializable {}

  private record Dateline(Pattern pattern, LiteralGate gate, boolean hasDate, boolean hasSource)
      implements Serializable {}

  /** A rule with the literals its matches contain; the pattern runs only on a line that has one. */
  private record Gated(Pattern pattern, LiteralGate gate) implements Serializable {}

  private record Windowed(Pattern pattern, int arg) implements Serializable {}

  /** The line rules without a gate, as one pattern (null if none), and those with one. */
  private final Pattern wholeLine;
  private final List<Gated> gatedLines;
  private final Pattern inline;
  /** The inline rules' gates as one, or null when one of them has none: the inline pattern always runs. */
  private final LiteralGate inlineGate;
  private final List<Field> fields;
  private final Pattern fieldStart;
  private final Pattern fieldLabel;
  private final List<Dateline> datelines;
  private final List<Windowed> footers;
  private final List<Windowed> repeated;
  private final int minRepeatChars;
  private final int maxLineChars;

  private BoilerplateStripper(
      List<String> lineRules,
      List<String> inlineRules,
      List<Field> fields,
      List<String> labelRules,
      List<Dateline> datelines,
      List<Windowed> footers,
      List<Windowed> repeated,
      int minRepeatChars,
      int maxLineChars) {
    List<String> ungated = new ArrayList<>();
    List<Gated> gated = new ArrayList<>();
    for (String rule : lineRules) {
      LiteralGate gate = LiteralGate.of(rule);
      if (gate == null) {
        ungated.add(rule);
      } else {
        gated.add(new Gated(Pattern.compile(rule, RuleTable.FLAGS), gate));
      }
    }
    // A line matches the union of whole-line rules when it matches one of them, so the rules can
    // be split between one union and gated single patterns. Inline rules stay one union (which
    // match wins where two overlap depends on it), run when any of their gates opens.
    this.wholeLine = union(ungated, "", "");
    this.gatedLines = List.copyOf(gated);
    this.inline = union(inlineRules, "", "");
    this.inlineGate = LiteralGate.anyOf(inlineRules.stream().map(LiteralGate::of).toList());
    this.fields = List.copyOf(fields);
    this.fieldStart = union(labelRules, "\\s*(?:", ")\\s*[:\\uFF1A]");
    this.fieldLabel = union(labelRules, "(?<label>", ")\\s*[:\\uFF1A]");
    this.datelines = List.copyOf(datelines);
    this.footers = List.copyOf(footers);
    this.repeated = List.copyOf(repeated);
    this.minRepeatChars = minRepeatChars;
    this.maxLineChars = maxLineChars;
  }

  /** The rules of a boilerplate.tsv; fails on an unknown kind or a bad pattern, naming the line. */
  public static BoilerplateStripper parse(String tsv) {
    List<String> lineRules = new ArrayList<>();
    List<String> inlineRules = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    List<String> labelRules = new ArrayList<>();
    List<Dateline> datelines = new ArrayList<>();
    List<Windowed> footers = new ArrayList<>();
    List<Windowed> repeated = new ArrayList<>();
    int minRepeatChars = DEFAULT_MIN_REPEAT_CHARS;
    int maxLineChars = DEFAULT_MAX_LINE_CHARS;
    for (RuleTable.Row row : RuleTable.rows(tsv, SOURCE, "kind")) {
      String kind = row.col(0);
      switch (kind) {
        case "line" -> lineRules.add(row.pattern(1).pattern());
        case "inline" -> inlineRules.add(row.pattern(1).pattern());
        case "field" -> {
          String name = row.col(2);
          if (!FIELD_NAMES.contains(name)) {
            throw row.error("field name must be one of " + FIELD_NAMES + " but got '" + name + "'");
          }
          fields.add(new Field(row.pattern(1), name));
          labelRules.add(row.pattern(1).pattern());
        }
        case "dateline" -> {
          Pattern p = row.pattern(1);
          boolean hasDate = p.pattern().contains("(?<date>");
          boolean hasSource = p.pattern().contains("(?<source>");
          if (!hasDate && !hasSource) {
            throw row.error("a dateline pattern needs a (?<date>…) or (?<source>…) group");
          }
          datelines.add(new Dateline(p, LiteralGate.of(p.pattern()), hasDate, hasSource));
        }
        case "footer" -> footers.add(new Windowed(row.pattern(1), intArg(row, 2, DEFAULT_FOOTER_WINDOW)));
        case "repeated" -> repeated.add(new Windowed(row.pattern(1), intArg(row, 2, 3)));
        case "setting" -> {
          switch (row.col(1)) {
            case "min_repeat_chars" -> minRepeatChars = intArg(row, 2, DEFAULT_MIN_REPEAT_CHARS);
            case "max_line_chars" -> maxLineChars = intArg(row, 2, DEFAULT_MAX_LINE_CHARS);
            default -> throw row.error(
                "unknown setting '" + row.col(1) + "' (expected min_repeat_chars or max_line_chars)");
          }
        }
        default -> throw row.error(
            "unknown kind '" + kind + "' (expected line, inline, field, dateline, footer, repeated or setting)");
      }
    }
    return new BoilerplateStripper(
        lineRules, inlineRules, fields, labelRules, datelines, footers, repeated, minRepeatChars, maxLineChars);
  }

  private static int intArg(RuleTable.Row row, int col, int defaultValue) {
    String value = row.col(col);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      int n = Integer.parseInt(value);
      if (n < 1) {
        throw row.error("column " + (col + 1) + " must be a positive number but got " + value);
      }
      return n;
    } catch (NumberFormatException e) {
      throw row.error("column " + (col + 1) + " must be a number but got '" + value + "'");
    }
  }

  /** One pattern matching any of {@code rules}, each wrapped in its own group; null if none. */
  private static Pattern union(List<String> rules, String before, String after) {
    if (rules.isEmpty()) {
      return null;
    }
    StringJoiner alternatives = new StringJoiner("|", before + "(?:", ")" + after);
    rules.forEach(r -> alternatives.add("(?:" + r + ")"));
    return Pattern.compile(alternatives.toString(), RuleTable.FLAGS);
  }

  /**
   * The body of {@code text} without boilerplate, with what was removed and what the chrome said.
   * A null text gives a null body and nothing stripped.
   */
  public CleanedText strip(String text) {
    if (text == null) {
      return new CleanedText(null, List.of(), PageMetadata.EMPTY, null, null, null);
    }
    Work work = new Work(text.split("\n", -1));
    for (int i = 0; i < work.lines.length; i++) {
      String line = work.kept[i];
      if (!line.isEmpty() && !work.removed[i]) {
        stripLine(work, i, line);
      }
    }
    stripFooters(work);
    stripRunningHeaders(work);
    keepLastCopyOfRepeatedBody(work);
    return new CleanedText(work.text(), work.stripped(), work.page(), work.pageTitle, work.source, work.datelineDate);
  }

  private void stripLine(Work work, int i, String line) {
    if (line.length() > maxLineChars) {
      // A line this long is a paragraph of the body; only inline chrome can sit on it.
      cutInline(work, i, line);
      return;
    }
    if (fieldStart != null && fieldStart.matcher(line).lookingAt()) {
      readFields(work, line);
      work.remove(i, line);
      removeWrappedTail(work, i + 1);
      return;
    }
    for (Dateline dateline : datelines) {
      if (dateline.gate != null && !dateline.gate.mayMatch(line)) {
        continue;
      }
      Matcher m = dateline.pattern.matcher(line);
      if (m.matches()) {
        if (dateline.hasDate && work.datelineDate == null) {
          work.datelineDate = Dates.first(m.group("date"));
        }
        if (dateline.hasSource && work.source == null) {
          work.source = blankToNull(m.group("source"));
        }
        work.remove(i, line);
        return;
      }
    }
    if (isChromeLine(line)) {
      work.remove(i, line);
      return;
    }
    cutInline(work, i, line);
  }

  private boolean isChromeLine(String line) {
    if (wholeLine != null && wholeLine.matcher(line).matches()) {
      return true;
    }
    for (Gated rule : gatedLines) {
      if (rule.gate.mayMatch(line) && rule.pattern.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  private boolean mayHaveInline(String line) {
    return inline != null && (inlineGate == null || inlineGate.mayMatch(line));
  }

  /**
   * A PDF wraps a long metadata line; its tail ("020-11-24") lands on the next line, with no Han
   * characters of its own. It belongs to the stripped line before it.
   */
  private static void removeWrappedTail(Work work, int next) {
    if (next < work.lines.length) {
      String tail = work.kept[next];
      if (!tail.isEmpty() && tail.length() <= MAX_WRAPPED_TAIL && tail.codePoints()
          .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        work.remove(next, tail);
      }
    }
  }

  private void cutInline(Work work, int i, String line) {
    if (!mayHaveInline(line)) {
      return;
    }
    Matcher m = inline.matcher(line);
    StringBuilder rest = null;
    List<String> fragments = null;
    int last = 0;
    while (m.find()) {
      if (m.end() == m.start()) {
        continue;
      }
      if (rest == null) {
        rest = new StringBuilder(line.length());
        fragments = new ArrayList<>(2);
      }
      rest.append(line, last, m.start());
      String fragment = m.group().strip();
      if (!fragment.isEmpty()) {
        fragments.add(fragment);
      }
      last = m.end();
    }
    if (rest == null) {
      return;
    }
    rest.append(line, last, line.length());
    String remainder = SPACES.matcher(rest).replaceAll(" ").strip();
    if (!hasContent(remainder)) {
      work.remove(i, line);
    } else {
      work.kept[i] = remainder;
      work.note(i, fragments);
    }
  }

  /** Every "label: value" pair on a page metadata line; the first value of each field wins. */
  private void readFields(Work work, String line) {
    Matcher m = fieldLabel.matcher(line);
    List<int[]> spans = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      labels.add(m.group("label"));
    }
    for (int k = 0; k < spans.size(); k++) {
      int end = k + 1 < spans.size() ? spans.get(k + 1)[0] : line.length();
      String value = line.substring(spans.get(k)[1], end);
      if (inline != null) {
        value = inline.matcher(value).replaceAll(" ");
      }
      value = SPACES.matcher(value).replaceAll(" ").strip();
      String name = fieldName(labels.get(k).strip());
      if (!value.isEmpty() && name != null) {
        work.field(name, value);
      }
    }
  }

  private String fieldName(String label) {
    for (Field field : fields) {
      if (field.label.matcher(label).matches()) {
        return field.name;
      }
    }
    return null;
  }

  private void stripFooters(Work work) {
    for (Windowed footer : footers) {
      int seen = 0;
      int start = work.lines.length;
      // Walk back over the last `window` non-blank lines; the earliest match opens the footer.
      for (int i = work.lines.length - 1; i >= 0 && seen < footer.arg; i--) {
        String original = work.lines[i].strip();
        if (original.isEmpty()) {
          continue;
        }
        seen++;
        if (footer.pattern.matcher(original).matches()) {
          start = i;
        }
      }
      for (int i = start; i < work.lines.length; i++) {
        if (!work.removed[i] && !work.kept[i].isEmpty()) {
          work.remove(i, work.kept[i]);
        }
      }
    }
  }

  private void stripRunningHeaders(Work work) {
    for (Windowed rule : repeated) {
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i < work.lines.length; i++) {
        String line = work.kept[i];
        if (!work.removed[i] && !line.isEmpty() && rule.pattern.matcher(line).matches()) {
          counts.merge(line, 1, Integer::sum);
        }
      }
      Map<String, Boolean> firstKept = new HashMap<>();
      for (int i = 0; i < work.lines.length; i++) {
        String line = work.kept[i];
        if (!work.removed[i] && counts.getOrDefault(line, 0) >= rule.arg
            && firstKept.putIfAbsent(line, Boolean.TRUE) != null) {
          work.remove(i, line);
        }
      }
    }
  }

  /**
   * Finds a run of lines that occurs again further down (at least {@link #minRepeatChars}
   * characters) and drops the earlier copy, as one stripped entry. Linear in the number of lines
   * apart from the run comparisons, which only walk runs that are equal.
   */
  private void keepLastCopyOfRepeatedBody(Work work) {
    List<Integer> body = new ArrayList<>();
    for (int i = 0; i < work.lines.length; i++) {
      if (!work.removed[i] && !work.kept[i].isEmpty()) {
        body.add(i);
      }
    }
    Map<String, Integer> firstAt = new HashMap<>();
    for (int a = 0; a < body.size(); a++) {
      String line = work.kept[body.get(a)];
      Integer p = firstAt.get(line);
      if (p != null) {
        int k = 0;
        int chars = 0;
        while (p + k < a && a + k < body.size()
            && work.kept[body.get(p + k)].equals(work.kept[body.get(a + k)])) {
          chars += work.kept[body.get(p + k)].length();
          k++;
        }
        if (chars >= minRepeatChars) {
          StringJoiner copy = new StringJoiner("\n");
          for (int t = 0; t < k; t++) {
            int i = body.get(p + t);
            copy.add(work.kept[i]);
            work.removed[i] = true;
          }
          work.note(body.get(p), List.of(copy.toString()));
          for (int t = 0; t < k; t++) {
            firstAt.put(work.kept[body.get(a + t)], a + t);
          }
          a += k - 1;
          continue;
        }
      }
      firstAt.putIfAbsent(line, a);
    }
  }

  private static boolean hasContent(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The state of one document while it is being stripped. */
  private static final class Work {
    final String[] lines;
    final String[] kept;
    final boolean[] removed;
    final List<List<String>> notes;
    final Map<String, String> fields = new HashMap<>();
    String pageTitle;
    String source;
    String datelineDate;

    Work(String[] lines) {
      this.lines = lines;
      this.kept = new String[lines.length];
      for (int i = 0; i < lines.length; i++) {
        kept[i] = lines[i].strip();
      }
      this.removed = new boolean[lines.length];
      this.notes = new ArrayList<>(Collections.nCopies(lines.length, (List<String>) null));
    }

    void remove(int i, String line) {
      removed[i] = true;
      note(i, List.of(line));
    }

    void note(int i, List<String> pieces) {
      if (notes.get(i) == null) {
        notes.set(i, new ArrayList<>(pieces.size()));
      }
      notes.get(i).addAll(pieces);
    }

    void field(String name, String value) {
      switch (name) {
        case "title" -> pageTitle = pageTitle == null ? value : pageTitle;
        case "source" -> source = source == null ? value : source;
        case "generated_date", "public_date" -> {
          String date = Dates.first(value);
          if (date != null) {
            fields.putIfAbsent(name, date);
          }
        }
        case "-" -> { }
        default -> fields.putIfAbsent(name, value);
      }
    }

    PageMetadata page() {
      if (fields.isEmpty()) {
        return PageMetadata.EMPTY;
      }
      return new PageMetadata(fields.get("index_number"), fields.get("doc_number"), fields.get("publisher"),
          fields.get("generated_date"), fields.get("public_date"));
    }

    List<String> stripped() {
      List<String> out = new ArrayList<>();
      for (List<String> pieces : notes) {
        if (pieces != null) {
          out.addAll(pieces);
        }
      }
      return out;
    }

    String text() {
      StringBuilder out = new StringBuilder();
      boolean blankBefore = false;
      for (int i = 0; i < lines.length; i++) {
        if (removed[i]) {
          continue;
        }
        if (kept[i].isEmpty()) {
          blankBefore = true;
          continue;
        }
        if (out.length() > 0) {
          out.append(blankBefore ? "\n\n" : "\n");
        }
        out.append(kept[i]);
        blankBefore = false;
      }
      return out.toString();
    }
  }
}
