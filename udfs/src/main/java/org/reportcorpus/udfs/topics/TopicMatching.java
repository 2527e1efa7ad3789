package org.reportcorpus.udfs.topics;

import java.util.Arrays;

/**
 * Compares two sets of topics (term distributions over one vocabulary): cosine similarity of
 * every pair, then the best one-to-one matching — the assignment with the largest total
 * similarity (Hungarian algorithm, O(n³)), which is how learned topics are scored against
 * planted ones or against another system's.
 */
public final class TopicMatching {

  private TopicMatching() {}

  /**
   * The best matching: {@code pairs[i]} is the column matched to row i (or -1 when there are
   * more rows than columns), {@code similarities[i]} its similarity, and {@code mean} the mean
   * over the matched rows.
   */
  public record Match(int[] pairs, double[] similarities, double mean) {}

  public static double cosine(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of different lengths: " + a.length + " and " + b.length);
    }
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      normA += a[i] * a[i];
      normB += b[i] * b[i];
    }
    return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
  }

  /** Cosine of every (row of a, row of b). */
  public static double[][] cosines(double[][] a, double[][] b) {
    double[][] similarity = new double[a.length][b.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        similarity[i][j] = cosine(a[i], b[j]);
      }
    }
    return similarity;
  }

  /** The one-to-one matching of rows to columns with the largest total similarity. */
  public static Match best(double[][] similarity) {
    int rows = similarity.length;
    int cols = rows == 0 ? 0 : similarity[0].length;
    int n = Math.max(rows, cols);
    // Square cost matrix for the minimising algorithm; padding rows/columns cost 0.
    double[][] cost = new double[n][n];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        cost[i][j] = -similarity[i][j];
      }
    }
    int[] assigned = hungarian(cost);
    int[] pairs = new int[rows];
    double[] similarities = new double[rows];
    double sum = 0;
    int matched = 0;
    for (int i = 0; i < rows; i++) {
      pairs[i] = assigned[i] < cols ? assigned[i] : -1;
      similarities[i] = pairs[i] < 0 ? Double.NaN : similarity[i][pairs[i]];
      if (pairs[i] >= 0) {
        sum += similarities[i];
        matched++;
      }
    }
    return new Match(pairs, similarities, matched == 0 ? Double.NaN : sum / matched);
  }

  /**
   * Minimum-cost assignment of an n×n matrix (Kuhn–Munkres with potentials): result[i] is the
   * column of row i.
   */
  static int[] hungarian(double[][] cost) {
    int n = cost.length;
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] rowOfColumn = new int[n + 1]; // 1-based; 0 = free
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      rowOfColumn[0] = i;
      int column = 0;
      double[] minSlack = new double[n + 1];
      boolean[] used = new boolean[n + 1];
      Arrays.fill(minSlack, Double.POSITIVE_INFINITY);
      do {
        used[column] = true;
        int row = rowOfColumn[column];
        double delta = Double.POSITIVE_INFINITY;
        int next = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double slack = cost[row - 1][j - 1] - u[row] - v[j];
            if (slack < minSlack[j]) {
              minSlack[j] = slack;
              way[j] = column;
            }
            if (minSlack[j] < delta) {
              delta = minSlack[j];
              next = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[rowOfColumn[j]] += delta;
            v[j] -= delta;
          } else {
            minSlack[j] -= delta;
          }
        }
        column = next;
      } while (rowOfColumn[column] != 0);
      do {
        int previous = way[column];
        rowOfColumn[column] = rowOfColumn[previous];
        column = previous;
      } while (column != 0);
    }
    int[] result = new int[n];
    for (int j = 1; j <= n; j++) {
      result[rowOfColumn[j] - 1] = j - 1;
    }
    return result;
  }
}
