package io.verbatim.evaluate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.verbatim.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The annotator's own CoreNLP tagging pipeline (tokenize, ssplit, pos, lemma, with its tokenizer
 * options), so evaluated tokens are exactly those {@code run} produces: the same pipeline, not a
 * copy of its settings that could drift apart.
 */
final class Tagger {

  /** One CoreNLP sentence: its tokens shaped as the annotator shapes them, with char offsets. */
  record Tagged(String text, List<Token> tokens, int[] begins, int[] ends) {
  }

  /** Where a character range landed: a sentence and its tokens {@code from..to} (exclusive). */
  record Span(Tagged sentence, int from, int to) {
  }

  /**
   * The tokens a character range overlaps, within the first sentence that holds any of them;
   * null when none does (an offset the tokenizer dropped).
   */
  static Span span(List<Tagged> sentences, int from, int to) {
    for (Tagged s : sentences) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < s.tokens().size(); i++) {
        if (s.ends()[i] > from && s.begins()[i] < to) {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      if (first >= 0) {
        return new Span(s, first, last + 1);
      }
    }
    return null;
  }

  private final StanfordCoreNLP pipeline;

  Tagger() {
    pipeline = io.verbatim.annotate.CommentAnnotator.taggingPipeline();
  }

  /** The non-empty sentences CoreNLP finds in a text. */
  List<Tagged> sentences(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<Tagged> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      int[] begins = new int[labels.size()];
      int[] ends = new int[labels.size()];
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        String lemma = l.lemma() == null ? l.word() : l.lemma();
        tokens.add(new Token(l.word(), lemma.toLowerCase(Locale.ROOT), l.tag()));
        begins[i] = l.beginPosition();
        ends[i] = l.endPosition();
      }
      out.add(new Tagged(s.get(CoreAnnotations.TextAnnotation.class), tokens, begins, ends));
    }
    return out;
  }
}
