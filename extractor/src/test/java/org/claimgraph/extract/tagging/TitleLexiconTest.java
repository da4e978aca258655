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

  @Test
  void officersAndTheirRegionalFormsAreJobTitles() {
    // 財務長, as Taiwan writes a chief financial officer, is matched in the Simplified reading of the article.
    assertThat(titles.find("某芯片公司财务长、首席法务官与某银行的Chief Legal Officer", 0)).extracting(Found::text, Found::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("财务长", Role.TITLE),
            org.assertj.core.groups.Tuple.tuple("首席法务官", Role.TITLE),
            org.assertj.core.groups.Tuple.tuple("Chief Legal Officer", Role.TITLE));
  }

  @Test
  void noTitleHidesInAPlaceOrAPhraseOfTime() {
    // 省长, 州长, 司长, 议长 and 大使 are left out of the lexicon: matched inside these they cut the name before them short.
    for (String text : List.of("湖南省长沙市", "福州长乐区", "某某公司长期亏损", "会议长达三小时", "驻美大使馆")) {
      assertThat(titles.find(text, 0)).as(text).isEmpty();
    }
  }
}
