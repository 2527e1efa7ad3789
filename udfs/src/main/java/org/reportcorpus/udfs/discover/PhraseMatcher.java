package org.reportcorpus.udfs.discover;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds many candidate phrases in a text in one pass (Aho–Corasick) and reports, per phrase
 * found, its occurrences, how many of them stand in quotation marks, and where the first one is.
 *
 * <p>Occurrences of one phrase are counted without overlap, leftmost first (as
 * {@code term_count} counts); each phrase is counted on its own, so 一网统管 inside
 * 推进一网统管改革 counts for both when both are candidates.
 *
 * <p>Build once per partition and reuse; instances are immutable and thread-safe.
 */
public final class PhraseMatcher {

  /** One phrase in one text. */
  public record Hit(String phrase, int occurrences, int quoted, int firstBegin) {}

  private final List<String> phrases;
  private final AhoCorasickDoubleArrayTrie<Integer> trie;

  public PhraseMatcher(Collection<String> candidates) {
    TreeMap<String, Integer> index = new TreeMap<>();
    for (String phrase : candidates) {
      if (phrase != null && !phrase.isEmpty()) {
        index.putIfAbsent(phrase, 0);
      }
    }
    this.phrases = new ArrayList<>(index.keySet());
    for (int i = 0; i < phrases.size(); i++) {
      index.put(phrases.get(i), i);
    }
    this.trie = new AhoCorasickDoubleArrayTrie<>();
    if (!index.isEmpty()) {
      trie.build(index);
    }
  }

  public int size() {
    return phrases.size();
  }

  /** The phrases found in {@code text}, in the matcher's (sorted) phrase order; empty for null. */
  public List<Hit> match(String text) {
    List<Hit> hits = new ArrayList<>();
    if (text == null || text.isEmpty() || phrases.isEmpty()) {
      return hits;
    }
    int n = phrases.size();
    int[] occurrences = new int[n];
    int[] quoted = new int[n];
    int[] first = new int[n];
    int[] lastEnd = new int[n];
    // The trie reports matches by end position, and for one phrase in order of its start.
    trie.parseText(text, (begin, end, id) -> {
      if (begin < lastEnd[id]) {
        return; // overlaps the previous occurrence of the same phrase
      }
      if (occurrences[id] == 0) {
        first[id] = begin;
      }
      occurrences[id]++;
      lastEnd[id] = end;
      if (QuotedPhrases.isQuotedAt(text, begin, end)) {
        quoted[id]++;
      }
    });
    for (int id = 0; id < n; id++) {
      if (occurrences[id] > 0) {
        hits.add(new Hit(phrases.get(id), occurrences[id], quoted[id], first[id]));
      }
    }
    return hits;
  }
}
