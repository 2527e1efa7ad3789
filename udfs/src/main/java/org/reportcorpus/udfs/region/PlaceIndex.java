package org.reportcorpus.udfs.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The gazetteer's names (full and short) to its rows, for finding place mentions in text.
 *
 * <ol>
 *   <li>{@link #scan}: full names greedily, longest first (常熟市, 海南藏族自治州, also 海南州), then
 *       short names (常熟) in the gaps;
 *   <li>{@link #chains}: adjacent mentions where each is under an earlier one ("江苏省苏州市", "长春市
 *       朝阳区"); the last link is the place meant, the earlier ones restrict it.
 * </ol>
 *
 * <p>Immutable once built; thread-safe.
 */
final class PlaceIndex {

  private static final int[] NO_LENGTHS = {};

  /** Full names that are also ordinary words (主城区, 郊区): used only in a chain or a title. */
  private static final Set<String> GENERIC_NAMES = Set.of("新城区", "老城区", "市中区", "城中区");

  final Gazetteer gazetteer;
  private final Map<String, List<Division>> full = new HashMap<>();
  private final Map<String, List<Division>> shortNames = new HashMap<>();
  private final Map<String, List<Division>> fullOrShort = new HashMap<>();
  /** For each first character, the name lengths (longest first) in fullOrShort / shortNames. */
  private final Map<Character, int[]> fullLengths;
  private final Map<Character, int[]> shortLengths;

  PlaceIndex(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (Division d : gazetteer.all()) {
      add(full, d.name(), d);
      String shortName = Gazetteer.shortName(d.name());
      if (shortName.length() >= 2 && !shortName.equals(d.name())) {
        add(shortNames, shortName, d);
        // 海南州, 石柱县, 鄂温克旗: how autonomous units are usually called
        for (String kind : new String[] {"州", "县", "旗"}) {
          if (d.name().endsWith("自治" + kind)) {
            add(full, shortName + kind, d);
          }
        }
      }
    }
    // a full name that is also another unit's short name (沙县 350427 → 沙县区 350405): both
    full.forEach(
        (name, rows) -> {
          List<Division> both = new ArrayList<>(rows);
          for (Division d : shortNames.getOrDefault(name, List.of())) {
            if (!both.contains(d)) {
              both.add(d);
            }
          }
          fullOrShort.put(name, List.copyOf(both));
        });
    this.fullLengths = lengthsByFirstChar(fullOrShort);
    this.shortLengths = lengthsByFirstChar(shortNames);
  }

  /** One place name found in a text, with every row it may stand for. */
  record Mention(int start, int end, String surface, List<Division> candidates, boolean isShort) {
    boolean isGeneric() {
      return GENERIC_NAMES.contains(surface)
          || (!isShort && surface.length() <= 2 && surface.endsWith("区"));
    }
  }

  /** Adjacent mentions, parent first ("江苏省苏州市"); the last link is the place meant. */
  record Chain(List<Mention> links) {
    int start() {
      return links.get(0).start();
    }

    int end() {
      return links.get(links.size() - 1).end();
    }

    Mention last() {
      return links.get(links.size() - 1);
    }

    boolean isLinked() {
      return links.size() > 1;
    }

    /** Parents in the chain: the last link is under one of them. */
    List<Mention> parents() {
      return links.subList(0, links.size() - 1);
    }
  }

  /** The chains of place mentions in {@code s}, in text order. */
  List<Chain> chains(String s) {
    return chains(scan(s), s);
  }

  /** Place mentions in {@code s}: full names greedily (longest first), short names in the gaps. */
  List<Mention> scan(String s) {
    List<Mention> mentions = new ArrayList<>();
    boolean[] taken = new boolean[s.length()];
    scanInto(s, fullOrShort, fullLengths, false, taken, mentions);
    scanInto(s, shortNames, shortLengths, true, taken, mentions);
    mentions.sort(Comparator.comparingInt(Mention::start));
    return mentions;
  }

  static List<Chain> chains(List<Mention> mentions, String s) {
    List<Chain> chains = new ArrayList<>();
    List<Mention> current = new ArrayList<>();
    for (Mention m : mentions) {
      if (!current.isEmpty()) {
        Mention prev = current.get(current.size() - 1);
        if (adjacent(prev, m, s) && isUnderAny(m.candidates(), current)) {
          current.add(m);
          continue;
        }
        chains.add(new Chain(List.copyOf(current)));
        current.clear();
      }
      current.add(m);
    }
    if (!current.isEmpty()) {
      chains.add(new Chain(List.copyOf(current)));
    }
    return chains;
  }

  /** Whether one of {@code rows} is under a candidate of one of {@code parents}. */
  static boolean isUnderAny(List<Division> rows, List<Mention> parents) {
    for (Division child : rows) {
      for (Mention p : parents) {
        for (Division parent : p.candidates()) {
          if (child.isUnder(parent.code())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean adjacent(Mention prev, Mention next, String s) {
    if (next.start() == prev.end()) {
      return true;
    }
    return next.start() == prev.end() + 1 && s.charAt(prev.end()) == ' ';
  }

  private static Map<Character, int[]> lengthsByFirstChar(Map<String, List<Division>> names) {
    Map<Character, TreeSet<Integer>> lengths = new HashMap<>();
    for (String name : names.keySet()) {
      lengths
          .computeIfAbsent(name.charAt(0), c -> new TreeSet<>(Comparator.reverseOrder()))
          .add(name.length());
    }
    Map<Character, int[]> out = new HashMap<>();
    lengths.forEach((c, set) -> out.put(c, set.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  private static void add(Map<String, List<Division>> map, String key, Division d) {
    List<Division> list = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(d)) {
      list.add(d);
    }
  }

  private static void scanInto(
      String s,
      Map<String, List<Division>> names,
      Map<Character, int[]> lengthsByFirst,
      boolean isShort,
      boolean[] taken,
      List<Mention> out) {
    int i = 0;
    while (i < s.length()) {
      if (taken[i] || !isHan(s.charAt(i))) {
        i++;
        continue;
      }
      int found = 0;
      int[] lengths = lengthsByFirst.getOrDefault(s.charAt(i), NO_LENGTHS);
      for (int len : lengths) {
        if (i + len > s.length() || !free(taken, i, len)) {
          continue;
        }
        List<Division> rows = names.get(s.substring(i, i + len));
        if (rows != null) {
          out.add(new Mention(i, i + len, s.substring(i, i + len), rows, isShort));
          found = len;
          break;
        }
      }
      if (found > 0) {
        for (int k = i; k < i + found; k++) {
          taken[k] = true;
        }
        i += found;
      } else {
        i++;
      }
    }
  }

  private static boolean free(boolean[] taken, int from, int len) {
    for (int k = from; k < from + len; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
