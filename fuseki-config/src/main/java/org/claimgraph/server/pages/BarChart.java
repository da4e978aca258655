package org.claimgraph.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A horizontal bar chart drawn as inline SVG by the {@code bars} partial. */
final class BarChart {

  /** One input bar. */
  record Bar(String label, String lang, long value, String colour, String href) {}

  /** A bar with its geometry, as the template draws it. */
  record DrawnBar(String label, String lang, long value, String colour, String href, String y, String textY,
      String width, String valueX) {}

  record Drawing(String title, int width, int height, String labelX, String barX, List<DrawnBar> bars) {
    boolean empty() {
      return bars.isEmpty();
    }
  }

  private static final int WIDTH = 460;
  private static final int LABEL_WIDTH = 150;
  private static final int ROW = 30;
  private static final int BAR_HEIGHT = 18;

  private BarChart() {}

  static Drawing draw(String title, List<Bar> bars) {
    long max = bars.stream().mapToLong(Bar::value).max().orElse(1);
    double room = WIDTH - LABEL_WIDTH - 60;
    List<DrawnBar> drawn = new ArrayList<>();
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double width = max == 0 ? 0 : Math.max(2, room * bar.value() / max);
      double y = 8 + i * ROW;
      drawn.add(new DrawnBar(NeighbourhoodDiagram.fit(bar.label(), 20), bar.lang(), bar.value(), bar.colour(),
          bar.href(), num(y), num(y + BAR_HEIGHT / 2.0 + 4.5), num(width), num(LABEL_WIDTH + width + 8)));
    }
    return new Drawing(title, WIDTH, 16 + bars.size() * ROW, num(LABEL_WIDTH - 10), num(LABEL_WIDTH), drawn);
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
