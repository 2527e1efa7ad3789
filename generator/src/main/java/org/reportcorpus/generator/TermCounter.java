package org.reportcorpus.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.udfs.terms.TermEntry;

/**
 * Exact occurrence counts of dictionary terms in a text, the way the ground truth defines them.
 *
 * <p>A term's surface forms (the term and its aliases) are merged; matches of one term do not
 * overlap and are taken leftmost-longest. Different terms are counted independently, so a text
 * holding 谁执法谁普法 counts once for that term and once for 普法.
 *
 * <p>One pass over the text: at each position only the forms starting with that character are
 * tried, which keeps the self-check cheap enough to run on every generated report.
 */
final class TermCounter {

  private record Form(String text, int term) {}

  private final List<TermEntry> terms;
  private final Map<Character, Form[]> formsByFirstChar;

  TermCounter(TermDictionary dictionary) {
    this.terms = dictionary.entries();
    Map<Character, List<Form>> index = new HashMap<>();
    for (int t = 0; t < terms.size(); t++) {
      for (String form : terms.get(t).surfaceForms()) {
        index.computeIfAbsent(form.charAt(0), c -> new ArrayList<>()).add(new Form(form, t));
      }
    }
    this.formsByFirstChar = new HashMap<>();
    index.forEach((c, forms) -> {
      // Longest first, so the first form of a term that matches at a position is its longest.
      forms.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed());
      formsByFirstChar.put(c, forms.toArray(new Form[0]));
    });
  }

  List<TermEntry> terms() {
    return terms;
  }

  /** Occurrences per term, indexed like {@link #terms()}. */
  int[] count(CharSequence text) {
    return countPieces(text, new int[0])[0];
  }

  /**
   * Occurrences per term in each piece of the text cut at {@code cuts} (ascending offsets):
   * piece 0 is [0, cuts[0]), piece i is [cuts[i-1], cuts[i]), the last runs to the end. Counted in
   * the same single pass as {@link #count}, so the pieces add up to it.
   *
   * @throws IllegalStateException when an occurrence runs over a cut
   */
  int[][] countPieces(CharSequence text, int[] cuts) {
    int[][] counts = new int[cuts.length + 1][terms.size()];
    int[] nextFree = new int[terms.size()];
    int n = text.length();
    int piece = 0;
    for (int i = 0; i < n; i++) {
      while (piece < cuts.length && i >= cuts[piece]) {
        piece++;
      }
      Form[] candidates = formsByFirstChar.get(text.charAt(i));
      if (candidates == null) {
        continue;
      }
      for (Form form : candidates) {
        if (nextFree[form.term()] <= i && matchesAt(text, i, form.text())) {
          int end = i + form.text().length();
          if (piece < cuts.length && end > cuts[piece]) {
            throw new IllegalStateException("\"" + form.text() + "\" at " + i + " runs over the cut at " + cuts[piece]);
          }
          counts[piece][form.term()]++;
          nextFree[form.term()] = end;
        }
      }
    }
    return counts;
  }

  /** The first surface form found in the text, or null when it holds none. */
  String firstSurfaceForm(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      Form[] candidates = formsByFirstChar.get(text.charAt(i));
      if (candidates == null) {
        continue;
      }
      for (Form form : candidates) {
        if (matchesAt(text, i, form.text())) {
          return form.text();
        }
      }
    }
    return null;
  }

  boolean containsAny(CharSequence text) {
    return firstSurfaceForm(text) != null;
  }

  private static boolean matchesAt(CharSequence text, int at, String form) {
    if (at + form.length() > text.length()) {
      return false;
    }
    for (int j = 1; j < form.length(); j++) {
      if (text.charAt(at + j) != form.charAt(j)) {
        return false;
      }
    }
    return true;
  }
}
