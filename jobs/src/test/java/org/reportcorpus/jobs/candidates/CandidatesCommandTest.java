package org.reportcorpus.jobs.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.spark.RowBuilder;
import org.reportcorpus.jobs.tables.Tables;

class CandidatesCommandTest {

  @Test
  void optionsDefaultToTheTop50FromTheTable() {
    assertEquals(new CandidatesCommand.Options(50, false), CandidatesCommand.Options.parse(List.of()));
    assertEquals(new CandidatesCommand.Options(7, true), CandidatesCommand.Options.parse(List.of("--top", "7", "--refresh")));
  }

  @Test
  void badOptionsFailNamingTheFlag() {
    assertEquals("--top: expected a positive integer but got 0",
        assertThrows(IllegalArgumentException.class, () -> CandidatesCommand.Options.parse(List.of("--top", "0")))
            .getMessage());
    assertEquals("--top: missing value",
        assertThrows(IllegalArgumentException.class, () -> CandidatesCommand.Options.parse(List.of("--top")))
            .getMessage());
    assertEquals("candidates: unknown option --all",
        assertThrows(IllegalArgumentException.class, () -> CandidatesCommand.Options.parse(List.of("--all")))
            .getMessage());
  }

  @Test
  void aCandidateIsAnEvidenceCommentAndATermsRow() {
    Row candidate = new GenericRowWithSchema(new Object[] {"一网统管", RowBuilder.seq(List.of("ngram", "quoted")), 12.4149,
        2020, 57L, 140L, 301L, "推进“一网统管”。", 1}, Tables.TERM_CANDIDATES.schema());
    assertEquals(List.of("# score=12.41 n_regions=57 n_docs=140 first_year=2020 methods=ngram,quoted", "一网统管\t候选\t"),
        CandidatesCommand.lines(candidate));
    Row undated = new GenericRowWithSchema(new Object[] {"首违不罚", RowBuilder.seq(List.of("quoted")), 3.0,
        null, 3L, 5L, 5L, null, 2}, Tables.TERM_CANDIDATES.schema());
    assertEquals("# score=3.00 n_regions=3 n_docs=5 first_year=NA methods=quoted", CandidatesCommand.lines(undated).get(0));
  }
}
