package org.reportcorpus.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.reportcorpus.jobs.config.DedupSettings;
import org.reportcorpus.jobs.tables.ReportYears;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code duplicates} equal to {@link NearDuplicates#find} over every document of the
 * warehouse while hashing only new documents and comparing only the documents whose result can
 * have changed; the signatures live in {@code doc_signatures}.
 *
 * <ol>
 *   <li>ledger: each document's order key now against its stored signature row: new (no row),
 *       moved (another order key: a re-ingest found the text at an earlier path or with another
 *       date), gone (a row without document), kept;
 *   <li>signNew: signatures of the new documents only, from their text;
 *   <li>touched: the new documents, and every member of a bucket whose head is not the one it
 *       had (a new or moved document became the earliest, or the head moved or went); when
 *       documents were only added, the buckets whose head now is a new document, without
 *       banding the stored signatures a second time;
 *   <li>compareTouched: the touched documents with the heads of their buckets;
 *   <li>write: {@code duplicates} = the stored rows of the untouched documents + the rows of the
 *       touched ones; then the new and moved signature rows are upserted (appended when there are
 *       only new ones). In that order: a run
 *       killed between the two writes leaves its new documents unsigned, and the next run
 *       compares them again.
 * </ol>
 *
 * Why this equals a full recompute: a document's row depends only on its signature (a function of
 * its text, i.e. its doc_id, and the settings), which buckets that puts it in, and the heads of
 * those buckets (see {@link NearDuplicates}). An untouched document is not new and all its buckets
 * kept their heads, so its row is the one the last run computed over the stored signatures —
 * provided {@code duplicates} was computed from what {@code doc_signatures} holds, which every
 * completed run leaves true.
 *
 * A full recompute — every signature from text, every document compared, both tables replaced —
 * runs when asked ({@code ingest --recompute-duplicates}), when either table is missing, and
 * when the stored signatures were made under other {@code corpus.dedup.*} settings.
 */
public final class DuplicatesUpdate {

  private static final Logger LOG = LoggerFactory.getLogger(DuplicatesUpdate.class);

  private DuplicatesUpdate() {}

  /**
   * What an update did: whether it was a full recompute, the documents it computed signatures
   * for, the documents it compared with their buckets' heads, and the rows of {@code duplicates}.
   */
  public record Result(boolean full, long signed, long compared, long duplicates) {}

  public static Result run(TableStore store, DedupSettings settings, boolean recompute) {
    String scheme = NearDuplicates.settingsOf(settings);
    String fullBecause = recompute ? "asked for" : whyFull(store, scheme);
    if (fullBecause != null) {
      LOG.info("[ingest] near duplicates: full recompute ({})", fullBecause);
      return recomputeAll(store, settings, scheme);
    }
    return update(store, settings, scheme);
  }

  /** Why the stored tables cannot be built on, or null if they can. */
  static String whyFull(TableStore store, String scheme) {
    if (!store.exists(Tables.DOC_SIGNATURES)) {
      return "no " + Tables.DOC_SIGNATURES.name() + " yet";
    }
    if (!store.exists(Tables.DUPLICATES)) {
      return "no " + Tables.DUPLICATES.name() + " table";
    }
    List<Row> other = store.read(Tables.DOC_SIGNATURES).select("settings")
        .filter(col("settings").notEqual(scheme)).limit(1).collectAsList();
    return other.isEmpty() ? null : "signatures made under " + other.get(0).getString(0) + ", now " + scheme;
  }

  /** Every signature from text, every document compared; both tables replaced. */
  static Result recomputeAll(TableStore store, DedupSettings settings, String scheme) {
    Dataset<Row> signatures = NearDuplicates.signatures(store.read(Tables.DOCUMENTS), settings)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Dataset<Row> buckets = NearDuplicates.buckets(signatures, settings);
    store.overwrite(Tables.DUPLICATES,
        NearDuplicates.matches(buckets, NearDuplicates.heads(buckets), signatures, settings));
    store.overwrite(Tables.DOC_SIGNATURES, signatures.withColumn("settings", lit(scheme)));
    long signed = store.read(Tables.DOC_SIGNATURES).count();
    signatures.unpersist();
    return logged(new Result(true, signed, signed, store.read(Tables.DUPLICATES).count()));
  }

  /** Signs the new documents and compares the touched ones; writes only what changed. */
  static Result update(TableStore store, DedupSettings settings, String scheme) {
    Dataset<Row> documents = store.read(Tables.DOCUMENTS);
    Dataset<Row> ledger = ledger(documents, store.read(Tables.DOC_SIGNATURES))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Map<String, Long> states = countStates(ledger);
    LOG.info("[ingest] near duplicates: documents by their stored signature: {}", states);

    Dataset<Row> signed = signNew(documents, ledger, settings).persist(StorageLevel.MEMORY_AND_DISK_SER());
    Dataset<Row> now = ledger.filter(col("state").isin(KEPT, MOVED))
        .select("doc_id", "order_key", "signature")
        .unionByName(signed);
    Dataset<Row> before = ledger.filter(col("state").notEqual(NEW))
        .select(col("doc_id"), col("stored_key").as("order_key"), col("signature"));
    // Both read again by touched and by the comparison: banded and grouped once.
    Dataset<Row> bucketsNow = NearDuplicates.buckets(now, settings).persist(StorageLevel.MEMORY_AND_DISK_SER());
    Dataset<Row> headsNow = NearDuplicates.heads(bucketsNow).persist(StorageLevel.MEMORY_AND_DISK_SER());
    Dataset<Row> touched = (onlyAdded(states) ? touchedByAdded(signed, bucketsNow, headsNow)
        : touched(signed, bucketsNow, headsNow, NearDuplicates.heads(NearDuplicates.buckets(before, settings))))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long compared = touched.count();

    if (compared > 0 || states.containsKey(GONE)) {
      Dataset<Row> fresh = NearDuplicates.matches(
          bucketsNow.join(touched, new String[] {"doc_id"}, "left_semi"), headsNow, now, settings);
      Dataset<Row> kept = store.read(Tables.DUPLICATES)
          .join(touched, new String[] {"doc_id"}, "left_anti")
          .join(documents.select("doc_id"), new String[] {"doc_id"}, "left_semi");
      store.overwrite(Tables.DUPLICATES, kept.unionByName(fresh));
    }
    if (states.containsKey(GONE)) {
      // a MERGE cannot drop rows: the whole (narrow) table is written again
      store.overwrite(Tables.DOC_SIGNATURES, now.withColumn("settings", lit(scheme)));
    } else if (states.containsKey(MOVED)) {
      Dataset<Row> changed = ledger.filter(col("state").equalTo(MOVED))
          .select("doc_id", "order_key", "signature")
          .unionByName(signed);
      store.upsert(Tables.DOC_SIGNATURES, changed.withColumn("settings", lit(scheme)), Map.of());
    } else if (states.containsKey(NEW)) {
      // new documents have no row by definition: appended, without a MERGE's pass over the table
      store.append(Tables.DOC_SIGNATURES, signed.withColumn("settings", lit(scheme)));
    }
    touched.unpersist();
    headsNow.unpersist();
    bucketsNow.unpersist();
    signed.unpersist();
    ledger.unpersist();
    return logged(new Result(false, states.getOrDefault(NEW, 0L), compared, store.read(Tables.DUPLICATES).count()));
  }

  /**
   * (doc_id, order_key, signature) of the documents without a stored signature: their text is
   * read here, from the files of their report years only.
   */
  static Dataset<Row> signNew(Dataset<Row> documents, Dataset<Row> ledger, DedupSettings settings) {
    Dataset<Row> unsigned = ledger.filter(col("state").equalTo(NEW)).select("doc_id", "report_year");
    return NearDuplicates.signatures(ReportYears.of(unsigned).rowsOf(documents, unsigned), settings);
  }

  static final String NEW = "new";
  static final String MOVED = "moved";
  static final String GONE = "gone";
  static final String KEPT = "kept";

  /**
   * (doc_id, order_key, report_year, stored_key, signature, state): each document's order key now
   * and the stored row's, by doc_id; state says which of the two exist and whether they agree.
   */
  static Dataset<Row> ledger(Dataset<Row> documents, Dataset<Row> storedSignatures) {
    Dataset<Row> current = documents.select(col("doc_id"), NearDuplicates.orderKey().as("order_key"),
        col("report_year"));
    Dataset<Row> stored = storedSignatures.select(col("doc_id"), col("order_key").as("stored_key"), col("signature"));
    Column state = when(col("stored_key").isNull(), NEW)
        .when(col("order_key").isNull(), GONE)
        .when(col("order_key").notEqual(col("stored_key")), MOVED)
        .otherwise(KEPT);
    return current.join(stored, new String[] {"doc_id"}, "full_outer").withColumn("state", state);
  }

  /** Documents per state, in name order: one small aggregation. */
  static Map<String, Long> countStates(Dataset<Row> ledger) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : ledger.groupBy("state").count().collectAsList()) {
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }

  /**
   * (doc_id) of the documents whose row must be computed again: the new ones, and the members of
   * every bucket whose head now differs from its head before (null when the bucket did not exist).
   */
  static Dataset<Row> touched(Dataset<Row> signed, Dataset<Row> bucketsNow, Dataset<Row> headsNow,
      Dataset<Row> headsBefore) {
    String[] bucket = {"band", "bucket"};
    Dataset<Row> changedBuckets = headsNow.select(col("band"), col("bucket"), col("head").as("head_now"))
        .join(headsBefore.select(col("band"), col("bucket"), col("head").as("head_before")), bucket, "full_outer")
        .filter(not(col("head_now").eqNullSafe(col("head_before"))));
    return bucketsNow.join(changedBuckets, bucket, "left_semi").select("doc_id")
        .unionByName(signed.select("doc_id"))
        .distinct();
  }

  /** Whether documents were only added since the stored signatures: none moved, none gone. */
  static boolean onlyAdded(Map<String, Long> states) {
    return states.keySet().stream().allMatch(state -> state.equals(NEW) || state.equals(KEPT));
  }

  /**
   * {@link #touched} when documents were only added, without the buckets as they were: a bucket's
   * head before was its earliest kept member (if any), so its head changed exactly when its head
   * now is a new document.
   */
  static Dataset<Row> touchedByAdded(Dataset<Row> signed, Dataset<Row> bucketsNow, Dataset<Row> headsNow) {
    String[] bucket = {"band", "bucket"};
    Dataset<Row> newHeads = headsNow.join(signed.select(col("doc_id").as("head")), new String[] {"head"}, "left_semi");
    return bucketsNow.join(newHeads.select("band", "bucket"), bucket, "left_semi").select("doc_id")
        .unionByName(signed.select("doc_id"))
        .distinct();
  }

  private static Result logged(Result result) {
    LOG.info("[ingest] near duplicates{}: signed {} documents, compared {} with their buckets' heads; {} duplicates",
        result.full() ? " (full recompute)" : "", result.signed(), result.compared(), result.duplicates());
    return result;
  }
}
