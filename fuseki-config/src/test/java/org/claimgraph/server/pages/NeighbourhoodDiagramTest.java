package org.claimgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighbourhoodDiagramTest {

  static NodeView node(String label) {
    return new NodeView(label, null, "/id/entity/" + label, false, "x:" + label, false, null, null, "#1c64b4");
  }

  static List<NeighbourhoodDiagram.Neighbour> neighbours(int n) {
    List<NeighbourhoodDiagram.Neighbour> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(new NeighbourhoodDiagram.Neighbour(node("n" + i), List.of("company"), List.of("ceo →"), i % 2 == 0));
    }
    return list;
  }

  @Test
  void everyNeighbourAndLabelStaysInsideThePicture() {
    for (int n = 1; n <= 20; n++) {
      NeighbourhoodDiagram.Drawing drawing = NeighbourhoodDiagram.draw(node("centre"), neighbours(n), List.of());
      assertThat(drawing.spots()).hasSize(Math.min(n, NeighbourhoodDiagram.MAX_NEIGHBOURS));
      for (NeighbourhoodDiagram.Spot spot : drawing.spots()) {
        assertThat(Double.parseDouble(spot.x())).isBetween(40.0, drawing.width() - 40.0);
        assertThat(Double.parseDouble(spot.y())).isBetween(20.0, drawing.height() - 20.0);
        assertThat(Double.parseDouble(spot.labelY())).isBetween(10.0, drawing.height() - 5.0);
      }
      assertThat(drawing.hidden()).isEqualTo(Math.max(0, n - NeighbourhoodDiagram.MAX_NEIGHBOURS));
    }
  }

  @Test
  void edgeLabelsAreDroppedWhenTheCircleIsCrowded() {
    assertThat(NeighbourhoodDiagram.draw(node("c"), neighbours(4), List.of()).spots())
        .allMatch(NeighbourhoodDiagram.Spot::showEdgeLabel);
    assertThat(NeighbourhoodDiagram.draw(node("c"), neighbours(14), List.of()).spots())
        .noneMatch(NeighbourhoodDiagram.Spot::showEdgeLabel);
  }

  @Test
  void chordsJoinDrawnNeighboursOnly() {
    List<NeighbourhoodDiagram.Chord> chords = List.of(new NeighbourhoodDiagram.Chord(0, 1),
        new NeighbourhoodDiagram.Chord(0, 30), new NeighbourhoodDiagram.Chord(2, 2));
    assertThat(NeighbourhoodDiagram.draw(node("c"), neighbours(20), chords).curves()).hasSize(1);
  }

  @Test
  void longLabelsAreCutByDisplayWidthWithChineseCountingDouble() {
    assertThat(NeighbourhoodDiagram.fit("OpenAI", 22)).isEqualTo("OpenAI");
    assertThat(NeighbourhoodDiagram.fit("在生成式AI中寻求平衡开源模型与专有模型之争", 12)).isEqualTo("在生成式AI…");
    assertThat(NeighbourhoodDiagram.units("开源AI")).isEqualTo(6);
  }
}
