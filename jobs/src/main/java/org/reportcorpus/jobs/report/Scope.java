package org.reportcorpus.jobs.report;

import org.reportcorpus.jobs.report.ProvinceTiles.Tile;

/**
 * What a report covers: the whole country, or one province (its prefectures then are the
 * geography). Parsed from {@code --scope national | province:<name or GB/T 2260 code>}.
 *
 * @param province the province, or null for the national report
 */
public record Scope(Tile province) {

  public static final Scope NATIONAL = new Scope(null);

  /** Parses the flag's value; an unknown province fails naming the flag. */
  public static Scope parse(String value) {
    String text = value == null ? "national" : value.strip();
    if (text.equals("national")) {
      return NATIONAL;
    }
    if (text.startsWith("province:")) {
      String key = text.substring("province:".length());
      return new Scope(ProvinceTiles.find(key).orElseThrow(() -> new IllegalArgumentException(
          "--scope: expected a province's name or GB/T 2260 code after province: but got " + key)));
    }
    throw new IllegalArgumentException("--scope: expected national or province:<name or code> but got " + text);
  }

  public boolean national() {
    return province == null;
  }

  /** The scope's value in term_adoption and topic_trends: 'national' or the province's name. */
  public String tableScope() {
    return national() ? "national" : province.name();
  }

  /** How the report names it: 全国 or the province's name. */
  public String label() {
    return national() ? "全国" : province.name();
  }

  /** The flag's canonical value. */
  @Override
  public String toString() {
    return national() ? "national" : "province:" + province.code();
  }
}
