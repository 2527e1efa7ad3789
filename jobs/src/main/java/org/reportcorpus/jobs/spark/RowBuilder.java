package org.reportcorpus.jobs.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/** Builds a row by column name, so a row cannot drift out of step with its declared schema. */
public final class RowBuilder {

  private final StructType schema;
  private final Object[] values;

  public RowBuilder(StructType schema) {
    this.schema = schema;
    this.values = new Object[schema.fields().length];
  }

  public RowBuilder set(String column, Object value) {
    values[schema.fieldIndex(column)] = value;
    return this;
  }

  /** Spark's row encoder wants Scala sequences for array columns. */
  public static scala.collection.immutable.Seq<String> seq(java.util.List<String> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
  }

  public Row build() {
    return new GenericRowWithSchema(values.clone(), schema);
  }
}
