package org.reportcorpus.jobs.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * An independent normalization for test oracles: OpenCC's t2s conversion (Debian package
 * {@code opencc}, installed by .ci/run) followed by mapping U+FF01–FF5E to ASCII. It shares no
 * code with the project's normalizer.
 */
public final class OpenCcOracle {

  private OpenCcOracle() {}

  public static String simplify(String text) {
    try {
      Path in = Files.createTempFile("opencc-in", ".txt");
      Path out = Files.createTempFile("opencc-out", ".txt");
      try {
        Files.writeString(in, text, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder("opencc", "-c", "t2s.json", "-i", in.toString(), "-o", out.toString())
            .redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
          throw new IllegalStateException("opencc failed: " + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return foldFullWidth(Files.readString(out, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(in);
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new IllegalStateException("the test oracle needs OpenCC: apt-get install opencc (.ci/run does)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String foldFullWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append((char) (c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c)));
    return out.toString();
  }

  /** Non-overlapping occurrences, left to right: the count str.count would give. */
  public static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }
}
