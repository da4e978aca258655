package org.claimgraph.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.ExtractionException;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.RawDocument;
import org.junit.jupiter.api.Test;

/** Issue 9, defect 7: an HTML page is read as the text a reader sees, not as markup. */
class HtmlTextTest {
  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(HtmlTextTest.class.getResource("/fixtures/html/" + name).toURI());
  }

  @Test
  void aNewsPageBecomesItsVisibleTextOneBlockPerLine() throws Exception {
    Path dir = fixture("en-news-page");
    RawDocument raw = TextDecoder.standard().decode(dir.resolve("page.html"));
    assertThat(raw.text()).isEqualTo(Fixtures.read(dir.resolve("expected.txt")).stripTrailing());
  }

  @Test
  void theCleanerFindsTheArticleInThePageText() throws Exception {
    RawDocument raw = TextDecoder.standard().decode(fixture("en-news-page").resolve("page.html"));
    CleanDocument doc = new ArticleCleaner(Fixtures.knownNames()).clean(raw);
    assertThat(doc.title()).isEqualTo("Why Open Models Are Catching Up With Proprietary AI");
    assertThat(doc.byline()).hasValueSatisfying(b -> assertThat(b.author()).isEqualTo("Jane Doe"));
    assertThat(doc.paragraphs().stream().filter(p -> p.role() == Paragraph.Role.BODY)).hasSize(5);
    assertThat(doc.text()).doesNotContain("<", "track(", "dataLayer", "font-family", "Subscribe", "Cheap flights",
        "Example Media", "JavaScript");
  }

  @Test
  void withoutAnH1TheHeadTitleIsTheFirstLineAndBreaksEndLines() {
    String page = "<html><head><title> 开源与专有之争 </title></head><body><div>第一段，<b>加粗</b>的文字<br>第二行"
        + "</div><ul><li>一</li><li>二</li></ul></body></html>";
    assertThat(HtmlText.extract(page).lines().toList())
        .containsExactly("开源与专有之争", "第一段，加粗的文字", "第二行", "一", "二");
  }

  @Test
  void htmlIsRecognisedByNameOrByItsFirstTag() {
    assertThat(HtmlText.isHtml("page.HTM", "plain words")).isTrue();
    assertThat(HtmlText.isHtml("saved.txt", "\uFEFF  <!-- saved -->\n<!DOCTYPE html><html>")).isTrue();
    assertThat(HtmlText.isHtml("saved.txt", "<html lang=\"zh\"><body>")).isTrue();
    assertThat(HtmlText.isHtml("notes.txt", "The <html> tag opens a page.")).isFalse();
    assertThat(HtmlText.isHtml("notes.md", "<htmlx>")).isFalse();
    RawDocument raw = TextDecoder.standard().decode("saved.txt",
        "<!doctype html><title>T</title><p>正文第一句。</p>".getBytes(StandardCharsets.UTF_8));
    assertThat(raw.text()).isEqualTo("T\n正文第一句。");
  }

  @Test
  void aPageWithNoVisibleTextIsRefusedWithAReason() {
    byte[] page = "<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TextDecoder.standard().decode("empty.html", page))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("empty.html")
        .hasMessageContaining("HTML page with no visible text")
        .hasMessageContaining(".txt");
  }
}
