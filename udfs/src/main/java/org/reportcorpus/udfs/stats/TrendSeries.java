package org.reportcorpus.udfs.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The measures of term trends over one series (a geography, a document type and a section kind
 * over the years): every term in every cell of the series, explicit zeros included, with its
 * document share, the share's 95 % Wilson interval, occurrences per 10,000 characters, and both
 * averaged over the cells within {@code half} years either side (a centred moving average over
 * the years the series has).
 *
 * <p>Computed per series rather than as a window over the whole table: a series is a few dozen
 * cells, and the table's rows are all made here without sorting them.
 */
public final class TrendSeries {

  private static final double Z = 1.959963984540054;

  private TrendSeries() {}

  /** Documents mentioning a term in a cell, and its occurrences there. */
  public record Mention(long docs, long occurrences) {}

  /**
   * One cell of the series: a year (and the geography's name that year), its documents and
   * characters, and the mentions of the terms found there (absent terms: zero).
   */
  public record Cell(int year, String geoName, long docs, long chars, Map<String, Mention> mentions) {}

  /** One row of the series: a term in a cell. */
  public record Measure(String term, Cell cell, long mentioning, double docShare, double low, double high,
      long occurrences, double per10kChars, double docShareSmoothed, double per10kCharsSmoothed) {}

  /** Every term (in the order given) in every cell (by year, then name) of one series. */
  public static List<Measure> measure(List<Cell> cells, List<String> terms, int half) {
    List<Cell> ordered = new ArrayList<>(cells);
    ordered.sort(Comparator.comparingInt(Cell::year).thenComparing(Cell::geoName,
        Comparator.nullsFirst(Comparator.naturalOrder())));
    int n = ordered.size();
    List<Measure> out = new ArrayList<>(n * terms.size());
    double[] share = new double[n];
    double[] per10k = new double[n];
    long[] mentioning = new long[n];
    long[] occurrences = new long[n];
    for (String term : terms) {
      for (int i = 0; i < n; i++) {
        Cell cell = ordered.get(i);
        Mention mention = cell.mentions().get(term);
        mentioning[i] = mention == null ? 0 : mention.docs();
        occurrences[i] = mention == null ? 0 : mention.occurrences();
        share[i] = (double) mentioning[i] / cell.docs();
        per10k[i] = cell.chars() > 0 ? occurrences[i] * 10000.0 / cell.chars() : 0.0;
      }
      // cells within half years: a window sliding over the cells in year order
      int from = 0;
      int to = 0;
      for (int i = 0; i < n; i++) {
        Cell cell = ordered.get(i);
        while (ordered.get(from).year() < cell.year() - half) {
          from++;
        }
        while (to < n && ordered.get(to).year() <= cell.year() + half) {
          to++;
        }
        double shareSum = 0;
        double per10kSum = 0;
        for (int j = from; j < to; j++) { // summed in year order, as a window frame is
          shareSum += share[j];
          per10kSum += per10k[j];
        }
        out.add(new Measure(term, cell, mentioning[i], share[i], wilsonLow(mentioning[i], cell.docs()),
            wilsonHigh(mentioning[i], cell.docs()), occurrences[i], per10k[i], shareSum / (to - from),
            per10kSum / (to - from)));
      }
    }
    return out;
  }

  /** Lower end of the 95 % Wilson score interval for k successes in n trials. */
  public static double wilsonLow(long k, long n) {
    return wilson(k, n, -1);
  }

  /** Upper end of the 95 % Wilson score interval for k successes in n trials. */
  public static double wilsonHigh(long k, long n) {
    return wilson(k, n, 1);
  }

  private static double wilson(long k, long n, int sign) {
    double p = (double) k / n;
    double z2n = Z * Z / n;
    double centre = p + z2n / 2;
    double spread = Z * Math.sqrt(p * (1 - p) / n + z2n / (n * 4));
    return (centre + spread * sign) / (1 + z2n);
  }
}
