package org.reportcorpus.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket; no Selenium): starts
 * the browser with a fresh profile and every network name unresolvable and a dead proxy, sends
 * commands and keeps every event (console messages, exceptions, log entries, requests) for the
 * test to inspect.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();

  private HeadlessChromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** The browser's executable: chromium on Debian (bin/test installs it). */
  static String executable() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new IllegalStateException("the browser test needs Chromium: apt-get install chromium fonts-wqy-microhei"
        + " (bin/test installs both)");
  }

  static HeadlessChromium start(int width, int height) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("report-chromium");
    Process process = new ProcessBuilder(executable(), "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--mute-audio",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-allow-origins=*",
        "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
        "--window-size=" + width + "," + height, "about:blank")
        .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("Chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
      }
      Thread.sleep(100);
    }
    String port = Files.readAllLines(portFile).get(0).strip();
    HttpClient http = HttpClient.newHttpClient();
    JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
        .build(), HttpResponse.BodyHandlers.ofString()).body());
    String page = null;
    for (JsonNode target : targets) {
      if (target.path("type").asText().equals("page")) {
        page = target.get("webSocketDebuggerUrl").asText();
      }
    }
    if (page == null) {
      process.destroyForcibly();
      throw new IllegalStateException("Chromium has no page target: " + targets);
    }
    HeadlessChromium[] self = new HeadlessChromium[1];
    Listener listener = new Listener(self);
    WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), listener).join();
    self[0] = new HeadlessChromium(process, profile, socket);
    return self[0];
  }

  /** Sends a command and waits for its result; an error answer fails. */
  JsonNode send(String method, Map<String, Object> params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    socket.sendText(message.toString(), true).join();
    JsonNode response;
    try {
      response = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(method + ": no answer from Chromium", e);
    }
    if (response.has("error")) {
      throw new IllegalStateException(method + ": " + response.get("error"));
    }
    return response.get("result");
  }

  /** The value of a JavaScript expression in the page (awaited if a promise). */
  JsonNode evaluate(String expression) {
    JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
        "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("page script failed: " + result.get("exceptionDetails"));
    }
    return result.get("result").path("value");
  }

  /** Every event received so far. */
  synchronized List<JsonNode> events() {
    return List.copyOf(events);
  }

  synchronized boolean hasEvent(String method) {
    return events.stream().anyMatch(e -> e.path("method").asText().equals(method));
  }

  private synchronized void received(JsonNode message) {
    if (message.has("id")) {
      CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
      if (answer != null) {
        answer.complete(message);
      }
    } else {
      events.add(message);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    } finally {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try (var paths = Files.walk(profile)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /** Assembles a message from its frames and hands it on. */
  private static final class Listener implements WebSocket.Listener {
    private final HeadlessChromium[] owner;
    private final StringBuilder text = new StringBuilder();

    Listener(HeadlessChromium[] owner) {
      this.owner = owner;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(text.toString());
          while (owner[0] == null) {
            Thread.onSpinWait(); // the first message may arrive before start() returns
          }
          owner[0].received(message);
        } catch (IOException e) {
          throw new IllegalStateException("Chromium sent something that is not JSON", e);
        } finally {
          text.setLength(0);
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
