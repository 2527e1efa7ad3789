package org.reportcorpus.jobs.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Settings of one run: the conf file's properties with the command line's overrides applied,
 * plus the input paths. Immutable once built; validated before any Spark work starts.
 */
public final class CorpusConfig implements Serializable {

  private final Map<String, String> settings;
  private final List<String> inputs;

  private CorpusConfig(Map<String, String> settings, List<String> inputs) {
    this.settings = Collections.unmodifiableMap(new TreeMap<>(settings));
    this.inputs = List.copyOf(inputs);
  }

  /** Reads a properties file (UTF-8); a missing default file yields the built-in defaults. */
  public static Map<String, String> readConfFile(Path file, boolean mustExist) {
    return readConfFile(file.toString(), mustExist);
  }

  /** {@link #readConfFile(Path, boolean)} for a path or an address any Hadoop file system opens. */
  public static Map<String, String> readConfFile(String location, boolean mustExist) {
    Map<String, String> settings = new TreeMap<>();
    Optional<String> text = ConfFiles.read(location, "--conf");
    if (text.isEmpty()) {
      if (mustExist) {
        throw new IllegalArgumentException("--conf: file not found: " + location);
      }
      return settings;
    }
    Properties props = new Properties();
    try (Reader reader = new StringReader(text.get())) {
      props.load(reader);
    } catch (IOException e) {
      throw new IllegalArgumentException("--conf: cannot read " + location + ": " + e.getMessage(), e);
    }
    props.stringPropertyNames().forEach(k -> settings.put(k, props.getProperty(k).strip()));
    return settings;
  }

  public static CorpusConfig of(Map<String, String> settings, List<String> inputs) {
    CorpusConfig config = new CorpusConfig(settings, inputs);
    config.validate();
    return config;
  }

  private void validate() {
    format();
    maxRejectShare();
    rejectCheckMinRecords();
    ingestPartitions();
    showRows();
    dedupSettings();
    maxFileBytes();
    warehouseMinFreeBytes();
  }

  public String get(String key, String fallback) {
    String value = settings.get(key);
    return value == null || value.isEmpty() ? fallback : value;
  }

  /**
   * The typed readers below are the one parser of configuration values: each takes the key, the
   * default used when the key is unset or blank, and the accepted range, and fails with a message
   * naming the key, the accepted values and what it got.
   */
  public int getInt(String key, int fallback) {
    return getInt(key, fallback, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** A whole number in [min, max]; underscores are allowed as digit separators (1_000_000). */
  public int getInt(String key, int fallback, int min, int max) {
    return (int) getLong(key, fallback, min, max);
  }

  public long getLong(String key, long fallback, long min, long max) {
    String value = get(key, null);
    if (value == null) {
      return fallback;
    }
    long parsed;
    try {
      parsed = Long.parseLong(value.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw invalid(key, "a whole number" + range(min, max), value);
    }
    if (parsed < min || parsed > max) {
      throw invalid(key, "a whole number" + range(min, max), value);
    }
    return parsed;
  }

  public double getDouble(String key, double fallback) {
    return getDouble(key, fallback, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** A finite number in [min, max]. */
  public double getDouble(String key, double fallback, double min, double max) {
    String value = get(key, null);
    if (value == null) {
      return fallback;
    }
    String expected = "a number" + range(min, max);
    double parsed;
    try {
      parsed = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw invalid(key, expected, value);
    }
    if (!Double.isFinite(parsed) || parsed < min || parsed > max) {
      throw invalid(key, expected, value);
    }
    return parsed;
  }

  /** {@code true} or {@code false} (any case); anything else is an error, not a silent false. */
  public boolean getBoolean(String key, boolean fallback) {
    String value = get(key, null);
    if (value == null) {
      return fallback;
    }
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw invalid(key, "true or false", value);
    };
  }

  /** One of {@code choices}. */
  public String getChoice(String key, String fallback, List<String> choices) {
    String value = get(key, fallback).strip();
    if (!choices.contains(value)) {
      throw invalid(key, "one of " + String.join(", ", choices), value);
    }
    return value;
  }

  /** A comma-separated list of whole numbers, each at least {@code min}. */
  public List<Integer> getIntList(String key, String fallback, int min) {
    List<Integer> values = new ArrayList<>();
    for (String item : getList(key, fallback)) {
      try {
        values.add(Integer.parseInt(item.replace("_", "")));
      } catch (NumberFormatException e) {
        throw invalid(key, "a comma-separated list of whole numbers >= " + min, get(key, fallback));
      }
      if (values.get(values.size() - 1) < min) {
        throw invalid(key, "a comma-separated list of whole numbers >= " + min, get(key, fallback));
      }
    }
    return List.copyOf(values);
  }

  /** The error every typed reader and settings check gives: key, accepted values, value given. */
  public static IllegalArgumentException invalid(String key, String expected, Object got) {
    return new IllegalArgumentException(key + ": expected " + expected + " but got " + got);
  }

  /** The accepted range as words; bounds at or beyond the int range mean "no bound". */
  private static String range(double min, double max) {
    boolean hasMin = min > Integer.MIN_VALUE;
    boolean hasMax = max < Integer.MAX_VALUE;
    if (hasMin && hasMax) {
      return " in [" + format(min) + ", " + format(max) + "]";
    }
    return hasMin ? " >= " + format(min) : hasMax ? " <= " + format(max) : "";
  }

  private static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }

  /** A comma-separated list without blanks, or {@code fallback} when unset. */
  public List<String> getList(String key, String fallback) {
    List<String> items = new ArrayList<>();
    for (String item : get(key, fallback).split(",")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return List.copyOf(items);
  }

  public String warehouse() {
    return get(ConfigKeys.WAREHOUSE, ConfigKeys.DEFAULT_WAREHOUSE);
  }

  public String format() {
    return getChoice(ConfigKeys.FORMAT, ConfigKeys.DEFAULT_FORMAT, List.of("delta", "parquet"));
  }

  public String termsPath() {
    return get(ConfigKeys.TERMS, ConfigKeys.DEFAULT_TERMS);
  }

  public long maxFileBytes() {
    return getLong(ConfigKeys.MAX_FILE_BYTES, ConfigKeys.DEFAULT_MAX_FILE_BYTES, 1, Long.MAX_VALUE);
  }

  public int ingestPartitions() {
    return getInt(ConfigKeys.INGEST_PARTITIONS, 0, 0, Integer.MAX_VALUE);
  }

  public List<String> jsonlTextFields() {
    return getList(ConfigKeys.JSONL_TEXT_FIELDS, ConfigKeys.DEFAULT_JSONL_TEXT_FIELDS);
  }

  public String rulesFolder() {
    return get(ConfigKeys.RULES, ConfigKeys.DEFAULT_RULES);
  }

  /** A writing job refuses to start with less free space than this on the warehouse's disk. */
  public long warehouseMinFreeBytes() {
    return getLong(ConfigKeys.WAREHOUSE_MIN_FREE_MB, 256, 0, Long.MAX_VALUE >> 20) << 20;
  }

  /** Whether ingest skips files source_files holds with the same size and modification time. */
  public boolean skipUnchanged() {
    return getBoolean(ConfigKeys.SKIP_UNCHANGED, true);
  }

  public double maxRejectShare() {
    return getDouble(ConfigKeys.MAX_REJECT_SHARE, 0.5, 0, 1);
  }

  public long rejectCheckMinRecords() {
    return getLong(ConfigKeys.REJECT_CHECK_MIN_RECORDS, 50, 0, Long.MAX_VALUE);
  }


  public DedupSettings dedupSettings() {
    return new DedupSettings(
        getDouble(ConfigKeys.DEDUP_THRESHOLD, 0.8, 0, 1),
        getInt(ConfigKeys.DEDUP_SHINGLE, 5, 1, 1000),
        getInt(ConfigKeys.DEDUP_BANDS, 12, 1, 1000),
        getInt(ConfigKeys.DEDUP_ROWS, 8, 1, 1000),
        getInt(ConfigKeys.DEDUP_FEATURES, 1 << 20, 1, Integer.MAX_VALUE),
        17L);
  }

  public int showRows() {
    return getInt(ConfigKeys.TRENDS_SHOW_ROWS, 20, 0, 100_000);
  }

  public List<String> inputs() {
    return inputs;
  }

  /** Settings starting with {@code spark.}, applied to the session when not already set. */
  public Map<String, String> sparkSettings() {
    Map<String, String> spark = new TreeMap<>();
    settings.forEach((k, v) -> {
      if (k.startsWith("spark.")) {
        spark.put(k, v);
      }
    });
    return spark;
  }

  public Map<String, String> settings() {
    return settings;
  }
}
