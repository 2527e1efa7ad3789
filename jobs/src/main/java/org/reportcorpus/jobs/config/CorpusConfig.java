package org.reportcorpus.jobs.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
    Map<String, String> settings = new TreeMap<>();
    if (!Files.exists(file)) {
      if (mustExist) {
        throw new IllegalArgumentException("--conf: file not found: " + file);
      }
      return settings;
    }
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (IOException e) {
      throw new IllegalArgumentException("--conf: cannot read " + file + ": " + e.getMessage(), e);
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
    String format = format();
    if (!format.equals("delta") && !format.equals("parquet")) {
      throw new IllegalArgumentException("--format: expected delta or parquet but got " + format);
    }
    if (maxRejectShare() < 0 || maxRejectShare() > 1) {
      throw new IllegalArgumentException(ConfigKeys.MAX_REJECT_SHARE + ": expected a share in [0, 1]");
    }
    dedupSettings();
    if (maxFileBytes() <= 0) {
      throw new IllegalArgumentException(ConfigKeys.MAX_FILE_BYTES + ": must be positive");
    }
  }

  public String get(String key, String fallback) {
    String value = settings.get(key);
    return value == null || value.isEmpty() ? fallback : value;
  }

  /** A whole number, or {@code fallback} when unset; a clear error naming the key otherwise. */
  public int getInt(String key, int fallback) {
    String value = get(key, Integer.toString(fallback));
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": expected a whole number but got " + value, e);
    }
  }

  /** A number, or {@code fallback} when unset. */
  public double getDouble(String key, double fallback) {
    String value = get(key, Double.toString(fallback));
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": expected a number but got " + value, e);
    }
  }

  /** A comma-separated list without blanks, or {@code fallback} when unset. */
  public List<String> getList(String key, String fallback) {
    List<String> items = new java.util.ArrayList<>();
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
    return get(ConfigKeys.FORMAT, ConfigKeys.DEFAULT_FORMAT);
  }

  public String termsPath() {
    return get(ConfigKeys.TERMS, ConfigKeys.DEFAULT_TERMS);
  }

  public long maxFileBytes() {
    return Long.parseLong(get(ConfigKeys.MAX_FILE_BYTES, Long.toString(ConfigKeys.DEFAULT_MAX_FILE_BYTES)));
  }

  public int ingestPartitions() {
    return Integer.parseInt(get(ConfigKeys.INGEST_PARTITIONS, "0"));
  }

  public List<String> jsonlTextFields() {
    List<String> fields = new ArrayList<>();
    for (String f : get(ConfigKeys.JSONL_TEXT_FIELDS, ConfigKeys.DEFAULT_JSONL_TEXT_FIELDS).split(",")) {
      if (!f.isBlank()) {
        fields.add(f.strip());
      }
    }
    return fields;
  }

  public String rulesFolder() {
    return get(ConfigKeys.RULES, ConfigKeys.DEFAULT_RULES);
  }

  public double maxRejectShare() {
    return Double.parseDouble(get(ConfigKeys.MAX_REJECT_SHARE, "0.5"));
  }

  public long rejectCheckMinRecords() {
    return Long.parseLong(get(ConfigKeys.REJECT_CHECK_MIN_RECORDS, "50"));
  }

  public boolean trendsIncludeNearDuplicates() {
    return Boolean.parseBoolean(get(ConfigKeys.TRENDS_INCLUDE_NEAR_DUPLICATES, "false"));
  }

  public org.reportcorpus.jobs.ingest.NearDuplicates.Settings dedupSettings() {
    return new org.reportcorpus.jobs.ingest.NearDuplicates.Settings(
        Double.parseDouble(get(ConfigKeys.DEDUP_THRESHOLD, "0.8")),
        Integer.parseInt(get(ConfigKeys.DEDUP_SHINGLE, "5")),
        Integer.parseInt(get(ConfigKeys.DEDUP_BANDS, "12")),
        Integer.parseInt(get(ConfigKeys.DEDUP_ROWS, "8")),
        Integer.parseInt(get(ConfigKeys.DEDUP_FEATURES, Integer.toString(1 << 20))),
        17L);
  }

  public int showRows() {
    return Integer.parseInt(get(ConfigKeys.TRENDS_SHOW_ROWS, "20"));
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
