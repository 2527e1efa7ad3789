package org.reportcorpus.jobs.cooccur;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.reportcorpus.udfs.stats.CooccurrenceTally;
import org.reportcorpus.udfs.stats.SentenceSplitter;
import org.reportcorpus.udfs.terms.TermDictionary;
import org.reportcorpus.udfs.terms.TermEntry;
import org.reportcorpus.udfs.terms.TermMatcher;

/**
 * Counts, for the documents of one partition and per report year, how many documents and how many
 * sentences hold each vocabulary term and each pair of terms; {@link #rows} gives the partial
 * counts as rows of {@code cooccurrence_counts}, ready to be summed across partitions.
 *
 * <p>Terms are numbered in code-point order of the term (the order of Spark's string
 * comparison), so every pair comes out as (term_a, term_b) with term_a &lt; term_b. A document
 * whose text is null or blank is no unit at either level.
 */
final class TermUnitCounter {

  private final TermMatcher matcher;
  private final List<TermEntry> termsInOrder;
  private final Map<TermEntry, Integer> ids = new IdentityHashMap<>();
  /** Per report year (null: none); a partition holds a handful of years. */
  private final Map<Integer, Tallies> years = new HashMap<>();

  private record Tallies(CooccurrenceTally documents, CooccurrenceTally sentences) {}

  TermUnitCounter(TermDictionary dictionary) {
    this.matcher = new TermMatcher(dictionary);
    this.termsInOrder = new ArrayList<>(dictionary.entries());
    termsInOrder.sort(Comparator.comparing(TermEntry::term, TermUnitCounter::compareCodePoints));
    for (int i = 0; i < termsInOrder.size(); i++) {
      ids.put(termsInOrder.get(i), i);
    }
  }

  void add(Integer year, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    Tallies tallies = years.computeIfAbsent(year, y -> new Tallies(
        new CooccurrenceTally(termsInOrder.size()), new CooccurrenceTally(termsInOrder.size())));
    tallies.documents().addUnit(termIds(text));
    for (String sentence : SentenceSplitter.split(text)) {
      tallies.sentences().addUnit(termIds(sentence));
    }
  }

  /** (report_year, level, kind, term_a, term_b, n): per year and level one units row, then term rows, then pair rows. */
  List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    years.forEach((year, tallies) -> {
      addRows(rows, year, CooccurrenceJob.DOCUMENT, tallies.documents());
      addRows(rows, year, CooccurrenceJob.SENTENCE, tallies.sentences());
    });
    return rows;
  }

  private void addRows(List<Row> rows, Integer year, String level, CooccurrenceTally tally) {
    rows.add(RowFactory.create(year, level, CooccurrenceJob.UNITS, null, null, tally.units()));
    for (int i = 0; i < tally.items(); i++) {
      if (tally.itemUnits(i) > 0) {
        rows.add(RowFactory.create(year, level, CooccurrenceJob.TERM, termsInOrder.get(i).term(), null,
            tally.itemUnits(i)));
      }
    }
    tally.forEachPair((a, b, n) -> rows.add(RowFactory.create(
        year, level, CooccurrenceJob.PAIR, termsInOrder.get(a).term(), termsInOrder.get(b).term(), n)));
  }

  private int[] termIds(String text) {
    Map<TermEntry, Integer> found = matcher.count(text);
    int[] termIds = new int[found.size()];
    int i = 0;
    for (TermEntry entry : found.keySet()) {
      termIds[i++] = ids.get(entry);
    }
    return termIds;
  }

  /** Unicode code-point order, which is the order of UTF-8 bytes Spark compares strings by. */
  static int compareCodePoints(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      int a = left.codePointAt(i);
      int b = right.codePointAt(j);
      if (a != b) {
        return Integer.compare(a, b);
      }
      i += Character.charCount(a);
      j += Character.charCount(b);
    }
    return Integer.compare(left.length() - i, right.length() - j);
  }
}
