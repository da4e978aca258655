package org.claimgraph.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.claimgraph.extract.ExtractionException;
import org.claimgraph.extract.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecoderTest {
  private static final String CHINESE = "在生成式AI中寻求平衡：开源模型与专有模型之争。\n今年三月，OpenAI发布了GPT-4。\n";

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void decodesUtf8AndHashesTheBytes() throws Exception {
    byte[] bytes = CHINESE.getBytes(StandardCharsets.UTF_8);
    RawDocument doc = TextDecoder.standard().decode(write("a.txt", bytes));

    assertThat(doc.text()).isEqualTo(CHINESE);
    assertThat(doc.encoding()).isEqualTo("UTF-8");
    assertThat(doc.source()).endsWith("a.txt");
    assertThat(doc.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
  }

  @Test
  void dropsTheUtf8ByteOrderMarkButHashesIt() throws Exception {
    byte[] body = CHINESE.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    RawDocument doc = TextDecoder.standard().decode(write("bom.txt", bytes));

    assertThat(doc.text()).isEqualTo(CHINESE).doesNotStartWith("\uFEFF");
    assertThat(doc.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
        .isNotEqualTo(TextDecoder.standard().decode("x", body).sha256());
  }

  @Test
  void detectsGb18030ChineseText() throws Exception {
    RawDocument doc = TextDecoder.standard().decode(write("gb.txt", CHINESE.getBytes(TextDecoder.GB18030)));

    assertThat(doc.text()).isEqualTo(CHINESE);
    assertThat(doc.encoding()).isEqualTo("GB18030");
  }

  @Test
  void decodesGb18030WhenAsked() throws Exception {
    RawDocument doc = TextDecoder.create().encoding("GB18030").build()
        .decode(write("gb.txt", CHINESE.getBytes(TextDecoder.GB18030)));

    assertThat(doc.text()).isEqualTo(CHINESE);
    assertThat(doc.encoding()).isEqualTo("GB18030");
  }

  @Test
  void askedForUtf8RefusesGb18030BytesAndSuggestsIt() throws Exception {
    Path file = write("gb.txt", CHINESE.getBytes(TextDecoder.GB18030));

    assertThatThrownBy(() -> TextDecoder.create().encoding(StandardCharsets.UTF_8).build().decode(file))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("gb.txt: not UTF-8 at byte 0")
        .hasMessageContaining("--encoding GB18030");
  }

  @Test
  void refusesBytesThatAreNeitherUtf8NorChinese() throws Exception {
    byte[] bytes = "abc def ghi".getBytes(StandardCharsets.US_ASCII);
    bytes[4] = (byte) 0xFF;

    assertThatThrownBy(() -> TextDecoder.standard().decode(write("x.txt", bytes)))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("x.txt: not UTF-8 at byte 4 (try --encoding GB18030");
  }

  @Test
  void latin1TextIsNotMistakenForGb18030() throws Exception {
    byte[] bytes = "Caf\u00e9 in M\u00fcnchen, na\u00efve r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> TextDecoder.standard().decode(write("latin1.txt", bytes)))
        .hasMessageContaining("not UTF-8 at byte 3");
  }

  @Test
  void refusesAMissingFile() {
    assertThatThrownBy(() -> TextDecoder.standard().decode(dir.resolve("nope.txt")))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("nope.txt: no such file (check the path");
  }

  @Test
  void refusesADirectory() {
    assertThatThrownBy(() -> TextDecoder.standard().decode(dir))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("is a directory, not a text file");
  }

  @Test
  void refusesAnEmptyFile() throws Exception {
    Path file = write("empty.txt", new byte[0]);

    assertThatThrownBy(() -> TextDecoder.standard().decode(file))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("empty.txt: empty file (0 bytes)");
  }

  @Test
  void refusesAFileOfWhitespace() throws Exception {
    Path file = write("blank.txt", " \n\t\r\n\u3000\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> TextDecoder.standard().decode(file))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("blank.txt: the file holds only whitespace");
  }

  @Test
  void refusesABinaryFileAndSaysWhereTheNulIs() throws Exception {
    byte[] bytes = "PK\u0003\u0004abc".getBytes(StandardCharsets.US_ASCII);
    bytes[5] = 0;

    assertThatThrownBy(() -> TextDecoder.standard().decode(write("x.zip", bytes)))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("x.zip: binary file: NUL byte at byte 5");
  }

  @Test
  void refusesAFileFullOfControlBytes() throws Exception {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 10 == 7 ? 0x02 : 'a');
    }

    assertThatThrownBy(() -> TextDecoder.standard().decode(write("ctl.bin", bytes)))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("binary file: 20 control bytes in 200")
        .hasMessageContaining("the first at byte 7");
  }

  @Test
  void refusesUtf16WithAHint() throws Exception {
    byte[] body = CHINESE.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);

    assertThatThrownBy(() -> TextDecoder.standard().decode(write("u16.txt", withBom)))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("u16.txt: UTF-16 text")
        .hasMessageContaining("re-save the file as UTF-8");
  }

  @Test
  void refusesAFileOverTheLimitAndNamesTheOption() throws Exception {
    Path file = write("big.txt", "x".repeat(3000).getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> TextDecoder.create().maxBytes(2048).build().decode(file))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("big.txt: file is 2.9 KB (3000 bytes), larger than the 2.0 KB limit (2048 bytes)")
        .hasMessageContaining("--max-bytes");
    assertThat(TextDecoder.create().maxBytes(3000).build().decode(file).text()).hasSize(3000);
  }

  @Test
  void theDefaultLimitIsFiveMegabytes() throws Exception {
    Path file = write("huge.txt", new byte[(int) TextDecoder.DEFAULT_MAX_BYTES + 1]);

    assertThatThrownBy(() -> TextDecoder.standard().decode(file))
        .hasMessageContaining("larger than the 5.0 MB limit");
  }

  @Test
  void refusesIllegalSettings() {
    assertThatThrownBy(() -> TextDecoder.create().maxBytes(0)).hasMessageContaining("Illegal maxBytes=0");
    assertThatThrownBy(() -> TextDecoder.create().encoding("no-such-charset"))
        .hasMessageContaining("Illegal encoding=no-such-charset");
  }
}
