package org.reportcorpus.udfs.discover;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Picks the top candidates from phrases in score order, leaving out a phrase that contains or is
 * contained in a phrase already picked: 推行诉前一站清 and 诉前一站清相关 are 诉前一站清 in context,
 * 一站清 a piece of it — the same rule the vocabulary gets ({@link KnownPhrases}), applied to the
 * better candidates.
 */
public final class CandidateSelection {

  private CandidateSelection() {}

  /** Up to {@code limit} phrases of {@code ranked} (best first), in order; reads no further than needed. */
  public static List<String> select(Iterator<String> ranked, int limit) {
    List<String> picked = new ArrayList<>();
    while (picked.size() < limit && ranked.hasNext()) {
      String phrase = ranked.next();
      if (phrase == null || phrase.isEmpty()) {
        continue;
      }
      boolean overlaps = false;
      for (String better : picked) {
        if (phrase.contains(better) || better.contains(phrase)) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        picked.add(phrase);
      }
    }
    return picked;
  }
}
