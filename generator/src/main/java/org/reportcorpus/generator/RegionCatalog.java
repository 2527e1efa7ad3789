package org.reportcorpus.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.reportcorpus.udfs.region.AdminLevel;
import org.reportcorpus.udfs.region.Division;
import org.reportcorpus.udfs.region.Gazetteer;

/**
 * The regions a synthetic corpus may use: real divisions a resolver can find without guessing.
 *
 * <p>A division is eligible when
 *
 * <ol>
 *   <li>it has the same code and name in every year of the range (years outside the gazetteer's
 *       data are read as its nearest data year);
 *   <li>no other division in force in any of those years has the same full name (朝阳区, 城关区
 *       are out) or the same short name (吉林省 and 吉林市 both say 吉林 in running text);
 *   <li>its name holds no surface form of a dictionary term and is already in normalized form.
 * </ol>
 */
final class RegionCatalog {

  /** Shares of the picked regions by level; counties take whatever the others leave. */
  static final double PROVINCE_SHARE = 0.03;
  static final double PREFECTURE_SHARE = 0.17;

  private final Map<AdminLevel, List<ReportingRegion>> eligible;

  private RegionCatalog(Map<AdminLevel, List<ReportingRegion>> eligible) {
    this.eligible = eligible;
  }

  static RegionCatalog of(Gazetteer gazetteer, int firstYear, int lastYear, TermCounter counter,
      UnaryOperator<String> normalizer) {
    int from = gazetteer.clampYear(firstYear);
    int to = gazetteer.clampYear(lastYear);
    List<Division> inRange = gazetteer.all().stream()
        .filter(d -> d.firstYear() <= to && d.lastYear() >= from)
        .toList();
    Map<String, Set<String>> codesByName = new HashMap<>();
    Map<String, Set<String>> codesByShortName = new HashMap<>();
    for (Division d : inRange) {
      codesByName.computeIfAbsent(d.name(), k -> new HashSet<>()).add(d.code());
      codesByShortName.computeIfAbsent(Gazetteer.shortName(d.name()), k -> new HashSet<>()).add(d.code());
    }
    Map<AdminLevel, List<ReportingRegion>> eligible = new EnumMap<>(AdminLevel.class);
    for (AdminLevel level : List.of(AdminLevel.PROVINCE, AdminLevel.PREFECTURE, AdminLevel.COUNTY)) {
      eligible.put(level, new ArrayList<>());
    }
    for (Division d : inRange) {
      boolean stable = d.firstYear() <= from && d.lastYear() >= to;
      boolean uniqueName = codesByName.get(d.name()).size() == 1
          && codesByShortName.get(Gazetteer.shortName(d.name())).size() == 1
          && !codesByName.containsKey(Gazetteer.shortName(d.name()));
      boolean clean = !counter.containsAny(d.name()) && normalizer.apply(d.name()).equals(d.name());
      if (stable && uniqueName && clean && eligible.containsKey(d.level())) {
        describe(gazetteer, d, to).ifPresent(r -> eligible.get(d.level()).add(r));
      }
    }
    eligible.values().forEach(list -> list.sort(Comparator.comparing(ReportingRegion::code)));
    return new RegionCatalog(eligible);
  }

  int size() {
    return eligible.values().stream().mapToInt(List::size).sum();
  }

  int size(AdminLevel level) {
    return eligible.getOrDefault(level, List.of()).size();
  }

  /**
   * {@code wanted} regions (or all when fewer are eligible): about 3% provinces, 17% prefectures,
   * the rest counties, a level's shortfall made up from the others. Sorted by code.
   */
  List<ReportingRegion> pick(int wanted, Random rng) {
    Map<AdminLevel, List<ReportingRegion>> shuffled = new EnumMap<>(AdminLevel.class);
    eligible.forEach((level, regions) -> {
      List<ReportingRegion> copy = new ArrayList<>(regions);
      Collections.shuffle(copy, rng);
      shuffled.put(level, copy);
    });
    Map<AdminLevel, Integer> quota = new EnumMap<>(AdminLevel.class);
    quota.put(AdminLevel.PROVINCE, Math.max(1, (int) Math.round(wanted * PROVINCE_SHARE)));
    quota.put(AdminLevel.PREFECTURE, (int) Math.round(wanted * PREFECTURE_SHARE));
    quota.put(AdminLevel.COUNTY, wanted);
    List<ReportingRegion> picked = new ArrayList<>();
    Map<AdminLevel, Integer> taken = new EnumMap<>(AdminLevel.class);
    for (AdminLevel level : List.of(AdminLevel.PROVINCE, AdminLevel.PREFECTURE, AdminLevel.COUNTY)) {
      List<ReportingRegion> pool = shuffled.get(level);
      int n = Math.min(pool.size(), Math.min(quota.get(level), wanted - picked.size()));
      picked.addAll(pool.subList(0, n));
      taken.put(level, n);
    }
    // Too few counties: top up from the prefectures, then the provinces.
    for (AdminLevel level : List.of(AdminLevel.PREFECTURE, AdminLevel.PROVINCE)) {
      List<ReportingRegion> pool = shuffled.get(level);
      int next = taken.get(level);
      while (picked.size() < wanted && next < pool.size()) {
        picked.add(pool.get(next++));
      }
    }
    picked.sort(Comparator.comparing(ReportingRegion::code));
    return picked;
  }

  /** The region with its report vocabulary; empty when its parents cannot be found. */
  private static Optional<ReportingRegion> describe(Gazetteer gazetteer, Division d, int year) {
    String name = d.name();
    Optional<Division> province = gazetteer.byCode(d.provinceCode(), year);
    if (province.isEmpty()) {
      return Optional.empty();
    }
    String prefecture = "";
    if (d.prefectureCode() != null) {
      prefecture = gazetteer.byCode(d.prefectureCode(), year).map(Division::name).orElse("");
    }
    String addressee;
    if (d.level() == AdminLevel.PROVINCE) {
      addressee = "党中央、国务院";
    } else {
      Optional<Division> parent = gazetteer.byCode(d.parentCode(), year);
      if (parent.isEmpty()) {
        return Optional.empty();
      }
      addressee = issuerOf(parent.get().name());
    }
    String scope;
    String government;
    String justice;
    String lower;
    if (name.endsWith("自治区")) {
      scope = "全区";
      government = "自治区政府";
      justice = "自治区司法厅";
      lower = lowerOfProvince(gazetteer, d);
    } else if (name.endsWith("省")) {
      scope = "全省";
      government = "省政府";
      justice = "省司法厅";
      lower = lowerOfProvince(gazetteer, d);
    } else if (d.level() == AdminLevel.PROVINCE) {
      scope = "全市";
      government = "市政府";
      justice = "市司法局";
      lower = name.equals("重庆市") ? "区县" : "区";
    } else if (name.endsWith("州")) {
      scope = "全州";
      government = "州政府";
      justice = "州司法局";
      lower = "县(市)";
    } else if (name.endsWith("盟")) {
      scope = "全盟";
      government = "盟行署";
      justice = "盟司法局";
      lower = "旗县(市)";
    } else if (name.endsWith("地区")) {
      scope = "全地区";
      government = "行署";
      justice = "地区司法局";
      lower = "县(市)";
    } else if (name.endsWith("旗")) {
      scope = "全旗";
      government = "旗政府";
      justice = "旗司法局";
      lower = "苏木乡镇(街道)";
    } else if (name.endsWith("县")) {
      scope = "全县";
      government = "县政府";
      justice = "县司法局";
      lower = "乡镇(街道)";
    } else if (name.endsWith("区")) {
      scope = "全区";
      government = "区政府";
      justice = "区司法局";
      lower = "街道(乡镇)";
    } else {
      scope = "全市";
      government = "市政府";
      justice = "市司法局";
      if (d.level() == AdminLevel.PREFECTURE) {
        boolean hasCounties = !gazetteer.children(d.code()).isEmpty();
        boolean hasBanners = gazetteer.children(d.code()).stream().anyMatch(c -> c.name().endsWith("旗"));
        lower = !hasCounties ? "镇(街道)" : hasBanners ? "旗县(市、区)" : "县(市、区)";
      } else {
        lower = "乡镇(街道)";
      }
    }
    return Optional.of(new ReportingRegion(d.code(), name, d.level(), province.get().code(),
        province.get().name(), prefecture, issuerOf(name), addressee, scope, government, justice, lower));
  }

  /** The signing body: 人民政府, or 行政公署 for the prefecture-level 地区 and 盟. */
  static String issuerOf(String regionName) {
    return regionName.endsWith("地区") || regionName.endsWith("盟") ? regionName + "行政公署" : regionName + "人民政府";
  }

  private static String lowerOfProvince(Gazetteer gazetteer, Division province) {
    boolean hasAutonomousPrefectures = gazetteer.children(province.code()).stream()
        .anyMatch(c -> c.name().endsWith("州") || c.name().endsWith("盟") || c.name().endsWith("地区"));
    return hasAutonomousPrefectures ? "市(州)" : "设区市";
  }
}
