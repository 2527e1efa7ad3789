package org.reportcorpus.udfs.region;

import java.io.Serializable;

/**
 * One administrative division under one name: a row of the gazetteer.
 *
 * <p>A unit renamed without a new code (襄樊市 → 襄阳市, 420600) gives two rows with the same code;
 * a unit re-coded (吴江市 320584 → 吴江区 320509) gives two codes. {@code firstYear}/{@code
 * lastYear} are the first and last data years (GB/T 2260 revisions and statistical snapshots) in
 * which this code carried this name.
 *
 * @param code six-digit GB/T 2260 code
 * @param name full name, e.g. 常熟市
 * @param level {@link AdminLevel#PROVINCE}, {@link AdminLevel#PREFECTURE} or {@link
 *     AdminLevel#COUNTY}
 * @param parentCode code of the parent row, {@code null} for a province
 * @param provinceCode code of the province (its own code for a province)
 * @param prefectureCode code of the prefecture (its own for a prefecture; the municipality for a
 *     municipality's district); {@code null} for a province and for a province-administered county
 * @param firstYear first data year with this (code, name)
 * @param lastYear last data year with this (code, name)
 */
public record Division(
    String code,
    String name,
    AdminLevel level,
    String parentCode,
    String provinceCode,
    String prefectureCode,
    int firstYear,
    int lastYear)
    implements Serializable {

  /** Whether the data has this code under this name in {@code year}. */
  public boolean validIn(int year) {
    return firstYear <= year && year <= lastYear;
  }

  /** Whether {@code code} is this division's own code, its parent, its prefecture or province. */
  boolean isOrIsUnder(String otherCode) {
    return otherCode != null
        && (otherCode.equals(code)
            || otherCode.equals(parentCode)
            || otherCode.equals(prefectureCode)
            || otherCode.equals(provinceCode));
  }

  /** Whether {@code code} is a strict ancestor (parent, prefecture or province) of this division. */
  boolean isUnder(String otherCode) {
    return otherCode != null && !otherCode.equals(code) && isOrIsUnder(otherCode);
  }
}
