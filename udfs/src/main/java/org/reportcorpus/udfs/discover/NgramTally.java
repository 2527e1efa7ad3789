package org.reportcorpus.udfs.discover;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.LongPredicate;

/**
 * Document counts of the n-grams of a run of documents ({@link CharNgrams#countNgrams} summed
 * over documents), made without a String or a map entry per occurrence: a sampled report holds
 * thousands of frequent-seeded n-grams, most of them shared with the other documents of its
 * partition, and making a substring per occurrence cost more than everything else in the pass.
 *
 * <p>Occurrences are keyed by a 64-bit hash of their chars in two open-addressing tables. The
 * document's table points into its text and confirms equal hashes by comparing the chars. The
 * run's table takes the hash for the n-gram (its String is made once, when first seen), so a
 * lookup touches one array: two n-grams would merge only if their hashes were equal, about once in
 * 10^5 runs of ten million distinct n-grams, and these counts only choose the phrases proposed
 * for measuring, which is exact. Sums are partial: the same n-gram can come out of several tallies
 * (other partitions, or this one after {@link #drain}), so the caller adds them up once more.
 */
public final class NgramTally {

  /** An n-gram's partial sums: documents holding it, occurrences, late documents, documents where it lines up with tokens. */
  public record Sums(String ngram, int docs, long occurrences, int late, int aligned) {}

  /** One document: its text, its token boundaries ({@link CharNgrams#tokenBoundaries}), whether it is of the late years. */
  public record Document(String text, BitSet boundaries, boolean late) {}

  private static final int INITIAL_CAPACITY = 1 << 12;

  private final int minLength;
  private final int maxLength;
  private final int seedLength;
  private final LongPredicate frequentSeed;

  // The document at hand: spans of its text.
  private long[] docHash = new long[INITIAL_CAPACITY];
  private int[] docBegin = new int[INITIAL_CAPACITY];
  private int[] docLength = new int[INITIAL_CAPACITY]; // 0: empty slot
  private int[] docOccurrences = new int[INITIAL_CAPACITY];
  private boolean[] docAligned = new boolean[INITIAL_CAPACITY];
  private int[] docUsed = new int[INITIAL_CAPACITY];
  private int docSize;

  // The run so far: per slot, its hash (0: empty), documents << 32 | late documents, aligned
  // documents << 32 | occurrences, in one array so that a lookup touches one place; the n-gram
  // itself beside, read only when drained.
  private long[] run;
  private String[] gram;
  private int size;

  /** N-grams of {@code minLength}–{@code maxLength} chars whose every seed is frequent (as {@link CharNgrams#countNgrams}). */
  public NgramTally(int minLength, int maxLength, int seedLength, LongPredicate frequentSeed) {
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.seedLength = seedLength;
    this.frequentSeed = frequentSeed;
    clearRun(INITIAL_CAPACITY);
  }

  /** Adds one document. */
  public void add(Document document) {
    String text = document.text();
    BitSet boundaries = document.boundaries();
    CharNgrams.forEachNgram(text, minLength, maxLength, seedLength, frequentSeed,
        (begin, end) -> countInDocument(text, begin, end, boundaries.get(begin) && boundaries.get(end)));
    long lateDocument = document.late() ? 1 : 0;
    for (int u = 0; u < docSize; u++) {
      int d = docUsed[u];
      int t = slotInRun(docHash[d], text, docBegin[d], docLength[d]);
      run[t + 1] += (1L << 32) | lateDocument;
      run[t + 2] += (docAligned[d] ? 1L << 32 : 0) | docOccurrences[d];
      docLength[d] = 0;
    }
    docSize = 0;
  }

  /** Distinct n-grams held: the caller drains when this passes its memory bound. */
  public int size() {
    return size;
  }

  /** The sums so far (in no particular order), and an empty tally. */
  public List<Sums> drain() {
    List<Sums> out = new ArrayList<>(size);
    for (int t = 0; t < run.length; t += 3) {
      if (run[t] != 0) {
        out.add(new Sums(gram[t / 3], (int) (run[t + 1] >>> 32), (int) run[t + 2], (int) run[t + 1],
            (int) (run[t + 2] >>> 32)));
      }
    }
    clearRun(INITIAL_CAPACITY);
    return out;
  }

  /**
   * The partial sums of a run of documents, tallied lazily: at most about {@code limit} distinct
   * n-grams are held at once (then they are handed on and the tally starts again), so memory is
   * bounded whatever the run's length.
   */
  public <T> Iterator<Sums> over(Iterator<T> documents, Function<T, Document> document, int limit) {
    return new Iterator<>() {
      private Iterator<Sums> ready = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!ready.hasNext() && documents.hasNext()) {
          while (documents.hasNext() && size <= limit) {
            add(document.apply(documents.next()));
          }
          ready = drain().iterator();
        }
        return ready.hasNext();
      }

      @Override
      public Sums next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.next();
      }
    };
  }

  private void countInDocument(String text, int begin, int end, boolean lined) {
    if ((docSize + 1) * 2 > docLength.length) {
      growDocument();
    }
    long h = hash(text, begin, end);
    int length = end - begin;
    int mask = docLength.length - 1;
    for (int d = index(h, mask); ; d = (d + 1) & mask) {
      if (docLength[d] == 0) {
        docHash[d] = h;
        docBegin[d] = begin;
        docLength[d] = length;
        docOccurrences[d] = 1;
        docAligned[d] = lined;
        docUsed[docSize++] = d;
        return;
      }
      if (docHash[d] == h && docLength[d] == length && text.regionMatches(docBegin[d], text, begin, length)) {
        docOccurrences[d]++;
        docAligned[d] |= lined;
        return;
      }
    }
  }

  /** The run table's index of the n-gram's slot (its hash's first long), added if new. */
  private int slotInRun(long h, String text, int begin, int length) {
    if ((size + 1) * 2 > gram.length) {
      growRun();
    }
    long key = h == 0 ? 1 : h;
    int mask = gram.length - 1;
    for (int slot = index(key, mask); ; slot = (slot + 1) & mask) {
      int t = slot * 3;
      if (run[t] == key) {
        return t;
      }
      if (run[t] == 0) {
        run[t] = key;
        gram[slot] = text.substring(begin, begin + length);
        size++;
        return t;
      }
    }
  }

  private void growDocument() {
    int capacity = docLength.length * 2;
    long[] oldHash = docHash;
    int[] oldBegin = docBegin;
    int[] oldLength = docLength;
    int[] oldOccurrences = docOccurrences;
    boolean[] oldAligned = docAligned;
    int[] oldUsed = docUsed;
    docHash = new long[capacity];
    docBegin = new int[capacity];
    docLength = new int[capacity];
    docOccurrences = new int[capacity];
    docAligned = new boolean[capacity];
    docUsed = new int[capacity];
    int mask = capacity - 1;
    for (int u = 0; u < docSize; u++) {
      int o = oldUsed[u];
      int d = index(oldHash[o], mask);
      while (docLength[d] != 0) {
        d = (d + 1) & mask;
      }
      docHash[d] = oldHash[o];
      docBegin[d] = oldBegin[o];
      docLength[d] = oldLength[o];
      docOccurrences[d] = oldOccurrences[o];
      docAligned[d] = oldAligned[o];
      docUsed[u] = d;
    }
  }

  private void growRun() {
    long[] oldRun = run;
    String[] oldGram = gram;
    int kept = size;
    clearRun(oldGram.length * 2);
    int mask = gram.length - 1;
    for (int o = 0; o < oldRun.length; o += 3) {
      if (oldRun[o] != 0) {
        int slot = index(oldRun[o], mask);
        while (run[slot * 3] != 0) {
          slot = (slot + 1) & mask;
        }
        System.arraycopy(oldRun, o, run, slot * 3, 3);
        gram[slot] = oldGram[o / 3];
      }
    }
    size = kept;
  }

  private void clearRun(int capacity) {
    run = new long[capacity * 3];
    gram = new String[capacity];
    size = 0;
  }

  /** FNV-1a over the chars: cheap, and the slot index is mixed again below. */
  static long hash(String text, int begin, int end) {
    long h = 0xcbf29ce484222325L;
    for (int i = begin; i < end; i++) {
      h = (h ^ text.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  private static int index(long h, int mask) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return (int) h & mask;
  }
}
