package org.reportcorpus.jobs.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where a configuration file named on the command line is read from (the conf file, the term
 * vocabulary), before Spark starts.
 *
 * <p>Under spark-submit, files sent with {@code --files} are in the driver's working folder only on
 * YARN and Kubernetes in cluster mode. In client mode, and on a standalone cluster in cluster mode
 * (whose driver runs in a folder of its own on a worker), they are not: the driver only knows their
 * addresses, from the {@value #SPARK_FILES} property spark-submit sets. So a relative name that is not
 * in the working folder is looked up there by its file name: {@code --files conf/corpus.conf} and
 * {@code --conf corpus.conf} read the same file in every deploy mode.
 */
public final class ConfFiles {

  /** The comma-separated addresses of the files sent with spark-submit's {@code --files}. */
  public static final String SPARK_FILES = "spark.files";

  private ConfFiles() {}

  /** The addresses sent with {@code --files}, as this JVM was told (none outside spark-submit). */
  public static List<String> submittedFiles() {
    return split(System.getProperty(SPARK_FILES, ""));
  }

  static List<String> split(String spec) {
    List<String> addresses = new ArrayList<>();
    for (String item : spec.split(",")) {
      if (!item.isBlank()) {
        addresses.add(item.strip());
      }
    }
    return addresses;
  }

  /**
   * Where to read {@code given}: as given when it is an address ({@code hdfs://…}, {@code file:…}),
   * an absolute path, or a relative path present in the working folder; else the submitted file of
   * the same file name; else as given (the reader then says it is missing).
   */
  public static String locate(String given, Predicate<String> existsHere, List<String> submitted) {
    if (isAddress(given) || Paths.get(given).isAbsolute() || existsHere.test(given)) {
      return given;
    }
    String name = fileName(given);
    for (String address : submitted) {
      if (fileName(address).equals(name)) {
        return address;
      }
    }
    return given;
  }

  /** {@link #locate} against this JVM's working folder and {@code --files}. */
  public static String locate(String given) {
    return locate(given, name -> java.nio.file.Files.exists(Paths.get(name)), submittedFiles());
  }

  /** The folder a file's relatives are resolved against: its parent, as an address or path. */
  public static String folderOf(String location) {
    Path parent = new Path(location).getParent();
    return parent == null ? "." : parent.toString();
  }

  /** {@code child} inside {@code folder} ({@code .} is the folder itself), as a Hadoop path string. */
  public static String resolve(String folder, String child) {
    return ".".equals(child) ? folder : new Path(folder, child).toString();
  }

  /** The text of the file at this address or path, read through Hadoop's file systems; empty when it does not exist. */
  public static Optional<String> read(String location, String what) {
    Path path = new Path(location);
    try {
      FileSystem fs = path.getFileSystem(new Configuration());
      if (!fs.exists(path)) {
        return Optional.empty();
      }
      try (InputStream in = fs.open(path)) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(what + ": cannot read " + location, e);
    }
  }

  /** Whether a file or folder exists at this address or path. */
  public static boolean exists(String location) {
    Path path = new Path(location);
    try {
      return path.getFileSystem(new Configuration()).exists(path);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isAddress(String given) {
    return given.contains(":/") || given.startsWith("file:");
  }

  private static String fileName(String location) {
    String trimmed = location.replaceAll("[/\\\\]+$", "");
    int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
    return trimmed.substring(slash + 1);
  }
}
