package org.reportcorpus.udfs.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CandidateScoreTest {

  @Test
  void spreadAloneForAFlatUnquotedPhrase() {
    assertEquals(Math.log(100), CandidateScore.score(new CandidateScore.Evidence(99, 500, 0, 1, 0.3, 0.3)), 1e-12);
  }

  @Test
  void quotingRisingAndSeveralMethodsMultiply() {
    // always quoted ×4, rise clipped at 4 → ×3, three methods ×1.5
    assertEquals(Math.log(100) * 4 * 3 * 1.5,
        CandidateScore.score(new CandidateScore.Evidence(99, 10, 10, 3, 0.0, 0.5)), 1e-12);
  }

  @Test
  void aQuotedRisingSloganOfFewRegionsBeatsGenericWordingEverywhere() {
    double generic = CandidateScore.score(new CandidateScore.Evidence(570, 20_000, 0, 2, 0.6, 0.6));
    double slogan = CandidateScore.score(new CandidateScore.Evidence(40, 120, 50, 2, 0.0, 0.05));
    assertTrue(slogan > generic, slogan + " > " + generic);
  }

  @Test
  void riseIsSmoothedAndClipped() {
    assertEquals(1.0, CandidateScore.rise(0.1 - CandidateScore.SMOOTHING / 2, 0.2), 0.05);
    assertEquals(0.0, CandidateScore.rise(0.5, 0.1));
    assertEquals(CandidateScore.MAX_RISE, CandidateScore.rise(0, 1));
    assertEquals(0.0, CandidateScore.rise(Double.NaN, 0.4));
  }

  @Test
  void noOccurrencesNoQuotingShare() {
    assertEquals(0.0, CandidateScore.score(new CandidateScore.Evidence(0, 0, 0, 1, 0, 0)));
  }
}
