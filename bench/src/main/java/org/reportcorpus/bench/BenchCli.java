package org.reportcorpus.bench;

import java.util.Arrays;

/**
 * {@code bin/corpus bench <what>} (the cli module's CorpusCli routes {@code bench} here): {@code topics} (ours against Mallet, {@link TopicsBench}) or
 * {@code pipeline} (per-stage times, {@link BenchCommand}). Lives in its own module so that the
 * reference systems never reach the job jars.
 */
public final class BenchCli {

  private BenchCli() {}

  public static void main(String[] args) {
    try {
      String what = args.length > 0 ? args[0] : "";
      switch (what) {
        case "topics" -> TopicsBench.main(Arrays.copyOfRange(args, 1, args.length));
        case "pipeline" -> BenchCommand.main(args);
        default -> throw new IllegalArgumentException("expected 'bench pipeline [--reports N] [--dir DIR]'"
            + " or 'bench topics [--reports N] [--k K] [--input MORE]' but got '" + what + "'");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("corpus bench: " + e.getMessage());
      System.exit(2);
    }
  }
}
