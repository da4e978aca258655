package org.claimgraph.server.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An inline SVG picture of a resource and the entities linked to it: the resource in the middle, its neighbours on
 * a circle, coloured by type and labelled, with the linking properties on the spokes. Computed here, drawn by the
 * {@code diagram} partial, so every label passes through the template's escaping.
 */
final class NeighbourhoodDiagram {

  /** A neighbour to draw: the linking properties' labels, and whether the link is only through claims. */
  record Neighbour(NodeView node, List<String> typeNames, List<String> edgeLabels, boolean throughClaims) {}

  /** A link between two neighbours, drawn as a faint curve. */
  record Chord(int from, int to) {}

  record Point(String x, String y) {}

  record Spot(String x, String y, String r, String colour, String label, String lang, String title, String href,
      String labelX, String labelY, String anchor, String edgeLabel, String edgeX, String edgeY, boolean dashed,
      boolean showEdgeLabel) {}

  record Curve(String path) {}

  record LegendEntry(String colour, String label) {}

  /** What the template draws. */
  record Drawing(int width, int height, String centreX, String centreY, String pillX, String pillY, String pillWidth,
      String centreColour, String centreLabel, String centreLang, List<Spot> spots, List<Curve> curves,
      List<LegendEntry> legend, int hidden) {

    boolean hasHidden() {
      return hidden > 0;
    }

    boolean empty() {
      return spots.isEmpty();
    }
  }

  static final int MAX_NEIGHBOURS = 16;
  private static final int WIDTH = 680;
  private static final int MAX_HEIGHT = 440;
  private static final int LABEL_UNITS = 22;

  private NeighbourhoodDiagram() {}

  static Drawing draw(NodeView centre, List<Neighbour> neighbours, List<Chord> chords) {
    int shownCount = Math.min(MAX_NEIGHBOURS, neighbours.size());
    return draw(centre, neighbours.subList(0, shownCount), chords, neighbours.size() - shownCount);
  }

  /** As {@link #draw(NodeView, List, List)} when only the neighbours to draw were looked up; {@code hidden} more
   *  are counted under the picture. */
  static Drawing draw(NodeView centre, List<Neighbour> neighbours, List<Chord> chords, int hidden) {
    List<Neighbour> shown = neighbours.subList(0, Math.min(MAX_NEIGHBOURS, neighbours.size()));
    int n = shown.size();
    // Few neighbours sit on a smaller circle, so the picture is not mostly empty space.
    double radius = n <= 3 ? 105 : n <= 6 ? 135 : 165;
    int height = Math.min(MAX_HEIGHT, (int) (2 * radius + 110));
    double cx = WIDTH / 2.0;
    double cy = height / 2.0;
    boolean edgeLabels = n <= 10;

    List<Spot> spots = new ArrayList<>();
    List<double[]> positions = new ArrayList<>();
    Map<String, String> legend = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Neighbour neighbour = shown.get(i);
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n + (n % 2 == 0 ? Math.PI / n / 2 : 0);
      double cos = Math.cos(angle);
      double sin = Math.sin(angle);
      double x = cx + radius * cos;
      double y = cy + radius * sin;
      positions.add(new double[] {x, y});
      String anchor = cos > 0.25 ? "start" : cos < -0.25 ? "end" : "middle";
      double labelX = x + 16 * cos;
      double labelY = y + 16 * sin + (sin > 0.25 ? 10 : sin < -0.25 ? 0 : 4);
      if ("middle".equals(anchor)) {
        labelY = sin > 0 ? y + 28 : y - 18;
      }
      String colour = neighbour.node().colour() != null ? neighbour.node().colour() : TypePalette.UNTYPED;
      if (!neighbour.typeNames().isEmpty()) {
        legend.putIfAbsent(colour, neighbour.typeNames().get(0));
      }
      String edge = String.join(" · ", neighbour.edgeLabels());
      spots.add(new Spot(num(x), num(y), "11", colour, fit(neighbour.node().text(), LABEL_UNITS),
          neighbour.node().lang(), neighbour.node().text() + (edge.isEmpty() ? "" : " — " + edge),
          neighbour.node().href(), num(labelX), num(labelY), anchor, fit(edge, 26), num(cx + radius * 0.52 * cos),
          num(cy + radius * 0.52 * sin + 3), neighbour.throughClaims(), edgeLabels && !edge.isEmpty()));
    }
    List<Curve> curves = new ArrayList<>();
    for (Chord chord : chords) {
      if (chord.from() < n && chord.to() < n && chord.from() != chord.to()) {
        double[] a = positions.get(chord.from());
        double[] b = positions.get(chord.to());
        double qx = (a[0] + b[0]) / 2 * 0.6 + cx * 0.4;
        double qy = (a[1] + b[1]) / 2 * 0.6 + cy * 0.4;
        curves.add(new Curve("M" + num(a[0]) + " " + num(a[1]) + " Q" + num(qx) + " " + num(qy) + " " + num(b[0])
            + " " + num(b[1])));
      }
    }
    String centreLabel = fit(centre.text(), 28);
    double pillWidth = Math.max(80, units(centreLabel) * 8.2 + 32);
    String centreColour = centre.colour() != null ? centre.colour() : TypePalette.UNTYPED;
    List<LegendEntry> legendEntries = legend.entrySet().stream()
        .map(e -> new LegendEntry(e.getKey(), e.getValue())).toList();
    return new Drawing(WIDTH, height, num(cx), num(cy), num(cx - pillWidth / 2), num(cy - 19), num(pillWidth),
        centreColour, centreLabel, centre.lang(), spots, curves, legendEntries, hidden + neighbours.size() - n);
  }

  /** Width in half-em units: CJK and other wide characters count twice. */
  static int units(String text) {
    return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
  }

  /** Cuts {@code text} to at most {@code maxUnits} half-em units, adding an ellipsis when cut. */
  static String fit(String text, int maxUnits) {
    if (text == null) {
      return "";
    }
    if (units(text) <= maxUnits) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int c : text.codePoints().toArray()) {
      int width = isWide(c) ? 2 : 1;
      if (used + width > maxUnits - 1) {
        break;
      }
      out.appendCodePoint(c);
      used += width;
    }
    return out.toString().stripTrailing() + "…";
  }

  private static boolean isWide(int codePoint) {
    return codePoint >= 0x2E80 && !(codePoint >= 0xFF61 && codePoint <= 0xFFDC);
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
