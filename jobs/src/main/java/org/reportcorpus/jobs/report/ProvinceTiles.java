package org.reportcorpus.jobs.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The project's tile-grid layout of China's province-level divisions ({@code province_tiles.tsv}
 * beside this class): each with its GB/T 2260 code, name, short name and grid place. The trend
 * report draws its province map from it and resolves {@code --scope province:NAME} with it.
 */
public final class ProvinceTiles {

  /** One tile: row 0 is the north, column 0 the west. */
  public record Tile(String code, String name, String shortName, int row, int col) {}

  private static final List<Tile> TILES = load();

  private ProvinceTiles() {}

  public static List<Tile> all() {
    return TILES;
  }

  /**
   * The province named by {@code key}: its 6-digit code, its 2-digit prefix, its name (广东省) or
   * short name (广东).
   */
  public static Optional<Tile> find(String key) {
    String wanted = key.strip().toLowerCase(Locale.ROOT);
    String code = wanted.matches("\\d{2}") ? wanted + "0000" : wanted;
    return TILES.stream()
        .filter(t -> t.code().equals(code) || t.name().equals(wanted) || t.shortName().equals(wanted))
        .findFirst();
  }

  private static List<Tile> load() {
    List<Tile> tiles = new ArrayList<>();
    try (InputStream in = ProvinceTiles.class.getResourceAsStream("province_tiles.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t");
        tiles.add(new Tile(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read province_tiles.tsv", e);
    }
    return List.copyOf(tiles);
  }
}
