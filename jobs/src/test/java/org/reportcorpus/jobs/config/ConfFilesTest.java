package org.reportcorpus.jobs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfFilesTest {

  private static final List<String> SUBMITTED = ConfFiles.split(
      "file:/home/u/conf/corpus.conf,file:/home/u/conf/terms.tsv, hdfs://nn/shared/stopwords.txt");

  @Test
  void aFileInTheWorkingFolderIsReadThere() {
    assertEquals("corpus.conf", ConfFiles.locate("corpus.conf", Set.of("corpus.conf")::contains, SUBMITTED));
  }

  @Test
  void aRelativeNameMissingHereIsTheSubmittedFileOfThatName() {
    assertEquals("file:/home/u/conf/corpus.conf", ConfFiles.locate("corpus.conf", name -> false, SUBMITTED));
    assertEquals("file:/home/u/conf/terms.tsv", ConfFiles.locate("conf/terms.tsv", name -> false, SUBMITTED));
    assertEquals("hdfs://nn/shared/stopwords.txt", ConfFiles.locate("stopwords.txt", name -> false, SUBMITTED));
  }

  @Test
  void addressesAbsolutePathsAndUnknownNamesStayAsGiven() {
    assertEquals("/etc/corpus.conf", ConfFiles.locate("/etc/corpus.conf", name -> false, SUBMITTED));
    assertEquals("hdfs://nn/conf/corpus.conf", ConfFiles.locate("hdfs://nn/conf/corpus.conf", name -> false, SUBMITTED));
    assertEquals("other.conf", ConfFiles.locate("other.conf", name -> false, SUBMITTED));
    assertEquals("corpus.conf", ConfFiles.locate("corpus.conf", name -> false, List.of()));
  }

  @Test
  void rulesFolderAndItsFiles() {
    assertEquals("file:/home/u/conf", ConfFiles.folderOf("file:/home/u/conf/corpus.conf"));
    assertEquals("file:/home/u/conf", ConfFiles.resolve("file:/home/u/conf", "."));
    assertEquals("file:/home/u/conf/terms.tsv", ConfFiles.resolve("file:/home/u/conf", "terms.tsv"));
    assertEquals("/home/u/conf/rules", ConfFiles.resolve("/home/u/conf", "rules"));
  }
}
