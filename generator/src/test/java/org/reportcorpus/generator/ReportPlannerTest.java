package org.reportcorpus.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportcorpus.udfs.region.AdminLevel;

class ReportPlannerTest {

  private static ReportingRegion region(String code) {
    return new ReportingRegion(code, "某县" + code, AdminLevel.COUNTY, "320000", "江苏省", "苏州市", "某县人民政府",
        "苏州市人民政府", "全县", "县政府", "县司法局", "乡镇(街道)");
  }

  @Test
  void targetLengthsAreLogNormalWithinBounds() {
    Random rng = new Random(5);
    int[] lengths = new int[20_000];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = ReportPlanner.targetChars(rng);
    }
    Arrays.sort(lengths);
    assertTrue(lengths[0] >= ReportPlanner.MIN_CHARS && lengths[lengths.length - 1] <= ReportPlanner.MAX_CHARS);
    double mean = Arrays.stream(lengths).average().orElseThrow();
    assertTrue(mean > 9000 && mean < 11_000, "mean " + mean);
    assertTrue(lengths[lengths.length / 2] < mean, "right-skewed");
  }

  @Test
  void publicationIsEarlyNextYear() {
    Random rng = new Random(6);
    for (int i = 0; i < 1000; i++) {
      LocalDate d = ReportPlanner.publicationDate(2020, rng);
      assertEquals(2021, d.getYear());
      assertTrue(d.getMonthValue() <= 4);
    }
  }

  @Test
  void regionYearsAreUniqueAndJsonlFilesHoldAtMost500Records() {
    List<ReportingRegion> regions = List.of(region("320581"), region("320582"), region("320583"));
    GeneratorOptions options = new GeneratorOptions(Path.of("x"), 28, 2015, 2024, 1L, Fixtures.terms(), false);
    List<ReportPlan> plans = ReportPlanner.plan(regions, options);
    assertEquals(28, plans.size());
    Set<String> regionYears = new HashSet<>();
    for (ReportPlan p : plans) {
      assertTrue(regionYears.add(p.region().code() + p.year()));
    }
    List<ReportingRegion> many = new java.util.ArrayList<>();
    for (int i = 0; i < 400; i++) {
      many.add(region(Integer.toString(321000 + i)));
    }
    for (ReportPlan p : ReportPlanner.plan(many, new GeneratorOptions(Path.of("x"), 3000, 2015, 2024, 1L,
        Fixtures.terms(), false))) {
      if (p.format() == OutputFormat.JSONL) {
        int line = Integer.parseInt(p.source().substring(p.source().indexOf("#L") + 2));
        assertTrue(line >= 1 && line <= ReportPlanner.JSONL_RECORDS_PER_FILE, p.source());
      }
    }
  }

  @Test
  void moreReportsThanRegionYearsGoToDepartments() {
    List<ReportingRegion> regions = List.of(region("320581"), region("320582"));
    List<ReportPlan> plans = ReportPlanner.plan(regions,
        new GeneratorOptions(Path.of("x"), 50, 2015, 2024, 1L, Fixtures.terms(), false));
    assertEquals(50, plans.size());
    long departments = plans.stream().filter(p -> p.department() != null).count();
    assertEquals(30, departments);
    assertEquals("department", plans.stream().filter(p -> p.department() != null).findFirst().orElseThrow().adminLevel());
    Set<String> keys = new HashSet<>();
    plans.forEach(p -> assertTrue(keys.add(p.region().code() + p.year() + p.department())));
  }
}
