package org.reportcorpus.udfs.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Signatures against the shingle sets of {@link Shingles} (Strings, the slow and obvious way):
 * equal sets give equal signatures, and the share of equal positions estimates their Jaccard
 * similarity within the binomial error of the estimate.
 *
 * <p>Tolerances: each of n positions agrees with probability J, so the estimate has standard
 * deviation sqrt(J(1 - J) / n) (0.051 at J = 0.5 and n = 96, the default 12 bands × 8 rows).
 * Checks allow 4 standard deviations: a correct MinHash misses one with probability about 6e-5,
 * while a wrong one — hashing that depends on position, a biased family, mins over the wrong
 * set — is off by far more. The signatures are deterministic, so the tests never flake; the
 * bound says the seeds were not chosen to pass.
 */
class MinHashTest {

  private static final int K = 5;
  private static final int HASHES = 96;

  @Test
  void identicalTextsAndRepostsWithOtherPunctuationHaveEqualSignatures() {
    MinHash minHash = new MinHash(K, HASHES, 17L);
    String original = "2023年,泗阳县坚持依法行政。一、主要举措\n(一)政府职能深刻转变,审批时限平均缩短92%。";
    String repost = "2023年，泗阳县坚持依法行政。 一、主要举措 （一）政府职能深刻转变，审批时限平均缩短92%。";
    assertEquals(HASHES, minHash.signature(original).length);
    assertArrayEquals(minHash.signature(original), minHash.signature(original));
    assertArrayEquals(minHash.signature(original), minHash.signature(repost));
    assertArrayEquals(minHash.signature(original), new MinHash(K, HASHES, 17L).signature(original),
        "the same settings give the same signature in another instance (another run)");
    assertFalse(Arrays.equals(minHash.signature(original), new MinHash(K, HASHES, 18L).signature(original)),
        "another seed, other hash functions");
  }

  @Test
  void onlyTheSetOfShinglesCountsNotWhereOrHowOftenTheyOccur() {
    MinHash minHash = new MinHash(3, HASHES, 5L);
    // both have exactly the shingles 法治政, 治政府, 政府法, 府法治
    assertEquals(Shingles.of("法治政府法治政府", 3), Shingles.of("法治政府法治政府法治政府", 3));
    assertArrayEquals(minHash.signature("法治政府法治政府"), minHash.signature("法治政府法治政府法治政府"));
    assertEquals(java.util.List.of("法治政", "治政府", "政府法"), Shingles.of("法治政府法", 3));
    assertFalse(Arrays.equals(minHash.signature("法治政府法治政府"), minHash.signature("法治政府法")),
        "one shingle less (府法治): a hash of each window, whatever its position");
  }

  @Test
  void emptyShortAndNullTextsHaveNoSignatureAndResembleNothing() {
    MinHash minHash = new MinHash(K, HASHES, 1L);
    assertArrayEquals(new int[0], minHash.signature(null));
    assertArrayEquals(new int[0], minHash.signature(""));
    assertArrayEquals(new int[0], minHash.signature("法治政府"), "4 letters, shingles of 5");
    assertArrayEquals(new int[0], minHash.signature("法 治,政。府!!!"), "punctuation is not a letter");
    assertEquals(HASHES, minHash.signature("法治政府建").length, "exactly one shingle");
    assertEquals(0.0, MinHash.similarity(new int[0], new int[0]));
    assertEquals(0.0, MinHash.similarity(null, minHash.signature("法治政府建设")));
  }

  @Test
  void aCodePointOutsideTheBasicPlaneIsOneCharacter() {
    MinHash minHash = new MinHash(3, HASHES, 1L);
    assertEquals(HASHES, minHash.signature("𠀀𠀁𠀂").length, "three code points, six chars");
    assertArrayEquals(new int[0], new MinHash(4, HASHES, 1L).signature("𠀀𠀁𠀂"));
  }

  @Test
  void theShareOfEqualPositionsEstimatesTheJaccardOfTheShingleSets() {
    Random random = new Random(42);
    String base = randomText(random, 3000);
    for (double edited : new double[] {0.005, 0.02, 0.05, 0.1, 0.2}) {
      String other = edit(base, edited, random);
      double truth = Shingles.jaccard(Shingles.of(base, K), Shingles.of(other, K));
      for (int hashes : new int[] {HASHES, 1024}) {
        MinHash minHash = new MinHash(K, hashes, 17L);
        double estimate = MinHash.similarity(minHash.signature(base), minHash.signature(other));
        double tolerance = 4 * Math.sqrt(truth * (1 - truth) / hashes);
        assertTrue(Math.abs(estimate - truth) <= tolerance, String.format(
            "%.1f %% edited, %d hashes: estimate %.4f, shingle Jaccard %.4f, tolerance %.4f", 100 * edited,
            hashes, estimate, truth, tolerance));
      }
    }
  }

  /** Over many seeds the errors average out: the hash family is not biased. */
  @Test
  void theEstimateIsUnbiasedOverSeeds() {
    Random random = new Random(7);
    String base = randomText(random, 2000);
    String other = edit(base, 0.08, random);
    double truth = Shingles.jaccard(Shingles.of(base, K), Shingles.of(other, K));
    int seeds = 200;
    double sum = 0;
    for (long seed = 0; seed < seeds; seed++) {
      MinHash minHash = new MinHash(K, HASHES, seed);
      sum += MinHash.similarity(minHash.signature(base), minHash.signature(other));
    }
    double mean = sum / seeds;
    double tolerance = 4 * Math.sqrt(truth * (1 - truth) / (HASHES * seeds));
    assertTrue(truth > 0.3 && truth < 0.7, "a pair in the middle, where the error is largest: " + truth);
    assertTrue(Math.abs(mean - truth) <= tolerance,
        String.format("mean estimate %.4f, shingle Jaccard %.4f, tolerance %.4f", mean, truth, tolerance));
  }

  @Test
  void rejectsBadSettingsAndSignaturesOfTwoSchemes() {
    assertThrows(IllegalArgumentException.class, () -> new MinHash(0, HASHES, 1L));
    assertThrows(IllegalArgumentException.class, () -> new MinHash(K, 0, 1L));
    assertThrows(IllegalArgumentException.class, () -> MinHash.similarity(new int[3], new int[4]));
  }

  /** Characters from the first 600 CJK ideographs: nearly every 5-character window occurs once. */
  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) (0x4E00 + random.nextInt(600)));
    }
    return text.toString();
  }

  /** The text with a share of its characters replaced. */
  private static String edit(String text, double share, Random random) {
    StringBuilder edited = new StringBuilder(text);
    for (int i = 0; i < edited.length(); i++) {
      if (random.nextDouble() < share) {
        edited.setCharAt(i, (char) (0x4E00 + 600 + random.nextInt(600)));
      }
    }
    return edited.toString();
  }
}
