package org.claimgraph.extract.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/** The document id used in IRIs: a slug of the source file's name without its extensions. */
final class DocumentId {
  /** Extensions that say how the file is stored, not what it is; a language tag such as ".zh" stays. */
  private static final Pattern STORAGE_EXTENSION = Pattern.compile(
      "(?i)\\.(?:txt|text|raw|html?|xhtml|md|markdown|utf-?8|gb18030|gbk|out|dump|scraped)$");
  private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9._-]+");

  private DocumentId() {}

  /**
   * @param source the path or name the document came from
   * @param sha256 the content hash, for names with no usable characters (e.g. a Chinese file name)
   */
  static String of(String source, String sha256) {
    String name = source.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    String stripped = name;
    while (true) {
      String next = STORAGE_EXTENSION.matcher(stripped).replaceFirst("");
      if (next.equals(stripped) || next.isEmpty()) {
        break;
      }
      stripped = next;
    }
    String slug = NOT_ALLOWED.matcher(stripped).replaceAll("-")
        .replaceAll("-{2,}", "-")
        .replaceAll("^[^A-Za-z0-9]+|[^A-Za-z0-9]+$", "");
    return slug.isEmpty() ? "doc-" + sha256.substring(0, 12).toLowerCase(Locale.ROOT) : slug;
  }
}
