package org.reportcorpus.udfs.region;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The department named right after a place (「常熟市司法局2022年…」 → 司法局): a run of Han characters
 * up to a word where the sentence goes on, ending at a department suffix.
 */
final class DepartmentName {

  /** Department suffixes, strong ones (a clear end of a department name) first. */
  private static final List<String> STRONG_SUFFIXES =
      List.of("委员会", "办公室", "人民法院", "人民检察院", "局", "厅", "中心", "署");

  private static final List<String> WEAK_SUFFIXES = List.of("办", "委");

  /** At most this many characters after the place are read. */
  private static final int MAX_CHARS = 16;

  /** Words that end a department name candidate (the sentence goes on). */
  private static final Pattern STOP =
      Pattern.compile(
          "关于|年|的|坚持|以|在|法治|报告|全面|深入|认真|聚焦|围绕|持续|着力|始终|紧紧|扎实|积极|大力|不断"
              + "|工作");

  private DepartmentName() {}

  /** The department starting at {@code from} in {@code s}, or null (人民政府 is no department). */
  static String after(String s, int from) {
    int end = from;
    while (end < s.length() && end - from < MAX_CHARS && PlaceIndex.isHan(s.charAt(end))) {
      end++;
    }
    String run = s.substring(from, end);
    Matcher stop = STOP.matcher(run);
    if (stop.find()) {
      run = run.substring(0, stop.start());
    }
    if (run.isEmpty() || run.startsWith("委")) {
      return null;
    }
    int best = -1;
    for (String suffix : STRONG_SUFFIXES) {
      int at = run.indexOf(suffix);
      if (at >= 0 && (best < 0 || at + suffix.length() < best)) {
        best = at + suffix.length();
      }
    }
    if (best < 0) {
      for (String suffix : WEAK_SUFFIXES) {
        if (run.endsWith(suffix) && run.length() > suffix.length()) {
          best = run.length();
        }
      }
    }
    if (best < 0) {
      return null;
    }
    String department = run.substring(0, best);
    return department.equals("人民政府") ? null : department;
  }
}
