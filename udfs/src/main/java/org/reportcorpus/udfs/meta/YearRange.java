package org.reportcorpus.udfs.meta;

/**
 * A range of years as people write it: {@code 2015-2024}, one year {@code 2020}, or open at one
 * end ({@code 2018-}, {@code -2020}). A missing end is null. Whether an open end or a reversed
 * range is allowed is the caller's rule.
 */
public record YearRange(Integer first, Integer last) {

  /** The range in {@code text}; an IllegalArgumentException (without a key: callers name it) otherwise. */
  public static YearRange parse(String text) {
    String range = text.strip();
    int dash = range.indexOf('-');
    try {
      if (dash < 0) {
        int year = Integer.parseInt(range);
        return new YearRange(year, year);
      }
      return new YearRange(year(range.substring(0, dash)), year(range.substring(dash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a year or a range of years: " + text, e);
    }
  }

  public boolean closed() {
    return first != null && last != null;
  }

  private static Integer year(String part) {
    return part.isBlank() ? null : Integer.valueOf(part.strip());
  }
}
