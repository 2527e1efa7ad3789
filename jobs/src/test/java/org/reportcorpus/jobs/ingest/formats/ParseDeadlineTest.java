package org.reportcorpus.jobs.ingest.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParseDeadlineTest {

  @Test
  void aSpinningParseIsAbandonedAtItsLimitAndInterrupted() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    String result = ParseDeadline.within(0.2, () -> {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.onSpinWait(); // a parser in an endless loop
      }
      interrupted.countDown();
      return "finished";
    }, () -> "timeout");
    assertEquals("timeout", result);
    assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the abandoned parse was not interrupted");
  }

  @Test
  void aQuickParseGivesItsResultAndFailuresPassThrough() {
    assertEquals("text", ParseDeadline.within(30, () -> "text", () -> "timeout"));
    assertEquals("text", ParseDeadline.within(0, () -> "text", () -> "timeout"));
    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
        () -> ParseDeadline.within(30, () -> { throw new IllegalArgumentException("bad"); }, () -> "timeout"));
    assertEquals("bad", failure.getMessage());
  }
}
