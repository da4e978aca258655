package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Span;

/**
 * Names recognised by their shape, so that a model nobody put in a lexicon is still found: {@code GPT-4},
 * {@code LLaMa-2}, {@code Gen-2}, {@code Claude 3}, {@code BloombergGPT}, {@code GPT-Vision}; and quoted or suffixed
 * event names ({@code “AI届的伍德斯托克”的活动}, {@code Runway Studios AI电影节}).
 */
public final class NamePatterns {
  /** A found name. */
  public record Found(Span span, String text, EntityType type, String pattern) {}

  private record Shape(String name, Pattern pattern, EntityType type) {}

  private static final String HAN = "\\p{IsHan}";
  private static final List<Shape> SHAPES = List.of(
      // Family name, hyphen or space, version: GPT-4, GPT-3.5, LLaMa-2, Gen-2, Claude 2. Letters only before the digit.
      new Shape("model-version",
          Pattern.compile("(?<![A-Za-z0-9-])[A-Z][A-Za-z]{1,15}-\\d{1,2}(?:\\.\\d)?(?:[A-Za-z]{1,5}\\b)?(?![\\d.-])"),
          EntityType.AI_MODEL),
      // ...GPT as a suffix or with a named variant: ChatGPT, BloombergGPT, GPT-Vision, GPT-4V.
      new Shape("gpt-family",
          Pattern.compile("(?<![A-Za-z0-9])(?:[A-Z][A-Za-z]*GPT|GPT-[A-Z][a-z]+)(?![A-Za-z0-9])"),
          EntityType.AI_MODEL),
      // A quoted name that the next words call an event: “X”的活动, “X”聚会.
      new Shape("quoted-event",
          Pattern.compile("(?<=[“\"])([^“”\"]{2,20})(?=[”\"](?:的)?(?:活动|聚会|大会|峰会|盛会))"),
          EntityType.EVENT),
      // A capitalised Latin name followed by an event noun: Runway Studios AI电影节.
      new Shape("named-festival",
          Pattern.compile("(?<![A-Za-z])[A-Z][A-Za-z]+(?: ?[A-Z][A-Za-z]*)*(?:电影节|音乐节|大会|峰会|博览会|讲座)"),
          EntityType.EVENT),
      // A Chinese-named event ending in an event noun, after 的/在/于 or a quote: 伍德斯托克摇滚音乐节, 圣诞讲座.
      new Shape("han-festival",
          Pattern.compile("(?<=[“\"在于的])" + HAN + "{2,10}?(?:音乐节|电影节|博览会)"),
          EntityType.EVENT));

  public List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    for (Shape shape : SHAPES) {
      Matcher m = shape.pattern().matcher(text);
      while (m.find()) {
        found.add(new Found(new Span(m.start(), m.end()), m.group(), shape.type(), shape.name()));
      }
    }
    return found;
  }
}
