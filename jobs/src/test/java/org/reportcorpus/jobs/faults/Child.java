package org.reportcorpus.jobs.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A {@code bin/corpus} command in its own JVM, its output copied to a log file and scanned line
 * by line; {@link #kill} sends SIGKILL (bin/corpus execs the JVM, so its pid is the JVM's).
 */
public final class Child implements AutoCloseable {

  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Thread pump;

  private Child(Process process, Path log) {
    this.process = process;
    this.pump = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
          PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          lines.add(line);
          out.println(line);
          out.flush();
        }
      } catch (IOException e) {
        // the process died mid-line: what was read is kept
      }
    }, "child-output");
    pump.setDaemon(true);
    pump.start();
  }

  /** Starts {@code root/bin/corpus args...} with these JVM system properties; output to {@code log}. */
  public static Child start(Path root, List<String> args, Map<String, String> properties, Path log) {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("bin/corpus").toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    StringBuilder opts = new StringBuilder();
    properties.forEach((k, v) -> opts.append(" -D").append(k).append('=').append(v));
    builder.environment().put("CORPUS_JAVA_OPTS", opts.toString().strip());
    builder.environment().putIfAbsent("CORPUS_DRIVER_MEMORY", "2g");
    builder.environment().put("CORPUS_SKIP_BUILD", "1"); // the caller built once; never rebuild under a run
    try {
      Files.createDirectories(log.getParent());
      return new Child(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for a line starting with {@code prefix}; false if the process ended or the time ran out first. */
  public boolean awaitLine(String prefix, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    int seen = 0;
    while (System.currentTimeMillis() < deadline) {
      for (; seen < lines.size(); seen++) {
        if (lines.get(seen).startsWith(prefix)) {
          return true;
        }
      }
      if (!process.isAlive() && !pump.isAlive() && seen >= lines.size()) {
        return false;
      }
      Thread.sleep(20);
    }
    return false;
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL, and waits for the process to be gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
    pump.join(5_000);
  }

  /** Waits for the end; the exit code, or -1 if it was still running after the timeout (then killed). */
  public int waitFor(long timeoutMillis) throws InterruptedException {
    if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
      kill();
      return -1;
    }
    pump.join(5_000);
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
