package org.reportcorpus.udfs.discover;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run of documents says of each candidate phrase ({@link PhraseMatcher} over each): per
 * phrase, the regions whose documents hold it (a bit per region), and per report year the
 * documents holding it, its occurrences, its quoted occurrences and its first occurrence (in the
 * smallest doc_id). Sums are partial — a partition's documents — and add up over partitions: the
 * region sets by union, the figures by sum, the first occurrences by minimum.
 *
 * <p>Why not a row per phrase and document: at 30,000 reports those are tens of millions of rows,
 * and moving them cost most of measuring; a phrase's regions fit in a few hundred bytes.
 */
public final class PhraseTally {

  /**
   * One document: its id, text, report year (null: undated) and region, as an index into the
   * corpus's sorted region codes (-1: none).
   */
  public record Document(String docId, String text, Integer year, int region) {}

  /**
   * One phrase in the documents of one report year (null: undated) of the run: documents holding
   * it, occurrences, quoted occurrences, and its first occurrence in the smallest doc_id.
   */
  public record YearSums(Integer year, long docs, long occurrences, long quoted, String firstDocId, int firstBegin) {}

  /** One phrase over the run: its regions, and its sums per report year (in year order, undated last). */
  public record Sums(String phrase, BitSet regions, List<YearSums> years) {}

  private final PhraseMatcher matcher;
  private final Map<String, Phrase> phrases = new HashMap<>();

  public PhraseTally(PhraseMatcher matcher) {
    this.matcher = matcher;
  }

  public void add(Document doc) {
    for (PhraseMatcher.Hit hit : matcher.match(doc.text())) {
      Phrase phrase = phrases.computeIfAbsent(hit.phrase(), p -> new Phrase());
      if (doc.region() >= 0) {
        phrase.regions.set(doc.region());
      }
      Year year = phrase.years.computeIfAbsent(doc.year() == null ? UNDATED : doc.year(), y -> new Year());
      year.docs++;
      year.occurrences += hit.occurrences();
      year.quoted += hit.quoted();
      if (year.firstDocId == null || doc.docId().compareTo(year.firstDocId) < 0) {
        year.firstDocId = doc.docId();
        year.firstBegin = hit.firstBegin();
      }
    }
  }

  /** The phrases found so far, in phrase order. */
  public List<Sums> sums() {
    List<Sums> sums = new ArrayList<>(phrases.size());
    new TreeMap<>(phrases).forEach((text, phrase) -> {
      List<YearSums> years = new ArrayList<>(phrase.years.size());
      phrase.years.forEach((year, s) -> years.add(new YearSums(year == UNDATED ? null : year, s.docs,
          s.occurrences, s.quoted, s.firstDocId, s.firstBegin)));
      sums.add(new Sums(text, phrase.regions, years));
    });
    return sums;
  }

  /** The key of undated documents: after every year. */
  private static final int UNDATED = Integer.MAX_VALUE;

  private static final class Phrase {
    final BitSet regions = new BitSet();
    final TreeMap<Integer, Year> years = new TreeMap<>();
  }

  private static final class Year {
    long docs;
    long occurrences;
    long quoted;
    String firstDocId;
    int firstBegin;
  }
}
