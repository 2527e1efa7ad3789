package org.reportcorpus.generator;

import java.util.Random;

/**
 * Derives independent, reproducible random streams from the run's seed.
 *
 * <p>Every random choice in the generator draws from a stream keyed by what it is about (a term,
 * a region, a report), never from one shared sequence. That keeps the output byte-identical for a
 * seed even when reports are rendered in parallel, and a change to one report's text does not
 * shift every later report.
 */
final class Seeds {

  private Seeds() {}

  /** SplitMix64 finalizer: a well-mixed 64-bit value from any 64-bit input. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Combines the run seed with any number of keys into one seed. */
  static long derive(long seed, long... keys) {
    long h = mix(seed + 0x9e3779b97f4a7c15L);
    for (long key : keys) {
      h = mix(h ^ mix(key + 0x9e3779b97f4a7c15L));
    }
    return h;
  }

  /** A stable 64-bit key for a string (String.hashCode is specified, but only 32 bits wide). */
  static long key(String text) {
    long h = 1125899906842597L;
    for (int i = 0; i < text.length(); i++) {
      h = 31 * h + text.charAt(i);
    }
    return mix(h);
  }

  static Random random(long seed, long... keys) {
    return new Random(derive(seed, keys));
  }

  /** Geometric number of failures before the first success, with success probability p. */
  static int geometric(Random rng, double p) {
    int n = 0;
    while (rng.nextDouble() >= p && n < 1000) {
      n++;
    }
    return n;
  }

  /** Poisson draw (Knuth's method; fine for the small means used here). */
  static int poisson(Random rng, double mean) {
    double limit = Math.exp(-mean);
    double product = rng.nextDouble();
    int n = 0;
    while (product > limit) {
      product *= rng.nextDouble();
      n++;
    }
    return n;
  }

  static <T> T pick(Random rng, java.util.List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }
}
