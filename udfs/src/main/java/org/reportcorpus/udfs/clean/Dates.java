package org.reportcorpus.udfs.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calendar dates as written in reports and on pages, read into {@code yyyy-MM-dd}. */
public final class Dates {

  /** 2018-01-18, 2018/1/18, 2018.01.18, 2018年1月18日 (spaces allowed around the parts). */
  private static final Pattern ANY_DATE =
      Pattern.compile(
          "((?:19|20)\\d{2})\\s*(?:[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?!\\d)"
              + "|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日)");

  private Dates() {}

  /** The first valid date in {@code text}, or null (also for null text). */
  public static String first(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = ANY_DATE.matcher(text);
    while (m.find()) {
      String date =
          m.group(2) != null ? iso(m.group(1), m.group(2), m.group(3)) : iso(m.group(1), m.group(4), m.group(5));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** {@code yyyy-MM-dd}, or null when the parts do not make a calendar date (2023-02-30). */
  public static String iso(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
