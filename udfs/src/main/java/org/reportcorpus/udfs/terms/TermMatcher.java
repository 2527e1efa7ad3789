package org.reportcorpus.udfs.terms;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts vocabulary terms in normalized text in one pass (Aho–Corasick over every surface form).
 *
 * <p>Each term is counted on its own: a term contained in another (数据共享 in 政务数据共享) is
 * counted wherever its string occurs. Within one term, matches of the term and its aliases that
 * overlap are counted once, preferring the leftmost and then the longest — the count a reader
 * gets by marking every occurrence of the term with a highlighter.
 *
 * <p>Build once per partition (cheap) and reuse; instances are immutable and thread-safe.
 */
public final class TermMatcher {

  private final List<TermEntry> entries;
  private final AhoCorasickDoubleArrayTrie<int[]> trie;

  public TermMatcher(TermDictionary dictionary) {
    this.entries = dictionary.entries();
    Map<String, List<Integer>> termsByForm = new TreeMap<>();
    for (int i = 0; i < entries.size(); i++) {
      for (String form : entries.get(i).surfaceForms()) {
        termsByForm.computeIfAbsent(form, f -> new ArrayList<>()).add(i);
      }
    }
    TreeMap<String, int[]> index = new TreeMap<>();
    termsByForm.forEach((form, ids) -> index.put(form, ids.stream().mapToInt(Integer::intValue).toArray()));
    this.trie = new AhoCorasickDoubleArrayTrie<>();
    if (!index.isEmpty()) {
      trie.build(index);
    }
  }

  /** Occurrences of every term with at least one match, in dictionary order; empty for null. */
  public Map<TermEntry, Integer> count(String normalizedText) {
    Map<TermEntry, Integer> counts = new LinkedHashMap<>();
    if (normalizedText == null || normalizedText.isEmpty() || entries.isEmpty()) {
      return counts;
    }
    List<List<int[]>> spansByTerm = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      spansByTerm.add(null);
    }
    trie.parseText(normalizedText, (begin, end, termIds) -> {
      for (int id : termIds) {
        List<int[]> spans = spansByTerm.get(id);
        if (spans == null) {
          spans = new ArrayList<>();
          spansByTerm.set(id, spans);
        }
        spans.add(new int[] {begin, end});
      }
    });
    for (int i = 0; i < entries.size(); i++) {
      List<int[]> spans = spansByTerm.get(i);
      if (spans != null) {
        counts.put(entries.get(i), countNonOverlapping(spans));
      }
    }
    return counts;
  }

  /** Occurrences of one string in normalized text, non-overlapping, left to right. */
  public static int countOccurrences(String normalizedText, String needle) {
    if (normalizedText == null || needle == null || needle.isEmpty()) {
      return 0;
    }
    int count = 0;
    int from = 0;
    while ((from = normalizedText.indexOf(needle, from)) >= 0) {
      count++;
      from += needle.length();
    }
    return count;
  }

  private static int countNonOverlapping(List<int[]> spans) {
    spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
    int count = 0;
    int lastEnd = -1;
    for (int[] span : spans) {
      if (span[0] >= lastEnd) {
        count++;
        lastEnd = span[1];
      }
    }
    return count;
  }
}
