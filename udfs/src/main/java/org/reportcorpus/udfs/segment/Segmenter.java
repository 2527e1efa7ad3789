package org.reportcorpus.udfs.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One HanLP standard (Viterbi) segmenter per JVM, with the project's terms in HanLP's custom
 * dictionary.
 *
 * <p>HanLP's segmenters are not serializable and its custom dictionary is a JVM-wide global that
 * is not safe to change while another thread segments. So: the segmenter is built lazily on first
 * use in each JVM (driver or executor), never shipped in a closure; words are added under a write
 * lock, once per word per JVM; segmentation holds the read lock, so tasks segment in parallel
 * and only wait while a new dictionary is being added.
 */
public final class Segmenter {

  /** Nature and frequency given to project terms: high enough to win over a split path. */
  private static final String TERM_NATURE = "nz 1024";

  private static final ReadWriteLock LOCK = new ReentrantReadWriteLock();
  private static final Set<String> ADDED = ConcurrentHashMap.newKeySet();
  private static volatile Segment segment;

  private Segmenter() {}

  /** Tokens and their part-of-speech tags, in text order. */
  public record Tokens(List<String> words, List<String> tags) {}

  /** Adds words to the JVM's custom dictionary (once each); safe to call from every task. */
  public static void ensureDictionary(Collection<String> words) {
    if (ADDED.containsAll(words)) {
      return;
    }
    LOCK.writeLock().lock();
    try {
      for (String word : words) {
        if (word != null && !word.isBlank() && ADDED.add(word)) {
          CustomDictionary.insert(word, TERM_NATURE);
        }
      }
    } finally {
      LOCK.writeLock().unlock();
    }
  }

  /** Segments normalized text with the standard segmenter; null gives empty lists. */
  public static Tokens segment(String text, Collection<String> dictionaryWords) {
    ensureDictionary(dictionaryWords);
    if (text == null || text.isEmpty()) {
      return new Tokens(List.of(), List.of());
    }
    List<Term> terms;
    LOCK.readLock().lock();
    try {
      terms = instance().seg(text);
    } finally {
      LOCK.readLock().unlock();
    }
    List<String> words = new ArrayList<>(terms.size());
    List<String> tags = new ArrayList<>(terms.size());
    for (Term term : terms) {
      if (term.word.isBlank()) {
        continue; // line breaks and spaces carry no meaning as tokens
      }
      words.add(term.word);
      tags.add(term.nature == null ? "" : term.nature.toString());
    }
    return new Tokens(words, tags);
  }

  private static Segment instance() {
    Segment local = segment;
    if (local == null) {
      synchronized (Segmenter.class) {
        local = segment;
        if (local == null) {
          local = HanLP.newSegment().enableCustomDictionary(true);
          segment = local;
        }
      }
    }
    return local;
  }
}
