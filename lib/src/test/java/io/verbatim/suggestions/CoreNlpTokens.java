package io.verbatim.suggestions;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.verbatim.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Real CoreNLP tokens for tests, shaped as the annotate stage shapes them (lemma lower-cased).
 * Build one per test class: loading the tagger takes a couple of seconds.
 */
final class CoreNlpTokens {

  private final StanfordCoreNLP pipeline;

  CoreNlpTokens() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    props.setProperty("tokenize.options", "untokenizable=noneDelete");
    pipeline = new StanfordCoreNLP(props);
  }

  private CoreNlpTokens(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /** Tokens exactly as the annotator's own tagging pipeline makes them, for evaluations. */
  static CoreNlpTokens annotatorPipeline() {
    return new CoreNlpTokens(io.verbatim.annotate.CommentAnnotator.taggingPipeline());
  }

  /** The sentences CoreNLP finds in a text, each as tokens. */
  List<List<Token>> sentences(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    List<List<Token>> sentences = new ArrayList<>();
    for (CoreSentence sentence : doc.sentences()) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel l : sentence.tokens()) {
        String lemma = l.lemma() == null ? l.word() : l.lemma();
        tokens.add(new Token(l.word(), lemma.toLowerCase(Locale.ROOT), l.tag()));
      }
      sentences.add(tokens);
    }
    return sentences;
  }

  /** All tokens of a text meant as one sentence, even if CoreNLP splits it. */
  List<Token> tokens(String sentence) {
    List<Token> all = new ArrayList<>();
    sentences(sentence).forEach(all::addAll);
    return all;
  }
}
