package org.reportcorpus.udfs.clean;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text every match of a rule pattern must contain, read off the pattern's source: one of a few
 * literal strings ({@code 版权所有}, {@code 主办单位}…). A line holding none of them cannot match, so
 * the pattern need not run on it: on body text, where chrome rules never match, that check costs a
 * few {@code indexOf}s where the regex engine backtracks through every {@code .{0,60}} prefix.
 *
 * <p>Conservative by construction: {@link #of} returns null (no gate; run the pattern) for any form
 * it does not read fully — {@code \Q…\E}, comments mode, an unknown escape; a character class,
 * {@code .}, a lookaround or an optional part requires nothing. Literals under {@code (?i)} are
 * looked for ignoring case, with {@link String#regionMatches(boolean, int, String, int, int)}, which
 * accepts every pair of characters the regex engine's Unicode case folding accepts.
 */
public final class LiteralGate implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Most strings a run of fixed parts may expand to before it is cut. */
  private static final int MAX_STRINGS = 64;

  /** A literal; {@code ignoreCase} when it stood under {@code (?i)} and has a letter with case. */
  private record Literal(String text, boolean ignoreCase) implements Serializable {}

  /** A literal as looked for: under {@code (?i)}, the characters its first one matches. */
  private record Probe(String text, char[] firsts) implements Serializable {
    static Probe of(Literal literal) {
      if (!literal.ignoreCase) {
        return new Probe(literal.text, null);
      }
      StringBuilder firsts = new StringBuilder();
      String first = literal.text.substring(0, 1);
      for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
        if (first.regionMatches(true, 0, String.valueOf((char) c), 0, 1)) {
          firsts.append((char) c);
        }
      }
      return new Probe(literal.text, firsts.toString().toCharArray());
    }

    boolean foundIn(String text) {
      if (firsts == null) {
        return text.contains(this.text);
      }
      for (int i = 0, last = text.length() - this.text.length(); i <= last; i++) {
        char c = text.charAt(i);
        for (char f : firsts) {
          if (c == f && text.regionMatches(true, i, this.text, 0, this.text.length())) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private final List<Probe> probes;

  private LiteralGate(List<Probe> probes) {
    this.probes = List.copyOf(probes);
  }

  /**
   * The gate of a union of patterns: open where any of theirs is; null (always run) when one of
   * them has none.
   */
  public static LiteralGate anyOf(List<LiteralGate> gates) {
    if (gates.isEmpty() || gates.contains(null)) {
      return null;
    }
    return new LiteralGate(gates.stream().flatMap(g -> g.probes.stream()).toList());
  }

  /**
   * A literal under {@code (?i)} with Han characters ({@code ICP证}) is looked for by its longest
   * run without letters that have case ({@code 证}): found with a plain {@code indexOf}.
   */
  private static Literal narrowed(Literal literal) {
    if (!literal.ignoreCase) {
      return literal;
    }
    String best = "";
    int start = 0;
    String text = literal.text;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || !Parser.caseless(text.charAt(i))) {
        String run = text.substring(start, i);
        if (run.length() > best.length() && run.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
          best = run;
        }
        start = i + 1;
      }
    }
    return best.isEmpty() ? literal : new Literal(best, false);
  }

  /** The gate of {@code regex} compiled with {@link RuleTable#FLAGS}; see {@link #of(String, int)}. */
  public static LiteralGate of(String regex) {
    return of(regex, RuleTable.FLAGS);
  }

  /**
   * The gate of {@code regex} compiled with {@code flags}, or null when the pattern requires no
   * literal the reader can name (or the flags change what a literal is: comments, literal mode).
   */
  public static LiteralGate of(String regex, int flags) {
    if ((flags & (Pattern.COMMENTS | Pattern.LITERAL
        | Pattern.CANON_EQ)) != 0) {
      return null;
    }
    try {
      Parser parser = new Parser(regex, (flags & Pattern.CASE_INSENSITIVE) != 0);
      Part part = parser.alternation();
      if (parser.pos != regex.length()) {
        return null; // an unbalanced ')': not ours to judge
      }
      List<Literal> required = part.required();
      return required == null ? null
          : new LiteralGate(required.stream().map(LiteralGate::narrowed).map(Probe::of).toList());
    } catch (Unsupported e) {
      return null;
    }
  }

  /** False only when no match of the pattern can lie in {@code text}. */
  public boolean mayMatch(String text) {
    for (Probe probe : probes) {
      if (probe.foundIn(text)) {
        return true;
      }
    }
    return false;
  }

  /** The literals looked for, one of which every match contains (for tests and messages). */
  public List<String> literals() {
    return probes.stream().map(Probe::text).toList();
  }

  /**
   * What a part of a pattern says about its matches: it matches exactly one of {@code fixed}, or
   * every match contains one of {@code contains}, or nothing is known ({@code both null}).
   */
  private record Part(List<Literal> fixed, List<Literal> contains) {
    static final Part NOTHING = new Part(null, null);
    static final Part EMPTY = new Part(List.of(new Literal("", false)), null);

    List<Literal> required() {
      List<Literal> set = fixed != null ? fixed : contains;
      if (set == null || set.stream().anyMatch(l -> l.text.isEmpty())) {
        return null;
      }
      return set;
    }

    /** The part repeated at least once: what it contains, no longer what it is. */
    Part repeated() {
      List<Literal> set = required();
      return set == null ? NOTHING : new Part(null, set);
    }
  }

  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** A recursive reader of Java regex syntax, just deep enough to find required literals. */
  private static final class Parser {
    private final String s;
    private int pos;
    private boolean ignoreCase;

    Parser(String s, boolean ignoreCase) {
      this.s = s;
      this.ignoreCase = ignoreCase;
    }

    /** alternatives separated by '|', up to ')' or the end. */
    Part alternation() {
      List<Part> alternatives = new ArrayList<>();
      alternatives.add(sequence());
      while (pos < s.length() && s.charAt(pos) == '|') {
        pos++;
        alternatives.add(sequence());
      }
      if (alternatives.size() == 1) {
        return alternatives.get(0);
      }
      if (alternatives.stream().allMatch(a -> a.fixed != null)) {
        return new Part(union(alternatives.stream().map(Part::fixed).toList()), null);
      }
      List<List<Literal>> sets = new ArrayList<>();
      for (Part alternative : alternatives) {
        List<Literal> set = alternative.required();
        if (set == null) {
          return Part.NOTHING;
        }
        sets.add(set);
      }
      return new Part(null, union(sets));
    }

    /** Items up to '|', ')' or the end. */
    Part sequence() {
      List<Literal> run = List.of(new Literal("", false)); // the fixed strings of the current run
      boolean allFixed = true;
      List<List<Literal>> candidates = new ArrayList<>();
      while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
        Part item = quantified(atom());
        if (item.fixed != null && run.size() * item.fixed.size() <= MAX_STRINGS) {
          run = concat(run, item.fixed);
          continue;
        }
        candidates.add(run);
        if (item.fixed != null) {
          run = item.fixed;
        } else {
          allFixed = false;
          run = List.of(new Literal("", false));
          if (item.contains != null) {
            candidates.add(item.contains);
          }
        }
      }
      if (allFixed && candidates.isEmpty()) {
        return new Part(run, null);
      }
      candidates.add(run);
      return candidates.stream()
          .filter(c -> c.stream().noneMatch(l -> l.text.isEmpty()))
          // Plain literals (an indexOf) before ones under (?i), then the longest shortest literal.
          .max(Comparator.comparing((List<Literal> c) -> c.stream().noneMatch(Literal::ignoreCase))
              .thenComparingInt(c -> c.stream().mapToInt(l -> l.text.length()).min().orElse(0))
              .thenComparingInt(c -> -c.size()))
          .map(c -> new Part(null, c))
          .orElse(Part.NOTHING);
    }

    private Part quantified(Part atom) {
      if (pos >= s.length()) {
        return atom;
      }
      char c = s.charAt(pos);
      int min;
      int max;
      switch (c) {
        case '?' -> {
          pos++;
          min = 0;
          max = 1;
        }
        case '*' -> {
          pos++;
          min = 0;
          max = Integer.MAX_VALUE;
        }
        case '+' -> {
          pos++;
          min = 1;
          max = Integer.MAX_VALUE;
        }
        case '{' -> {
          int close = s.indexOf('}', pos);
          if (close < 0) {
            throw new Unsupported();
          }
          String[] bounds = s.substring(pos + 1, close).split(",", -1);
          try {
            min = Integer.parseInt(bounds[0].strip());
            max = bounds.length == 1 ? min
                : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
          } catch (NumberFormatException e) {
            throw new Unsupported();
          }
          pos = close + 1;
        }
        default -> {
          return atom;
        }
      }
      if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
        pos++; // reluctant or possessive: the same strings match
      }
      if (min == 0) {
        return Part.NOTHING;
      }
      return min == 1 && max == 1 ? atom : atom.repeated();
    }

    private Part atom() {
      char c = s.charAt(pos);
      switch (c) {
        case '(' -> {
          return group();
        }
        case '[' -> {
          skipClass();
          return Part.NOTHING;
        }
        case '.' -> {
          pos++;
          return Part.NOTHING;
        }
        case '^', '$' -> {
          pos++;
          return Part.EMPTY;
        }
        case '\\' -> {
          return escape();
        }
        case '*', '+', '?', '{' -> throw new Unsupported();
        default -> {
          int cp = s.codePointAt(pos);
          pos += Character.charCount(cp);
          return literal(cp);
        }
      }
    }

    private Part literal(int cp) {
      if (Character.isSupplementaryCodePoint(cp)) {
        return Part.NOTHING;
      }
      char c = (char) cp;
      boolean cased = ignoreCase && !caseless(c);
      return new Part(List.of(new Literal(String.valueOf(c), cased)), null);
    }

    /** Characters no case folding maps to or from: Han, and ASCII and CJK punctuation and digits. */
    static boolean caseless(char c) {
      if (c < 128) {
        return !Character.isLetter(c);
      }
      if (c >= 0x3000 && c <= 0x303F) {
        return true;
      }
      return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private Part group() {
      pos++; // '('
      boolean saved = ignoreCase;
      boolean zeroWidth = false;
      if (s.startsWith("?", pos)) {
        pos++;
        if (s.startsWith(":", pos) || s.startsWith(">", pos)) {
          pos++;
        } else if (s.startsWith("=", pos) || s.startsWith("!", pos)) {
          pos++;
          zeroWidth = true;
        } else if (s.startsWith("<=", pos) || s.startsWith("<!", pos)) {
          pos += 2;
          zeroWidth = true;
        } else if (s.startsWith("<", pos)) {
          int close = s.indexOf('>', pos);
          if (close < 0) {
            throw new Unsupported();
          }
          pos = close + 1;
        } else if (flags()) {
          return Part.EMPTY; // "(?i)": the flags hold to the end of the enclosing group
        }
      }
      Part inner = alternation();
      if (pos >= s.length() || s.charAt(pos) != ')') {
        throw new Unsupported();
      }
      pos++;
      ignoreCase = saved;
      return zeroWidth ? Part.EMPTY : inner;
    }

    /**
     * Reads inline flags after "(?": true for "(?flags)" (they stay set in the enclosing group),
     * false for "(?flags:" (they hold inside the group that follows, which the caller reads).
     */
    private boolean flags() {
      boolean on = true;
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        switch (c) {
          case '-' -> on = false;
          case 'i' -> ignoreCase |= on; // "(?-i)" is not undone: looking ignoring case is never wrong
          case 's', 'm', 'u', 'U', 'd' -> { }
          case ')' -> {
            return true;
          }
          case ':' -> {
            return false;
          }
          default -> throw new Unsupported(); // 'x' (comments) and anything unknown
        }
      }
      throw new Unsupported();
    }

    private void skipClass() {
      int depth = 0;
      pos++; // '['
      if (s.startsWith("^", pos)) {
        pos++;
      }
      boolean first = true;
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == '\\') {
          escape();
          first = false;
          continue;
        }
        pos++;
        if (c == '[') {
          depth++;
        } else if (c == ']' && !first) {
          if (depth == 0) {
            return;
          }
          depth--;
        }
        first = false;
      }
      throw new Unsupported();
    }

    private Part escape() {
      pos++; // '\'
      if (pos >= s.length()) {
        throw new Unsupported();
      }
      char c = s.charAt(pos++);
      switch (c) {
        case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X' -> {
          return Part.NOTHING;
        }
        case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
          if (c == 'b' && s.startsWith("{", pos)) {
            throw new Unsupported();
          }
          return Part.EMPTY;
        }
        case 'p', 'P' -> {
          if (s.startsWith("{", pos)) {
            int close = s.indexOf('}', pos);
            if (close < 0) {
              throw new Unsupported();
            }
            pos = close + 1;
          } else {
            pos++;
          }
          return Part.NOTHING;
        }
        case 't' -> {
          return literal('\t');
        }
        case 'n' -> {
          return literal('\n');
        }
        case 'r' -> {
          return literal('\r');
        }
        case 'f' -> {
          return literal('\f');
        }
        default -> {
          if (!Character.isLetterOrDigit(c)) {
            return literal(c); // an escaped metacharacter or punctuation: itself
          }
          throw new Unsupported(); // quoting, hex and octal escapes, back references…
        }
      }
    }

    private static List<Literal> concat(List<Literal> left, List<Literal> right) {
      List<Literal> out = new ArrayList<>(left.size() * right.size());
      for (Literal a : left) {
        for (Literal b : right) {
          out.add(new Literal(a.text + b.text, a.ignoreCase || b.ignoreCase));
        }
      }
      return out;
    }

    private static List<Literal> union(List<List<Literal>> sets) {
      Set<Literal> out = new LinkedHashSet<>();
      sets.forEach(out::addAll);
      return new ArrayList<>(out);
    }
  }
}
