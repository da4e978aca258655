package org.claimgraph.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CleaningReportTest {
  private final ArticleCleaner cleaner = new ArticleCleaner(Fixtures.knownNames());

  @Test
  void everyRawLineGetsOneDecisionInFileOrder() {
    String page = "首页 > 科技 > 正文\n\n开源模型的新进展\n\n研究人员表示，开源模型在多项基准上追上了专有模型，企业采用的速度也在加快。\n"
        + "© 2024 示例网\n";
    var doc = cleaner.clean(TextDecoder.standard().decode("p.txt", page.getBytes(StandardCharsets.UTF_8)));

    assertThat(CleaningReport.lines(doc)).containsExactly(
        "2 line(s) dropped on evidence of spam or page chrome",
        "line 1: dropped: breadcrumb: 3 items joined by '>'-style separators (site navigation)  [首页 > 科技 > 正文]",
        "line 3: kept as title  [开源模型的新进展]",
        "line 5: kept as body  [研究人员表示，开源模型在多项基准上追上了专有模型，企业采用的速度也在加快。]",
        "line 6: dropped: copyright notice: a short line with a copyright sign or words (a page footer)  [© 2024 示例网]");
  }

  @Test
  void aCleanArticleSaysNothingWasDropped() {
    var doc = cleaner.clean(TextDecoder.standard().decode("p.txt",
        "Open models\nResearchers said open models now match proprietary ones on many benchmarks.\n"
            .getBytes(StandardCharsets.UTF_8)));

    assertThat(CleaningReport.lines(doc)).first().isEqualTo("no spam signal found: every line is kept");
  }
}
