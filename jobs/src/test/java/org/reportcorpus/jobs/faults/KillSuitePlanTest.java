package org.reportcorpus.jobs.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.pipeline.PipelineJob.Stage;

/** Which fault points the kill suite's plans kill at (no run: the plan alone). */
class KillSuitePlanTest {

  /** Every table write's three Delta points, in the pipeline's order of writes. */
  private static List<String> deltaPoints() {
    List<String> points = new ArrayList<>();
    for (String table : KillSuite.STAGE_OF.keySet()) {
      for (String kind : List.of("before-commit", "in-write", "after-commit")) {
        points.add(kind + ":" + table);
      }
    }
    return points;
  }

  @Test
  void quickPlanKillsInsideEveryStageAndEveryKindOfPoint() {
    KillSuite suite = new KillSuite();
    List<String> plan = suite.plan("delta", deltaPoints());

    List<String> points = plan.stream().filter(p -> !p.equals("random")).toList();
    assertEquals(2, plan.size() - points.size(), "random moments");
    Set<String> tables = new LinkedHashSet<>(points.stream().map(KillSuite::table).toList());
    assertEquals(points.size(), tables.size(), "one kill per chosen table write: " + plan);
    // 1st, 4th, 7th of each stage: ingest 7 → 3, tokenize 1, candidates 1, trends 7 → 3,
    // co-occurrence 2 → 1, keywords 1, topics 7 → 3
    assertEquals(13, tables.size(), plan.toString());
    Set<Stage> stages = EnumSet.noneOf(Stage.class);
    tables.forEach(t -> stages.add(KillSuite.STAGE_OF.get(t)));
    assertEquals(EnumSet.allOf(Stage.class), stages);
    for (String kind : List.of("before-commit", "in-write", "after-commit")) {
      assertTrue(points.stream().anyMatch(p -> p.startsWith(kind + ":")), kind + " in " + plan);
    }
    assertTrue(tables.containsAll(List.of("rejects", "tokens", "cooccurrence_counts", "topic_model_runs")),
        plan.toString());
  }

  @Test
  void strideOneAndKillsCoverEveryTableWrite() {
    KillSuite suite = new KillSuite();
    suite.stride = 1;
    Set<String> all = new LinkedHashSet<>(KillSuite.STAGE_OF.keySet());
    assertEquals(all, new LinkedHashSet<>(suite.plan("delta", deltaPoints()).stream()
        .filter(p -> !p.equals("random")).map(KillSuite::table).toList()));

    KillSuite counted = new KillSuite();
    counted.kills = all.size();
    List<String> plan = counted.plan("delta", deltaPoints());
    assertEquals(all.size(), plan.size());
    assertEquals(all, new LinkedHashSet<>(plan.stream().map(KillSuite::table).toList()));
  }
}
