package org.reportcorpus.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.DedupSettings;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.spark.Sessions;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.tables.Tables.TableDef;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * Ingest year A, then A and B: {@code duplicates} and {@code doc_signatures} equal those of one
 * ingest of A and B into an empty warehouse, and the second ingest signed only B's new documents.
 *
 * <p>B is made to reach the corners of the incremental rule. B's folder sorts before A's, so:
 * <ul>
 *   <li>an edited repost of the A report s1 is earlier than it: the head of their buckets
 *       changes, so s1, an old document, is compared again and now points to the repost;
 *   <li>an exact copy of the A report s2 moves s2's order key before that of s2-repost (which
 *       pointed to s2 until then, '-' sorting before '.'): s2 becomes the head, s2-repost is
 *       compared again; s2's stored row gets the new key, its signature is not computed again;
 *   <li>an exact copy of s0, which resembles nothing: its key moves, nothing is compared;
 *   <li>a new report with its own edited repost (the earlier of the two by path), and a new report
 *       without any.
 * </ul>
 */
class DuplicatesUpdateTest {

  private static TableStore incremental;
  private static TableStore scratch;
  private static long documentsOfA;
  private static Map<String, String> idOf;
  private static DedupSettings settings;

  @BeforeAll
  static void ingestAThenAAndBAndAAndBFromScratch() throws IOException {
    Path root = Fixtures.tempDir("dups-years");
    // B's folder sorts before A's: its copies of A's reports are earlier by source path
    Path yearA = Files.createDirectories(root.resolve("b-year-a"));
    Path yearB = Files.createDirectories(root.resolve("a-year-b"));
    write(yearA, "s0.txt", seed("000_95fd3ce53541a022.txt"));
    write(yearA, "s1.txt", seed("001_7bf61fff27766dcc.txt"));
    write(yearA, "s2.txt", seed("002_2bed144c6ff0fd44.txt"));
    write(yearA, "s2-repost.txt", edited(seed("002_2bed144c6ff0fd44.txt")));
    write(yearB, "s1-repost.txt", edited(seed("001_7bf61fff27766dcc.txt")));
    write(yearB, "s2-copy.txt", seed("002_2bed144c6ff0fd44.txt"));
    write(yearB, "s0-copy.txt", seed("000_95fd3ce53541a022.txt"));
    write(yearB, "s3.txt", seed("003_e07ef6ad28cc21cb.txt"));
    write(yearB, "s3-repost.txt", edited(seed("003_e07ef6ad28cc21cb.txt")));
    write(yearB, "s4.txt", seed("004_59e847098df36eae.txt"));

    SparkSession spark = SharedSpark.get();
    Path incrementalWarehouse = Fixtures.tempDir("dups-incremental");
    CorpusRun first = Sessions.prepare(spark, Fixtures.config(incrementalWarehouse, List.of(yearA)));
    IngestJob.run(first);
    documentsOfA = first.store().read(Tables.DOCUMENTS).count();
    CorpusRun second = Sessions.prepare(spark, Fixtures.config(incrementalWarehouse, List.of(yearA, yearB)));
    IngestJob.run(second);
    incremental = second.store();
    settings = second.options().dedup();

    CorpusRun once = Sessions.prepare(spark, Fixtures.config(Fixtures.tempDir("dups-scratch"), List.of(yearA, yearB)));
    IngestJob.run(once);
    scratch = once.store();

    idOf = new java.util.TreeMap<>();
    for (Row row : scratch.read(Tables.DOCUMENTS).select("doc_id", "source_paths").collectAsList()) {
      for (Object path : row.getList(1)) {
        idOf.put(Path.of((String) path).getFileName().toString(), row.getString(0));
      }
    }
  }

  @Test
  void duplicatesAndSignaturesEqualOneIngestOfBothYears() {
    assertEquals(sorted(scratch, Tables.DUPLICATES), sorted(incremental, Tables.DUPLICATES));
    assertEquals(sorted(scratch, Tables.DOC_SIGNATURES), sorted(incremental, Tables.DOC_SIGNATURES));
    assertEquals(scratch.read(Tables.DOCUMENTS).count(), incremental.read(Tables.DOC_SIGNATURES).count(),
        "one signature per document");
  }

  @Test
  void theCornersWereReached() {
    Map<String, String> pointsTo = new java.util.TreeMap<>();
    for (Row row : incremental.read(Tables.DUPLICATES).collectAsList()) {
      pointsTo.put(row.getString(0), row.getString(1));
    }
    assertEquals(Map.of(idOf.get("s1.txt"), idOf.get("s1-repost.txt"),
            idOf.get("s2-repost.txt"), idOf.get("s2.txt"),
            idOf.get("s3.txt"), idOf.get("s3-repost.txt")), pointsTo,
        "s1 of year A now points to B's earlier repost; s2, found again at an earlier path, is now the original;"
            + " in B, s3-repost.txt sorts before s3.txt");
    assertEquals(idOf.get("s2.txt"), idOf.get("s2-copy.txt"), "an exact copy is the same document");
    assertEquals(idOf.get("s0.txt"), idOf.get("s0-copy.txt"), "an exact copy is the same document");
  }

  @Test
  void theSecondIngestSignedOnlyTheNewDocumentsAndMovedOneKey() {
    long newDocuments = incremental.read(Tables.DOCUMENTS).count() - documentsOfA;
    assertEquals(4, newDocuments, "s1-repost, s3, s3-repost, s4");
    Row merge = DeltaTable.forPath(SharedSpark.get(), incremental.path(Tables.DOC_SIGNATURES)).history(1).first();
    assertEquals("MERGE", merge.getAs("operation"));
    Map<String, String> metrics = merge.getJavaMap(merge.fieldIndex("operationMetrics"));
    assertEquals(String.valueOf(newDocuments), metrics.get("numTargetRowsInserted"), metrics.toString());
    assertEquals("2", metrics.get("numTargetRowsUpdated"), "the order keys of s0 and s2 moved to their copies' paths");
    assertEquals(String.valueOf(newDocuments + 2), metrics.get("numSourceRows"),
        "rows written: the new documents' signatures and the moved keys, nothing else");
  }

  @Test
  void anUpdateWithNothingNewSignsAndComparesNothingAndWritesNothing() {
    long duplicatesVersion = latestVersion(incremental, Tables.DUPLICATES);
    long signaturesVersion = latestVersion(incremental, Tables.DOC_SIGNATURES);
    DuplicatesUpdate.Result result = DuplicatesUpdate.run(incremental, settings, false);
    assertEquals(new DuplicatesUpdate.Result(false, 0, 0, 3), result);
    assertEquals(duplicatesVersion, latestVersion(incremental, Tables.DUPLICATES));
    assertEquals(signaturesVersion, latestVersion(incremental, Tables.DOC_SIGNATURES));
  }

  @Test
  void aFullRecomputeGivesTheSameTables() throws IOException {
    Path warehouse = Fixtures.tempDir("dups-full");
    for (TableDef table : List.of(Tables.DOCUMENTS, Tables.DUPLICATES, Tables.DOC_SIGNATURES)) {
      copyFolder(Path.of(java.net.URI.create(incremental.path(table))), warehouse.resolve(table.name()));
    }
    TableStore copy = new TableStore(SharedSpark.get(), warehouse.toString(), "delta");
    DuplicatesUpdate.Result result = DuplicatesUpdate.run(copy, settings, true);
    assertTrue(result.full());
    assertEquals(incremental.read(Tables.DOCUMENTS).count(), result.signed());
    assertEquals(sorted(incremental, Tables.DUPLICATES), sorted(copy, Tables.DUPLICATES));
    assertEquals(sorted(incremental, Tables.DOC_SIGNATURES), sorted(copy, Tables.DOC_SIGNATURES));
  }

  /**
   * Documents only added (nothing moved): the shortcut of {@link DuplicatesUpdate#touchedByAdded}.
   * An earlier edited repost of s1 takes the head of s1's buckets, so s1 is compared again; a new
   * report with its repost, and one without, are compared as new.
   */
  @Test
  void documentsOnlyAddedCompareTheNewOnesAndThoseWhoseHeadIsNew() throws IOException {
    Path root = Fixtures.tempDir("dups-added");
    Path early = Files.createDirectories(root.resolve("b-early"));
    Path added = Files.createDirectories(root.resolve("a-added"));
    write(early, "s1.txt", seed("001_7bf61fff27766dcc.txt"));
    write(early, "s2.txt", seed("002_2bed144c6ff0fd44.txt"));
    write(early, "s2-repost.txt", edited(seed("002_2bed144c6ff0fd44.txt")));
    write(added, "s1-repost.txt", edited(seed("001_7bf61fff27766dcc.txt")));
    write(added, "s3.txt", seed("003_e07ef6ad28cc21cb.txt"));
    write(added, "s3-repost.txt", edited(seed("003_e07ef6ad28cc21cb.txt")));
    write(added, "s4.txt", seed("004_59e847098df36eae.txt"));

    SparkSession spark = SharedSpark.get();
    Path warehouse = Fixtures.tempDir("dups-added-incremental");
    IngestJob.run(Sessions.prepare(spark, Fixtures.config(warehouse, List.of(early))));
    CorpusRun second = Sessions.prepare(spark, Fixtures.config(warehouse, List.of(early, added)));
    IngestJob.run(second);
    CorpusRun once = Sessions.prepare(spark, Fixtures.config(Fixtures.tempDir("dups-added-scratch"),
        List.of(early, added)));
    IngestJob.run(once);

    assertEquals(sorted(once.store(), Tables.DUPLICATES), sorted(second.store(), Tables.DUPLICATES));
    Map<String, String> ids = new java.util.TreeMap<>();
    for (Row row : second.store().read(Tables.DOCUMENTS).select("doc_id", "source_paths").collectAsList()) {
      ids.put(Path.of((String) row.getList(1).get(0)).getFileName().toString(), row.getString(0));
    }
    Map<String, String> pointsTo = new java.util.TreeMap<>();
    for (Row row : second.store().read(Tables.DUPLICATES).collectAsList()) {
      pointsTo.put(row.getString(0), row.getString(1));
    }
    // s2 and its repost have no date: the repost is the earlier by path ('-' before '.')
    assertEquals(Map.of(ids.get("s1.txt"), ids.get("s1-repost.txt"),
            ids.get("s2.txt"), ids.get("s2-repost.txt"),
            ids.get("s3.txt"), ids.get("s3-repost.txt")), pointsTo,
        "s1, an old document, now points to the earlier repost added after it");
  }

  private static List<String> sorted(TableStore store, TableDef table) {
    return store.read(table).orderBy(col("doc_id")).collectAsList().stream().map(Row::toString).toList();
  }

  private static long latestVersion(TableStore store, TableDef table) {
    return DeltaTable.forPath(SharedSpark.get(), store.path(table)).history(1).first().<Long>getAs("version");
  }

  /** A Delta table is its folder: its log names its files relative to it. */
  private static void copyFolder(Path from, Path to) throws IOException {
    try (java.util.stream.Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  private static String seed(String name) throws IOException {
    return Files.readString(Fixtures.sharedCorpus().resolve("seeds").resolve(name), StandardCharsets.UTF_8);
  }

  /** A repost with small edits: three characters replaced, at a quarter, half and three quarters of the text. */
  private static String edited(String text) {
    StringBuilder edited = new StringBuilder(text);
    for (double at : new double[] {0.25, 0.5, 0.75}) {
      int index = (int) (text.length() * at);
      while (!Character.isLetter(edited.charAt(index))) {
        index++;
      }
      edited.setCharAt(index, edited.charAt(index) == '某' ? '甲' : '某');
    }
    return edited.toString();
  }

  private static void write(Path folder, String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }
}
