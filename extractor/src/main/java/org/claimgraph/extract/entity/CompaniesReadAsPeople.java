package org.claimgraph.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.NerMention;

/** Read before the NER layer of {@link LayeredMentionFinder}: names NER took for people that are companies. */
final class CompaniesReadAsPeople {
  private CompaniesReadAsPeople() {}

  /**
   * What stands after a company, never after a person: its founder or chief and their name (X创始人蔡某), an apposition
   * that calls it a company (X，这家…公司), a list closed by a kind of company (X等游戏巨头), what it owns (X旗下).
   */
  private static final Pattern COMPANY_CONTEXT_AFTER = Pattern.compile("^(?:(?:的)?(?:联合创始人|创始人|创办人|董事长|"
      + "首席执行官|CEO|总裁)(?:兼[^，。、]{1,8}?)?(?=\\p{IsHan}{2,3})|，这家[^，。；]{0,24}?(?:公司|企业|巨头|独角兽|厂商)"
      + "(?=[，。；])|等[^，。；、]{0,8}?(?:公司|企业|巨头|厂商|独角兽)(?=[，。；、]|的(?!负责人|高管|创始人|代表|员工|老板|"
      + "掌门人|董事长|CEO))|(?:宣布|表示)?旗下|的(?:估值|市值|股价|营收))");

  /**
   * Chinese names NER took for a person's that the document shows are companies: 祁米游创始人X, 祁米游，这家…公司. Every
   * mention of such a name is the company's, wherever it stands. Only when a person NER mention follows the title.
   */
  static Set<String> names(AnnotatedDocument doc) {
    Set<String> names = new HashSet<>();
    String text = doc.text();
    for (AnnotatedSentence s : doc.sentences()) {
      List<NerMention> mentions = s.nerMentions();
      for (NerMention n : mentions) {
        if (!n.nerType().equals("PERSON") || !HAN_COMPANY_NAME.matcher(n.text()).matches()) {
          continue;
        }
        Matcher after = COMPANY_CONTEXT_AFTER.matcher(text.substring(n.span().end(),
            Math.min(text.length(), n.span().end() + 40)));
        if (!after.find()) {
          continue;
        }
        int titleEnd = n.span().end() + after.end();
        boolean titleBeforeAPerson = after.group().matches("^(?:的)?(?:联合创始人|创始人|创办人|董事长|首席执行官|CEO|总裁).*");
        if (!titleBeforeAPerson || mentions.stream()
            .anyMatch(o -> o.nerType().equals("PERSON") && o.span().begin() == titleEnd)) {
          names.add(n.text());
        }
      }
    }
    return names;
  }

  private static final Pattern HAN_COMPANY_NAME = Pattern.compile("\\p{IsHan}{2,4}");
}
