package org.reportcorpus.udfs.stats;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a table computed per report year was computed from: for each year, a digest of the
 * documents that year counted (their number and two order-free combinations of their hashes), under one
 * basis (the settings). Comparing the digests of the last write with those of now tells which
 * years' documents changed, so a table whose rows for a year depend only on the documents of
 * nearby years need only have those years rewritten.
 *
 * <p>Written as one line: {@code basis;year:docs:xor:sum,year:docs:xor:sum,...}.
 *
 * @param basis what else the rows depend on (a settings hash); digests of another basis compare as
 *     entirely changed
 * @param years per year, its digest
 */
public record YearDigests(String basis, SortedMap<Integer, Digest> years) {

  /** One year's documents: how many, the XOR of their 64-bit hashes and the sum of those hashes' low 32 bits. */
  public record Digest(long docs, long xor, long sum) {}

  public YearDigests {
    Objects.requireNonNull(basis);
    years = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(years));
  }

  public String line() {
    StringBuilder line = new StringBuilder(basis).append(';');
    String separator = "";
    for (Map.Entry<Integer, Digest> year : years.entrySet()) {
      Digest d = year.getValue();
      line.append(separator).append(year.getKey()).append(':').append(d.docs()).append(':')
          .append(Long.toHexString(d.xor())).append(':').append(Long.toHexString(d.sum()));
      separator = ",";
    }
    return line.toString();
  }

  /** The digests a {@link #line()} holds, or null for null or a line that is not one. */
  public static YearDigests parse(String line) {
    if (line == null) {
      return null;
    }
    int split = line.lastIndexOf(';');
    if (split < 0) {
      return null;
    }
    SortedMap<Integer, Digest> years = new TreeMap<>();
    String rest = line.substring(split + 1).strip();
    try {
      for (String entry : rest.isEmpty() ? new String[0] : rest.split(",")) {
        String[] parts = entry.split(":");
        if (parts.length != 4) {
          return null;
        }
        years.put(Integer.parseInt(parts[0]), new Digest(Long.parseLong(parts[1]),
            Long.parseUnsignedLong(parts[2], 16), Long.parseUnsignedLong(parts[3], 16)));
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return new YearDigests(line.substring(0, split), years);
  }

  /** Years present in one of the two with another digest, or in only one of them. */
  public SortedSet<Integer> changedSince(YearDigests before) {
    SortedSet<Integer> changed = new TreeSet<>();
    for (Integer year : union(before)) {
      if (!Objects.equals(years.get(year), before.years.get(year))) {
        changed.add(year);
      }
    }
    return changed;
  }

  /**
   * The years whose rows must be written again when each year's rows depend on the documents
   * within {@code half} years either side: every year within {@code half} of a changed year, in
   * either digest (a year whose documents are all gone must lose its rows). All years when the
   * basis differs or there is nothing before.
   */
  public SortedSet<Integer> toRewrite(YearDigests before, int half) {
    if (before == null || !before.basis.equals(basis)) {
      return union(before);
    }
    SortedSet<Integer> known = union(before);
    SortedSet<Integer> rewrite = new TreeSet<>();
    for (int changed : changedSince(before)) {
      rewrite.addAll(known.subSet(changed - half, changed + half + 1));
    }
    return rewrite;
  }

  /**
   * The years whose rows must be written again when each year's rows depend on the documents of
   * that year and every earlier one (a first use, a cumulative count): the first changed year and
   * every later one, in either digest. All years when the basis differs or there is nothing before.
   */
  public SortedSet<Integer> toRewriteOnward(YearDigests before) {
    if (before == null || !before.basis.equals(basis)) {
      return union(before);
    }
    SortedSet<Integer> changed = changedSince(before);
    return changed.isEmpty() ? new TreeSet<>() : new TreeSet<>(union(before).tailSet(changed.first()));
  }

  /** The years within {@code half} years of one of {@code years}: the documents those rows are computed from. */
  public static SortedSet<Integer> within(SortedSet<Integer> years, int half) {
    SortedSet<Integer> around = new TreeSet<>();
    for (int year : years) {
      for (int y = year - half; y <= year + half; y++) {
        around.add(y);
      }
    }
    return around;
  }

  private SortedSet<Integer> union(YearDigests other) {
    SortedSet<Integer> all = new TreeSet<>(years.keySet());
    if (other != null) {
      all.addAll(other.years.keySet());
    }
    return all;
  }
}
