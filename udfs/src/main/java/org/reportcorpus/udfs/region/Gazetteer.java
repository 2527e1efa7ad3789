package org.reportcorpus.udfs.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectStreamException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Chinese administrative divisions (GB/T 2260 codes) at province, prefecture and county level,
 * with the years in which each (code, name) pair was in force.
 *
 * <p>The bundled data ({@code /gazetteer/divisions.tsv}, built by {@code scripts/gazetteer}) covers
 * the data years 2002–2023; see {@code PROVENANCE.md} beside it. Immutable and thread-safe. A
 * serialized {@link #bundled()} instance deserializes to the JVM's own bundled instance, so shipping
 * it to executors costs nothing more than a flag.
 */
public final class Gazetteer implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Classpath location of the bundled TSV. */
  public static final String RESOURCE = "/gazetteer/divisions.tsv";

  private static final String[] HEADER = {
    "code", "name", "level", "parent_code", "province_code", "prefecture_code", "first_year",
    "last_year"
  };

  /** Suffixes removed by {@link #shortName}, longest first. */
  private static final String[] SUFFIXES = {
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "矿区", "新区", "特区", "省", "市", "区",
    "县", "盟"
  };

  /** The 56 nationalities, as they appear inside the names of autonomous units. */
  private static final String[] NATIONALITIES = {
    "柯尔克孜", "乌孜别克", "维吾尔", "哈萨克", "达斡尔", "鄂温克", "鄂伦春", "俄罗斯", "塔吉克", "塔塔尔", "土家", "哈尼",
    "傈僳", "拉祜", "纳西", "景颇", "仫佬", "布依", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安",
    "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺", "东乡", "朝鲜", "蒙古", "高山", "汉", "回", "藏", "苗", "彝", "壮",
    "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌", "怒", "京"
  };

  private final List<Division> all;
  private final boolean isBundled;
  private final int firstDataYear;
  private final int lastDataYear;
  private transient Map<String, List<Division>> byCode;
  private transient Map<String, List<Division>> byName;
  private transient Map<String, List<Division>> byParent;

  private Gazetteer(List<Division> rows, boolean isBundled) {
    this.all = List.copyOf(rows);
    this.isBundled = isBundled;
    this.firstDataYear = rows.stream().mapToInt(Division::firstYear).min().orElse(0);
    this.lastDataYear = rows.stream().mapToInt(Division::lastYear).max().orElse(0);
    index();
  }

  private static final class BundledHolder {
    static final Gazetteer INSTANCE = loadBundled();

    private static Gazetteer loadBundled() {
      InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException(
            "gazetteer resource " + RESOURCE + " is not on the classpath");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return new Gazetteer(readRows(reader), true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** The gazetteer bundled as {@code /gazetteer/divisions.tsv}, loaded once per JVM. */
  public static Gazetteer bundled() {
    return BundledHolder.INSTANCE;
  }

  /** Reads a TSV in the bundled layout (header line, then one row per (code, name)). */
  public static Gazetteer parse(Reader tsv) {
    try {
      return new Gazetteer(readRows(tsv), false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer TSV", e);
    }
  }

  private static List<Division> readRows(Reader tsv) throws IOException {
    BufferedReader reader = tsv instanceof BufferedReader b ? b : new BufferedReader(tsv);
    String header = reader.readLine();
    if (header == null || !String.join("\t", HEADER).equals(stripBom(header).trim())) {
      throw new IllegalArgumentException(
          "expected gazetteer header '" + String.join("\t", HEADER) + "' but got '" + header + "'");
    }
    List<Division> rows = new ArrayList<>();
    String line;
    int lineNo = 1;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != HEADER.length) {
        throw new IllegalArgumentException(
            "gazetteer line " + lineNo + ": expected " + HEADER.length + " fields but got "
                + f.length);
      }
      rows.add(
          new Division(
              f[0],
              f[1],
              AdminLevel.fromLabel(f[2]),
              emptyToNull(f[3]),
              emptyToNull(f[4]),
              emptyToNull(f[5]),
              Integer.parseInt(f[6]),
              Integer.parseInt(f[7])));
    }
    return rows;
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private void index() {
    Map<String, List<Division>> codes = new HashMap<>();
    Map<String, List<Division>> names = new HashMap<>();
    Map<String, List<Division>> parents = new HashMap<>();
    for (Division d : all) {
      codes.computeIfAbsent(d.code(), k -> new ArrayList<>()).add(d);
      names.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
      if (d.parentCode() != null) {
        parents.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
      }
    }
    Comparator<Division> latestFirst =
        Comparator.comparingInt(Division::lastYear)
            .thenComparingInt(Division::firstYear)
            .reversed();
    codes.values().forEach(list -> list.sort(latestFirst));
    this.byCode = freeze(codes);
    this.byName = freeze(names);
    this.byParent = freeze(parents);
  }

  private static Map<String, List<Division>> freeze(Map<String, List<Division>> map) {
    Map<String, List<Division>> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  private void readObject(java.io.ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    index();
  }

  private Object readResolve() throws ObjectStreamException {
    return isBundled ? bundled() : this;
  }

  /** Every row, in file order (by code, then first year). */
  public List<Division> all() {
    return all;
  }

  /** The row for {@code code} with the latest name (the one in force last). */
  public Optional<Division> byCode(String code) {
    List<Division> rows = code == null ? null : byCode.get(code);
    return rows == null ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** The row for {@code code} valid in {@code year} (clamped to the data years), else the latest. */
  public Optional<Division> byCode(String code, Integer year) {
    List<Division> rows = code == null ? null : byCode.get(code);
    if (rows == null) {
      return Optional.empty();
    }
    if (year != null) {
      int y = clampYear(year);
      for (Division d : rows) {
        if (d.validIn(y)) {
          return Optional.of(d);
        }
      }
    }
    return Optional.of(rows.get(0));
  }

  /** Every row whose full name is exactly {@code fullName} (any code, any years). */
  public List<Division> byName(String fullName) {
    return fullName == null ? List.of() : byName.getOrDefault(fullName, List.of());
  }

  /**
   * Rows in force in {@code year}. A year after the last data year is answered with the last
   * snapshot, a year before the first with the first (the divisions of 2024 are those of 2023 as
   * far as this data can tell).
   */
  public List<Division> validIn(int year) {
    int y = clampYear(year);
    return all.stream().filter(d -> d.validIn(y)).toList();
  }

  /** Rows whose parent is {@code parentCode} (any year). */
  public List<Division> children(String parentCode) {
    return parentCode == null ? List.of() : byParent.getOrDefault(parentCode, List.of());
  }

  /** First data year covered. */
  public int firstDataYear() {
    return firstDataYear;
  }

  /** Last data year covered. */
  public int lastDataYear() {
    return lastDataYear;
  }

  /** {@code year} moved into [{@link #firstDataYear}, {@link #lastDataYear}]. */
  public int clampYear(int year) {
    return Math.max(firstDataYear, Math.min(lastDataYear, year));
  }

  /**
   * The name a place is called by in running text: the type suffix (省, 市, 县, 区, 自治州…) and,
   * for autonomous units, the nationalities removed. 常熟市→常熟, 宁夏回族自治区→宁夏, 海南藏族自治州→海南,
   * 北京市→北京. Never shorter than two characters: 城区 stays 城区, 芒市 stays 芒市. Banners (旗) keep
   * their suffix unless autonomous (鄂温克族自治旗→鄂温克).
   */
  public static String shortName(String fullName) {
    if (fullName == null) {
      return null;
    }
    String name = fullName.trim();
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
        String stem = name.substring(0, name.length() - suffix.length());
        return suffix.startsWith("自治") ? stripNationalities(stem) : stem;
      }
    }
    return name;
  }

  private static String stripNationalities(String stem) {
    String s = stem;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String nationality : NATIONALITIES) {
        for (String form : new String[] {nationality + "族", nationality}) {
          // the bare form only for multi-character names (维吾尔, 鄂伦春); 水, 土 are too common
          if (form.length() < 2 || !s.endsWith(form) || s.length() - form.length() < 2) {
            continue;
          }
          s = s.substring(0, s.length() - form.length());
          changed = true;
          break;
        }
        if (changed) {
          break;
        }
      }
    }
    return s;
  }
}
