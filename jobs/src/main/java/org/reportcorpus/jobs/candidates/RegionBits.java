package org.reportcorpus.jobs.candidates;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * Sets of regions as bits ({@code java.util.BitSet#toByteArray}: bit i of byte i / 8), as
 * {@link org.reportcorpus.udfs.discover.PhraseTally} makes them: {@link #COUNT} aggregates a
 * column of them into the size of their union — the regions of a phrase over all partitions.
 */
final class RegionBits {

  /** The number of regions in the union of the sets of a group. */
  static final UserDefinedFunction COUNT = functions.udaf(new UnionSize(), Encoders.BINARY());

  private RegionBits() {}

  /** Ors the sets byte by byte; the union's bits counted at the end. */
  static final class UnionSize extends Aggregator<byte[], byte[], Long> {
    @Override
    public byte[] zero() {
      return new byte[0];
    }

    @Override
    public byte[] reduce(byte[] union, byte[] set) {
      return merge(union, set);
    }

    @Override
    public byte[] merge(byte[] a, byte[] b) {
      byte[] longer = a.length >= b.length ? a.clone() : b.clone();
      byte[] shorter = a.length >= b.length ? b : a;
      for (int i = 0; i < shorter.length; i++) {
        longer[i] |= shorter[i];
      }
      return longer;
    }

    @Override
    public Long finish(byte[] union) {
      long count = 0;
      for (byte b : union) {
        count += Integer.bitCount(b & 0xff);
      }
      return count;
    }

    @Override
    public Encoder<byte[]> bufferEncoder() {
      return Encoders.BINARY();
    }

    @Override
    public Encoder<Long> outputEncoder() {
      return Encoders.LONG();
    }
  }
}
