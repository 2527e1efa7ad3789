package org.reportcorpus.jobs.ingest.formats;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcorpus.jobs.config.IngestSettings;

/** Which fields of a record (JSONL keys, CSV columns) hold the text, title, year and URL. */
record RecordFields(List<String> text, List<String> title, List<String> year, List<String> url) {

  private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:年|[-/.].*)?$");

  static RecordFields of(IngestSettings settings) {
    return new RecordFields(settings.textFields(), settings.titleFields(), settings.yearFields(), settings.urlFields());
  }

  /** A year given as 2021, "2021", "2021年" or a date "2021-03-04"; anything else is no year. */
  static Integer parseYear(String value) {
    if (value == null) {
      return null;
    }
    Matcher matcher = YEAR.matcher(value.strip());
    return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
  }

  /** A field's value, or null when blank. */
  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
