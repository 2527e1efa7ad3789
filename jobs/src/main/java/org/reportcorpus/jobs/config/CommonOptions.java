package org.reportcorpus.jobs.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The flags every job shares (a picocli mixin), and the one place they are merged with the conf
 * file into settings. Precedence, highest first: a flag (--warehouse, --format, --terms), then
 * {@code --set key=value}, then the conf file, then the built-in defaults.
 */
public final class CommonOptions {

  /** System property set by bin/corpus: the installation directory holding conf/. */
  public static final String HOME_PROPERTY = "corpus.home";

  @Option(names = "--input", paramLabel = "PATH", description = "file or folder, read recursively; repeatable")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--warehouse", paramLabel = "DIR", description = "where the tables live (default ./warehouse)")
  String warehouse;

  @Option(names = "--format", paramLabel = "F", description = "delta (default) or parquet")
  String format;

  @Option(names = "--conf", paramLabel = "FILE", description = "configuration (default conf/corpus.conf)")
  String conf;

  @Option(names = "--terms", paramLabel = "FILE", description = "term vocabulary (default: corpus.terms of the conf file)")
  String terms;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a configuration key; repeatable")
  Map<String, String> sets = new LinkedHashMap<>();

  /** The merged settings and inputs (common keys checked). */
  public CorpusConfig config() {
    String confFile = conf != null ? ConfFiles.locate(conf) : defaultConfFile();
    Map<String, String> settings = new LinkedHashMap<>(CorpusConfig.readConfFile(confFile, conf != null));
    resolveRelativeToConf(settings, confFile);
    sets.forEach((key, value) -> settings.put(key.strip(), value.strip()));
    putIfGiven(settings, ConfigKeys.WAREHOUSE, warehouse);
    putIfGiven(settings, ConfigKeys.FORMAT, format);
    putIfGiven(settings, ConfigKeys.TERMS, terms == null ? null : ConfFiles.locate(terms));
    return CorpusConfig.of(settings, inputs);
  }

  /** Every stage's settings, built and checked: a bad value stops the command before Spark starts. */
  public CorpusOptions options() {
    return CorpusOptions.from(config());
  }

  /**
   * conf/corpus.conf of the installation (bin/corpus sets {@value #HOME_PROPERTY}), else of the
   * working folder, else a corpus.conf sent with spark-submit's {@code --files}.
   */
  public static String defaultConfFile() {
    String home = System.getProperty(HOME_PROPERTY);
    if (home != null) {
      return Paths.get(home, "conf", "corpus.conf").toString();
    }
    Path local = Paths.get("conf", "corpus.conf");
    return Files.exists(local) ? local.toString() : ConfFiles.locate("corpus.conf");
  }

  private static void putIfGiven(Map<String, String> settings, String key, String value) {
    if (value != null) {
      settings.put(key, value);
    }
  }

  /**
   * Files named in a conf file are relative to that file's folder; the rules folder defaults to
   * the conf file's own folder. A relative file missing there is looked up as {@link ConfFiles} does.
   */
  private static void resolveRelativeToConf(Map<String, String> settings, String conf) {
    String folder = ConfFiles.folderOf(absolute(conf));
    settings.putIfAbsent(ConfigKeys.RULES, ".");
    for (String key : new String[] {ConfigKeys.TERMS, ConfigKeys.RULES}) {
      String value = settings.get(key);
      if (value != null && !value.contains("://") && !Paths.get(value).isAbsolute()) {
        String resolved = ConfFiles.resolve(folder, value);
        settings.put(key, ConfFiles.exists(resolved) ? normalize(resolved) : ConfFiles.locate(value));
      }
    }
  }

  /** A local path made absolute; an address as it is. */
  private static String absolute(String location) {
    return location.contains(":") ? location : Paths.get(location).toAbsolutePath().toString();
  }

  private static String normalize(String location) {
    return location.startsWith("/") ? Paths.get(location).normalize().toString() : location;
  }
}
