package org.reportcorpus.jobs.cooccur;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.reportcorpus.jobs.spark.RowBuilder;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.SharedSpark;

/**
 * Tiny input tables for the co-occurrence and keyword tests, with the declared schemas of
 * {@link Tables} — every column made nullable, so a test gives only the columns a stage reads
 * (and a null text).
 */
public final class TestDocuments {

  private TestDocuments() {}

  public static StructType nullable(StructType schema) {
    return DataTypes.createStructType(Arrays.stream(schema.fields())
        .map(f -> DataTypes.createStructField(f.name(), f.dataType(), true))
        .toArray(StructField[]::new));
  }

  /** A {@code documents} row: id, text, report year and province; the other columns empty. */
  public static Row document(String docId, String text, Integer year, String provinceCode, String province) {
    return new RowBuilder(nullable(Tables.DOCUMENTS.schema()))
        .set("doc_id", docId)
        .set("source_path", "/test/" + docId + ".txt")
        .set("source_paths", RowBuilder.seq(List.of("/test/" + docId + ".txt")))
        .set("source_format", "txt")
        .set("text", text)
        .set("n_chars", text == null ? 0 : text.codePointCount(0, text.length()))
        .set("stripped", RowBuilder.seq(List.of()))
        .set("report_year", year)
        .set("province_code", provinceCode)
        .set("province", province)
        .build();
  }

  public static Dataset<Row> documents(Row... rows) {
    return SharedSpark.get().createDataFrame(List.of(rows), nullable(Tables.DOCUMENTS.schema()));
  }

  /** A {@code tokens} row from "word/tag" pairs separated by spaces. */
  public static Row tokens(String docId, String tagged) {
    List<String> pairs = Arrays.asList(tagged.split(" "));
    return new RowBuilder(nullable(Tables.TOKENS.schema()))
        .set("doc_id", docId)
        .set("tokens", RowBuilder.seq(pairs.stream().map(p -> p.substring(0, p.lastIndexOf('/'))).toList()))
        .set("pos", RowBuilder.seq(pairs.stream().map(p -> p.substring(p.lastIndexOf('/') + 1)).toList()))
        .build();
  }

  private static Dataset<Row> tokenTable(Row... rows) {
    return SharedSpark.get().createDataFrame(List.of(rows), nullable(Tables.TOKENS.schema()));
  }

  /** A {@code tokens} table whose rows carry their document's report year, as tokenize writes them. */
  public static Dataset<Row> tokenTable(Dataset<Row> documents, Row... rows) {
    Dataset<Row> years = documents.select(col("doc_id"),
        col("report_year").as("document_year"));
    return tokenTable(rows).join(years, "doc_id")
        .withColumn("report_year", col("document_year"))
        .select("doc_id", "report_year", "tokens", "pos");
  }

  /** A {@code duplicates} table listing {@code docIds} as near duplicates of {@code original}. */
  public static Dataset<Row> duplicates(String original, String... docIds) {
    Row[] rows = new Row[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      rows[i] = new RowBuilder(Tables.DUPLICATES.schema())
          .set("doc_id", docIds[i]).set("duplicate_of", original).set("similarity", 0.95).build();
    }
    return SharedSpark.get().createDataFrame(List.of(rows), Tables.DUPLICATES.schema());
  }
}
