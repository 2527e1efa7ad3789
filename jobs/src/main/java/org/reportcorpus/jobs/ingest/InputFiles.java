package org.reportcorpus.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the input files on the driver: every file under each input (recursively), as its path,
 * size and modification time only — contents are read on the executors. Local files are shown as plain paths,
 * others with their scheme ({@code hdfs://…}); the list is sorted by path.
 *
 * <p>Local folders are walked with java.nio rather than Hadoop's local file system, which asks
 * the operating system for each file's permissions (a process per file without the native
 * library) and follows a link to a parent folder until the path is too long. Here:
 * <ul>
 *   <li>a link to a folder that contains it (a loop) is not entered again;
 *   <li>a file reached by several paths (links, linked folders) is listed once, under its first
 *       path in sort order;
 *   <li>a dangling link, an unreadable folder or something that is not a regular file is listed
 *       with a {@code reason}, so that it becomes a reject rather than vanishing.
 * </ul>
 */
final class InputFiles {

  private static final Logger LOG = LoggerFactory.getLogger(InputFiles.class);

  /** One row per input file; reason and detail are set when the file cannot be read at all. */
  static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("path", DataTypes.StringType, false),
      DataTypes.createStructField("size", DataTypes.LongType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, true),
      DataTypes.createStructField("detail", DataTypes.StringType, true),
      DataTypes.createStructField("modified", DataTypes.LongType, false)));

  private InputFiles() {}

  /**
   * Before any session: at least one input, and every local one (a path or file: address) there.
   * Other file systems are checked when listed, still before any table changes.
   */
  static void checkLocal(List<String> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("--input: at least one file or folder is required");
    }
    for (String input : inputs) {
      java.nio.file.Path local = input.startsWith("file:") ? Paths.get(java.net.URI.create(input))
          : input.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*") ? null : Paths.get(input);
      if (local != null && !Files.exists(local, LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalArgumentException("--input: no such file or folder: " + input);
      }
    }
  }

  static List<Row> list(Configuration hadoop, List<String> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("--input: at least one file or folder is required");
    }
    List<Listed> files = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(hadoop);
        Path qualified = fs.makeQualified(path);
        if ("file".equals(qualified.toUri().getScheme())) {
          java.nio.file.Path local = Paths.get(qualified.toUri());
          if (!Files.exists(local, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("--input: no such file or folder: " + input);
          }
          new LocalWalk(files).visit(local, new HashSet<>());
        } else {
          if (!fs.exists(path)) {
            throw new IllegalArgumentException("--input: no such file or folder: " + input);
          }
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
          while (it.hasNext()) {
            FileStatus status = it.next();
            String shown = displayPath(fs.makeQualified(status.getPath()));
            files.add(new Listed(shown, shown, status.getLen(), status.getModificationTime(), null, null));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("--input: cannot list " + input, e);
      }
    }
    files.sort(Comparator.comparing(Listed::path));
    Set<String> seen = new HashSet<>();
    List<Row> rows = new ArrayList<>(files.size());
    int aliases = 0;
    for (Listed file : files) {
      if (seen.add(file.identity())) {
        rows.add(RowFactory.create(file.path(), file.size(), file.reason(), file.detail(), file.modified()));
      } else {
        aliases++;
      }
    }
    if (aliases > 0) {
      LOG.info("listed {} files; {} more paths reached a file already listed (links) and were skipped",
          rows.size(), aliases);
    }
    return rows;
  }

  /** The bytes of all the files: with their count, it sets how many partitions read them. */
  static long totalBytes(List<Row> files) {
    return files.stream().mapToLong(file -> file.getLong(1)).sum();
  }

  static String displayPath(Path qualified) {
    return "file".equals(qualified.toUri().getScheme()) ? qualified.toUri().getPath() : qualified.toString();
  }

  /** A listed path; {@code identity} is what makes two paths the same file (the real path). */
  private record Listed(String path, String identity, long size, long modified, String reason, String detail) {}

  /** A depth-first walk of a local folder, its children in name order. */
  private record LocalWalk(List<Listed> out) {

    /** {@code ancestors}: real paths of the folders above, to recognise a link back to one of them. */
    void visit(java.nio.file.Path path, Set<java.nio.file.Path> ancestors) {
      String shown = path.toAbsolutePath().normalize().toString();
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(path, BasicFileAttributes.class);
      } catch (IOException e) {
        boolean link = Files.isSymbolicLink(path);
        out.add(new Listed(shown, shown, 0, 0, RejectReason.READ_ERROR,
            link ? "dangling symbolic link: " + target(path) : "cannot read: " + e));
        return;
      }
      if (attributes.isRegularFile()) {
        out.add(new Listed(shown, realPath(path, shown), attributes.size(), attributes.lastModifiedTime().toMillis(),
            null, null));
      } else if (attributes.isDirectory()) {
        java.nio.file.Path real;
        try {
          real = path.toRealPath();
        } catch (IOException e) {
          out.add(new Listed(shown, shown, 0, 0, RejectReason.READ_ERROR, "cannot resolve folder: " + e));
          return;
        }
        if (ancestors.contains(real)) {
          LOG.info("not following {}: a link to its own ancestor {}", shown, real);
          return;
        }
        List<java.nio.file.Path> children;
        try (Stream<java.nio.file.Path> listing = Files.list(path)) {
          children = listing.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException | UncheckedIOException e) {
          out.add(new Listed(shown, shown, 0, 0, RejectReason.READ_ERROR, "cannot list folder: " + e));
          return;
        }
        ancestors.add(real);
        children.forEach(child -> visit(child, ancestors));
        ancestors.remove(real);
      } else {
        out.add(new Listed(shown, shown, 0, 0, RejectReason.READ_ERROR, "not a regular file or folder"));
      }
    }

    private static String realPath(java.nio.file.Path path, String fallback) {
      try {
        return path.toRealPath().toString();
      } catch (IOException e) {
        return fallback;
      }
    }

    private static String target(java.nio.file.Path link) {
      try {
        return Files.readSymbolicLink(link).toString();
      } catch (IOException e) {
        return "?";
      }
    }
  }
}
