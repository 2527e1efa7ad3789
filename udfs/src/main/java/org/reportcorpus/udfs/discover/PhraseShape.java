package org.reportcorpus.udfs.discover;

import java.io.Serializable;
import java.util.BitSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a candidate phrase may look like, shared by every discovery method: Han-dominated, no line
 * break, no punctuation at either end, and neither end a function character (的, 与, 将 …) — a
 * phrase beginning or ending with one is a piece of a sentence, not a name.
 *
 * <p>Han-dominated means at least two Han characters and at least {@link #MIN_HAN_SHARE} of the
 * code points Han, so 互联网+监管 passes and 12345热线 does not.
 */
public final class PhraseShape implements Serializable {

  /** Least share of Han code points in a phrase. */
  public static final double MIN_HAN_SHARE = 0.6;

  /**
   * Function characters that do not begin or end a slogan in report prose. Conservative: a
   * character here must be one that a policy name practically never starts or ends with (so not
   * 以, 为, 在, 就, 并, 从, 和, 及: 以案释法, 为民办实事, 在线审批, 就近办, 并联审批, 从严治党…).
   */
  public static final String DEFAULT_EDGE_STOP_CHARS = "的了与或等是被将把之其而且也都还又已该此每各";

  /** {@link #isHan(int)} of every char (a surrogate is none): looked up per char of every text scanned. */
  private static final BitSet HAN_CHARS = new BitSet(Character.MAX_VALUE + 1);

  static {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      if (!Character.isSurrogate((char) c) && isHan(c)) {
        HAN_CHARS.set(c);
      }
    }
  }

  private final Set<Integer> edgeStops;

  public PhraseShape(String edgeStopChars) {
    this.edgeStops = new TreeSet<>();
    if (edgeStopChars != null) {
      edgeStopChars.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != ',').forEach(edgeStops::add);
    }
  }

  public static PhraseShape defaults() {
    return new PhraseShape(DEFAULT_EDGE_STOP_CHARS);
  }

  /** True when {@code phrase} may be a candidate: see the class comment. Null is not. */
  public boolean accepts(String phrase) {
    if (phrase == null || phrase.isEmpty()) {
      return false;
    }
    if (!isHanDominated(phrase) || phrase.indexOf('\n') >= 0 || phrase.indexOf('\r') >= 0) {
      return false;
    }
    int first = phrase.codePointAt(0);
    int last = phrase.codePointBefore(phrase.length());
    return !isPunctuation(first) && !isPunctuation(last) && !Character.isWhitespace(first)
        && !Character.isWhitespace(last) && !edgeStops.contains(first) && !edgeStops.contains(last);
  }

  public static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
        && Character.isLetter(codePoint); // not the ideographic punctuation the script also holds
  }

  public static boolean isHan(char c) {
    return HAN_CHARS.get(c);
  }


  /** At least two Han code points and a Han share of at least {@link #MIN_HAN_SHARE}. */
  public static boolean isHanDominated(String phrase) {
    if (phrase == null) {
      return false;
    }
    int han = 0;
    int total = 0;
    for (int i = 0; i < phrase.length(); ) {
      int cp = phrase.codePointAt(i);
      total++;
      if (isHan(cp)) {
        han++;
      }
      i += Character.charCount(cp);
    }
    return han >= 2 && han >= MIN_HAN_SHARE * total;
  }

  /** Unicode punctuation (connectors, dashes, brackets, quotes, other) and symbols such as … */
  public static boolean isPunctuation(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Code points of a string. */
  public static int length(String phrase) {
    return phrase == null ? 0 : phrase.codePointCount(0, phrase.length());
  }
}
