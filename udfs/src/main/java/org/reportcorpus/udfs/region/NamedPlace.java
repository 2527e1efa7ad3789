package org.reportcorpus.udfs.region;

import java.io.Serializable;
import java.util.Set;

/**
 * A place a document names as its own in a line of its head that exists only for that — the
 * congress of a work report's delivery line (「在湖南省第十四届人民代表大会…」) or the speaker's line
 * (「浏阳市市长 ×××」) — tried by {@link RegionResolver} before the rest of the head.
 *
 * @param text the place as written (湖南省, 福州市鼓楼区, 长沙); may be blank (「在市第十六届…」)
 * @param national whether the line names the whole country (第十四届全国人民代表大会)
 * @param levels the levels the speaker's title allows (省长 → province), empty for any
 * @param evidence the line the place was read from
 */
public record NamedPlace(String text, boolean national, Set<AdminLevel> levels, String evidence)
    implements Serializable {

  public NamedPlace {
    text = text == null ? "" : text.strip();
    levels = levels == null ? Set.of() : Set.copyOf(levels);
  }
}
