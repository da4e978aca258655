package org.claimgraph.extract.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimgraph.extract.tagging.TitleLexicon.Found;
import org.claimgraph.extract.tagging.TitleLexicon.Role;
import org.junit.jupiter.api.Test;

class TitleLexiconTest {
  private final TitleLexicon titles = TitleLexicon.load();

  @Test
  void findsTheLongestTitleAndItsRole() {
    List<Found> found = titles.find("腾讯创始人兼首席执行官马化腾与Meta首席AI科学家", 0);
    assertThat(found).extracting(Found::text).containsExactly("创始人", "首席执行官", "首席AI科学家");
    assertThat(found).extracting(Found::role).containsExactly(Role.FOUNDER, Role.CEO, Role.CHIEF_SCIENTIST);
  }

  @Test
  void anyOtherTitleIsAJobTitle() {
    assertThat(titles.find("牛津大学计算机科学教授", 0)).extracting(Found::text, Found::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("教授", Role.TITLE));
  }

  @Test
  void latinTitlesNeedWordBoundaries() {
    assertThat(titles.find("OpenAI CEO Sam Altman", 0)).extracting(Found::role).containsExactly(Role.CEO);
    assertThat(titles.find("CEOX and SCEO", 0)).isEmpty();
  }

  @Test
  void spansAreShiftedByTheOffset() {
    assertThat(titles.find("其总裁", 10)).extracting(f -> f.span().begin()).containsExactly(11);
  }
}
