package org.reportcorpus.udfs.region;

import java.io.Serializable;

/**
 * The region a document is about, as found by {@link RegionResolver}.
 *
 * @param regionName full name of the reporting region (全国 for national documents)
 * @param regionCode its six-digit code ({@link #NATIONAL_CODE} for national documents)
 * @param prefecture the prefecture: the region itself at prefecture level, the municipality for
 *     a municipality's district, {@code null} for a province or a province-administered county
 * @param prefectureCode code of {@code prefecture}, or {@code null}
 * @param province the province (the region itself at province level), {@code null} if national
 * @param provinceCode code of {@code province}, or {@code null}
 * @param adminLevel level of the reporting body; {@link AdminLevel#DEPARTMENT} for a department
 *     of the region's government
 * @param department the department (e.g. 司法局) when {@code adminLevel} is DEPARTMENT, else null
 * @param evidence the span of text the match was made on
 */
public record RegionMatch(
    String regionName,
    String regionCode,
    String prefecture,
    String prefectureCode,
    String province,
    String provinceCode,
    AdminLevel adminLevel,
    String department,
    String evidence)
    implements Serializable {

  /** Code used for the whole country (GB/T 2260 has none; 100000 is the conventional one). */
  public static final String NATIONAL_CODE = "100000";

  /** A national document (State Council, NPC): region 全国, no province or prefecture. */
  public static RegionMatch national(String evidence) {
    return new RegionMatch(
        "全国", NATIONAL_CODE, null, null, null, null, AdminLevel.NATIONAL, null, evidence);
  }
}
