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
  void aLinkToAnAncestorIsNotFollowedAndALinkedFileIsListedOnceUnderItsFirstPath() throws IOException {
    write("in/a/report.txt", "abc");
    write("in/b.txt", "de");
    Files.createSymbolicLink(folder.resolve("in/a/up"), folder.resolve("in"));      // a loop
    Files.createSymbolicLink(folder.resolve("in/a/same.txt"), folder.resolve("in/b.txt")); // an alias
    Files.createSymbolicLink(folder.resolve("in/c"), folder.resolve("in/a"));        // a linked folder

    List<Row> files = InputFiles.list(new Configuration(), List.of(folder.resolve("in").toString()));

    assertEquals(List.of(
        folder + "/in/a/report.txt 3 null",
        folder + "/in/a/same.txt 2 null"), rows(files));
  }

  @Test
  void aDanglingLinkIsListedWithAReasonSoThatItBecomesAReject() throws IOException {
    write("in/a.txt", "abc");
    Files.createSymbolicLink(folder.resolve("in/gone.txt"), folder.resolve("in/missing.txt"));

    List<Row> files = InputFiles.list(new Configuration(), List.of(folder.resolve("in").toString()));

    assertEquals(List.of(folder + "/in/a.txt 3 null", folder + "/in/gone.txt 0 read_error"), rows(files));
    assertEquals("dangling symbolic link: " + folder.resolve("in/missing.txt"), files.get(1).getString(3));
  }

  @Test
  void oddNamesAreListedAsTheyAre() throws IOException {
    write("in/with space.txt", "a");
    write("in/zero\u200bwidth.txt", "b");
    write("in/new\nline.txt", "c");

    List<Row> files = InputFiles.list(new Configuration(), List.of(folder.resolve("in").toString()));

    assertEquals(List.of(folder + "/in/new\nline.txt 1 null", folder + "/in/with space.txt 1 null",
        folder + "/in/zero\u200bwidth.txt 1 null"), rows(files));
  }

  private static List<String> rows(List<Row> files) {
    return files.stream().map(f -> f.getString(0) + " " + f.getLong(1) + " " + f.getString(2)).toList();
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
