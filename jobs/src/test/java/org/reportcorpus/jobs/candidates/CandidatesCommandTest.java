package org.reportcorpus.jobs.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.spark.RowBuilder;
import org.reportcorpus.jobs.tables.Tables;

class CandidatesCommandTest {

  @Test
  void optionsDefaultToTheTop50FromTheTable() {
    CandidatesCommand defaults = new CandidatesCommand();
    new picocli.CommandLine(defaults).parseArgs();
    assertEquals(50, defaults.top);
    assertEquals(false, defaults.refresh);
    CandidatesCommand given = new CandidatesCommand();
    new picocli.CommandLine(given).parseArgs("--top", "7", "--refresh");
    assertEquals(7, given.top);
    assertEquals(true, given.refresh);
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
