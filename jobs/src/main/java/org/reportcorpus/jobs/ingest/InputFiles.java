package org.reportcorpus.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

/**
 * Lists the input files on the driver: every file under each input (recursively), as its path
 * and size only — contents are read on the executors. Local files are shown as plain paths,
 * others with their scheme ({@code hdfs://…}); the list is sorted by path.
 */
final class InputFiles {

  /** One row per input file. */
  static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("path", DataTypes.StringType, false),
      DataTypes.createStructField("size", DataTypes.LongType, false)));

  private InputFiles() {}

  static List<Row> list(Configuration hadoop, List<String> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("--input: at least one file or folder is required");
    }
    List<Row> files = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(hadoop);
        if (!fs.exists(path)) {
          throw new IllegalArgumentException("--input: no such file or folder: " + input);
        }
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
        while (it.hasNext()) {
          FileStatus status = it.next();
          files.add(RowFactory.create(displayPath(fs.makeQualified(status.getPath())), status.getLen()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("--input: cannot list " + input, e);
      }
    }
    files.sort(Comparator.comparing(file -> file.getString(0)));
    return files;
  }

  /** The bytes of all the files: with their count, it sets how many partitions read them. */
  static long totalBytes(List<Row> files) {
    return files.stream().mapToLong(file -> file.getLong(1)).sum();
  }

  static String displayPath(Path qualified) {
    return "file".equals(qualified.toUri().getScheme()) ? qualified.toUri().getPath() : qualified.toString();
  }
}
