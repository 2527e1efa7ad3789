package org.reportcorpus.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir
  Path folder;

  @Test
  void listsEveryFileUnderTheInputsRecursivelySortedByPathWithItsSize() throws IOException {
    write("reports/b.txt", "abc");
    write("reports/2023/a.jsonl", "{}\n{}\n");
    write("single.csv", "x");

    List<Row> files = InputFiles.list(new Configuration(),
        List.of(folder.resolve("single.csv").toString(), folder.resolve("reports").toString()));

    assertEquals(List.of(
        folder + "/reports/2023/a.jsonl 6",
        folder + "/reports/b.txt 3",
        folder + "/single.csv 1"), files.stream().map(f -> f.getString(0) + " " + f.getLong(1)).toList());
    assertEquals(10, InputFiles.totalBytes(files));
  }

  @Test
  void anEmptyFolderGivesNoFiles() throws IOException {
    Files.createDirectories(folder.resolve("empty"));
    assertEquals(List.of(), InputFiles.list(new Configuration(), List.of(folder.resolve("empty").toString())));
  }

  @Test
  void aMissingInputOrNoInputFailsNamingTheFlag() {
    String missing = folder.resolve("nope").toString();
    assertEquals("--input: no such file or folder: " + missing, assertThrows(IllegalArgumentException.class,
        () -> InputFiles.list(new Configuration(), List.of(missing))).getMessage());
    assertEquals("--input: at least one file or folder is required", assertThrows(IllegalArgumentException.class,
        () -> InputFiles.list(new Configuration(), List.of())).getMessage());
  }

  @Test
  void localPathsLoseTheirSchemeOthersKeepIt() {
    assertEquals("/data/in/a.txt", InputFiles.displayPath(new org.apache.hadoop.fs.Path("file:/data/in/a.txt")));
    assertEquals("hdfs://nn:8020/in/a.txt", InputFiles.displayPath(new org.apache.hadoop.fs.Path("hdfs://nn:8020/in/a.txt")));
  }

  private void write(String relative, String content) throws IOException {
    Path file = folder.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
