package org.claimgraph.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineParserTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      // Chinese: the role comes first, the name after it, an honorific after the name is dropped.
      "作者:腾讯企业发展事业群总经理兼欧洲首席代表葛凌博士;葛凌;腾讯企业发展事业群总经理兼欧洲首席代表",
      "作者：北京大学计算机学院教授王晓明;王晓明;北京大学计算机学院教授",
      "作者：人工智能研究中心主任李明;李明;人工智能研究中心主任",
      "作者:李明;李明;-",
      "文/张伟;张伟;-",
      "文｜陈静 财经记者;陈静;财经记者",
      "撰文：欧阳晓峰博士，深圳人工智能研究院高级研究员;欧阳晓峰;深圳人工智能研究院高级研究员",
      "作者：示例研究院研究员 赵一鸣;赵一鸣;示例研究院研究员",
      "来源:示例科技网 作者:孙丽 2023-10-19;孙丽;-",
      "本报记者 周小川;周小川;-",
      "（作者：曾小明，林晓 编辑：何一）;曾小明;-",
      // Latin names, in English bylines and in Chinese ones.
      "By Jane Doe;Jane Doe;-",
      "By Park Min-seo;Park Min-seo;-",
      "By Jean-Luc Martin;Jean-Luc Martin;-",
      "ByJane Doe;Jane Doe;-",
      "By Jane Doe, Senior Technology Editor;Jane Doe;Senior Technology Editor",
      "By Dr. Jane Doe | October 19, 2023;Jane Doe;-",
      "By: Jane Doe | Example Daily;Jane Doe;-",
      "By : Jane Doe//Example Daily//March 3, 2024;Jane Doe;-",
      "作者:腾讯欧洲首席代表Jane Doe;Jane Doe;腾讯欧洲首席代表",
  })
  void readsAuthorAndRole(String line, String author, String role) {
    Optional<BylineParser.Found> found = BylineParser.parse(line);

    assertThat(found).isPresent();
    assertThat(found.get().author()).isEqualTo(author);
    assertThat(line.substring(found.get().authorBegin(), found.get().authorEnd())).isEqualTo(author);
    assertThat(found.get().role()).isEqualTo(Optional.ofNullable(role));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "By : Jane Doe//Example Daily//March 3, 2024;Example Daily",
      "By Jane Doe | The Example Record;The Example Record",
      "By Jane Doe | Staff Writer;-",
      "By Dr. Jane Doe | October 19, 2023;-",
      "By Jane Doe | Updated Monday;-",
      "By Jane Doe, Senior Technology Editor;-",
      "作者:李明 | 示例科技网;-",
  })
  void readsThePublicationAfterTheAuthor(String line, String outlet) {
    BylineParser.Found found = BylineParser.parse(line).orElseThrow();

    assertThat(BylineParser.outlet(line, found).map(s -> s.of(line))).isEqualTo(Optional.ofNullable(outlet));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "在生成式AI中寻求平衡:开源模型与专有模型之争",
      "作者认为,开源模型的发展势头是强大而不可阻挡的。",
      "Photo by Jane Doe",
      "bygone days of closed models",
      "By: the numbers behind the deal",
      "ByteDance Launches a New Model",
      "BYD Sales Rise",
      "文章来源:示例科技网",
      "2023.10.19",
      "本报记者近日走访了多家人工智能企业，发现算力仍是瓶颈。",
  })
  void refusesLinesThatAreNotAuthorLines(String line) {
    assertThat(BylineParser.parse(line)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      // Co-authors listed after the author with spaces or 、, up to the first piece that is no name.
      "作者 王建国 赵雪梅;赵雪梅",
      "作者 | 陈思远 林晓雨 刘一凡;林晓雨,刘一凡",
      "本报记者 周小川、孙丽;孙丽",
      "作者 王建国 人工智能频道;-",
      "作者 王建国 2024-05-22;-",
      "By Jane Doe | Example Daily;-",
  })
  void readsTheCoAuthorsListedAfterTheAuthor(String line, String coAuthors) {
    BylineParser.Found found = BylineParser.parse(line).orElseThrow();

    assertThat(BylineParser.coAuthors(line, found.authorEnd())).extracting(s -> s.of(line))
        .containsExactlyElementsOf(coAuthors == null ? List.of() : List.of(coAuthors.split(",")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "李吟;李吟",
      "王建国 赵雪梅;王建国",
      "王建国 新闻中心;-",
      "人工智能;-",
  })
  void readsALineOfNamesOnlyAsTheByline(String line, String author) {
    assertThat(BylineParser.bareName(line).map(BylineParser.Found::author)).isEqualTo(Optional.ofNullable(author));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "Helen Marsh;Helen Marsh;-",
      "- Owen Teller;Owen Teller;-",
      "DANIEL ROOKE;DANIEL ROOKE;-",
      "Laura Quint | June 4, 2024;Laura Quint;-",
      "Peter Vance, Senior Technology Reporter;Peter Vance;Senior Technology Reporter",
      "Key Points;-;-",
      "Company Overview;-;-",
      "Helen Marsh, Chief Executive;-;-",
      "Helen Marsh said the plan works.;-;-",
  })
  void readsAnEnglishNameAloneOrWithANewsroomPostAsTheByline(String line, String author, String post) {
    Optional<BylineParser.Found> found = BylineParser.bareLatinName(line);
    assertThat(found.map(BylineParser.Found::author)).isEqualTo(Optional.ofNullable(author));
    assertThat(found.flatMap(BylineParser.Found::role)).isEqualTo(Optional.ofNullable(post));
  }
}
