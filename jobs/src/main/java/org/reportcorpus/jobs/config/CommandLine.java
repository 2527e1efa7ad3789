package org.reportcorpus.jobs.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the options every job shares:
 *
 * <pre>
 *   --input PATH        repeatable; files or folders (recursive)
 *   --warehouse DIR     where the tables live (default ./warehouse)
 *   --format F          delta (default) or parquet
 *   --conf FILE         properties file (default conf/corpus.conf of the installation)
 *   --terms FILE        term vocabulary (default: corpus.terms of the conf file)
 *   --set key=value     override any conf key; repeatable
 * </pre>
 *
 * Options a job does not know are returned in {@link #rest()} for it to parse.
 */
public final class CommandLine {

  /** System property set by bin/corpus: the installation directory holding conf/. */
  public static final String HOME_PROPERTY = "corpus.home";

  private final CorpusOptions options;
  private final List<String> rest;

  private CommandLine(CorpusOptions options, List<String> rest) {
    this.options = options;
    this.rest = List.copyOf(rest);
  }

  public static CommandLine parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    Map<String, String> flags = new LinkedHashMap<>();
    Map<String, String> sets = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>();
    String confFile = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--input" -> inputs.add(value(args, ++i, arg));
        case "--warehouse" -> flags.put(ConfigKeys.WAREHOUSE, value(args, ++i, arg));
        case "--format" -> flags.put(ConfigKeys.FORMAT, value(args, ++i, arg));
        case "--terms" -> flags.put(ConfigKeys.TERMS, value(args, ++i, arg));
        case "--conf" -> confFile = value(args, ++i, arg);
        case "--set" -> {
          String kv = value(args, ++i, arg);
          int eq = kv.indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("--set: expected key=value but got " + kv);
          }
          sets.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
        default -> rest.add(arg);
      }
    }
    Path conf = confFile != null ? Paths.get(confFile) : defaultConfFile();
    Map<String, String> settings = new LinkedHashMap<>(CorpusConfig.readConfFile(conf, confFile != null));
    resolveRelativeToConf(settings, conf);
    settings.putAll(sets);
    settings.putAll(flags);
    // Every stage's settings are built here, so a bad value stops the command before Spark starts.
    return new CommandLine(CorpusOptions.from(CorpusConfig.of(settings, inputs)), rest);
  }

  public CorpusConfig config() {
    return options.common();
  }

  public CorpusOptions options() {
    return options;
  }

  public List<String> rest() {
    return rest;
  }

  /** Fails with a message naming the flag when a job was given options it does not know. */
  public void requireNoRest(String job) {
    if (!rest.isEmpty()) {
      throw new IllegalArgumentException(job + ": unknown option " + rest.get(0));
    }
  }

  public static Path defaultConfFile() {
    String home = System.getProperty(HOME_PROPERTY);
    return home != null ? Paths.get(home, "conf", "corpus.conf") : Paths.get("conf", "corpus.conf");
  }

  /**
   * Files named in a conf file are relative to that file's folder; the rules folder defaults to
   * the conf file's own folder.
   */
  private static void resolveRelativeToConf(Map<String, String> settings, Path conf) {
    Path folder = conf.toAbsolutePath().getParent();
    settings.putIfAbsent(ConfigKeys.RULES, ".");
    for (String key : new String[] {ConfigKeys.TERMS, ConfigKeys.RULES}) {
      String value = settings.get(key);
      if (value != null && !value.contains("://") && !Paths.get(value).isAbsolute()) {
        Path resolved = folder.resolve(value).normalize();
        settings.put(key, Files.exists(resolved) ? resolved.toString() : value);
      }
    }
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new IllegalArgumentException(flag + ": missing value");
    }
    return args[i];
  }
}
