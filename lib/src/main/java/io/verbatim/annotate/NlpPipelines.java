package io.verbatim.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The CoreNLP pipelines of this JVM, built on first use and shared by every thread (CoreNLP's
 * annotators are thread-safe for {@code annotate}). Two pipelines rather than one so that only
 * sentences short enough for the parser, or chunks of longer ones, reach it.
 */
final class NlpPipelines {

  static final String SHIFT_REDUCE = "shift-reduce";
  static final String PCFG = "pcfg";

  private static volatile StanfordCoreNLP tagging;
  private static volatile StanfordCoreNLP tokenizing;
  private static volatile StanfordCoreNLP sentiment;
  private static volatile String sentimentParser;

  private NlpPipelines() {
  }

  /** tokenize, ssplit, pos, lemma. */
  static StanfordCoreNLP tagging() {
    StanfordCoreNLP p = tagging;
    if (p == null) {
      synchronized (NlpPipelines.class) {
        if (tagging == null) {
          tagging = new StanfordCoreNLP(properties("tokenize,ssplit,pos,lemma"));
        }
        p = tagging;
      }
    }
    return p;
  }

  /** tokenize, ssplit only, with the same tokenizer settings: all the trained sentiment needs. */
  static StanfordCoreNLP tokenizing() {
    StanfordCoreNLP p = tokenizing;
    if (p == null) {
      synchronized (NlpPipelines.class) {
        if (tokenizing == null) {
          tokenizing = new StanfordCoreNLP(properties("tokenize,ssplit"));
        }
        p = tokenizing;
      }
    }
    return p;
  }

  private static Properties properties(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    // Customer text is full of emoji and odd symbols: drop what the tokenizer cannot
    // handle instead of logging a warning per character.
    // Keep "check-in" and "self-service" whole: they name aspects customers write about.
    props.setProperty("tokenize.options",
        "untokenizable=noneDelete,invertible=false,splitHyphenated=false");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return props;
  }

  /**
   * parse + sentiment over already tagged sentences. The parser is chosen by configuration;
   * asking for a different parser in the same JVM is a programming error.
   */
  static StanfordCoreNLP sentiment(String parser) {
    StanfordCoreNLP p = sentiment;
    if (p == null) {
      synchronized (NlpPipelines.class) {
        if (sentiment == null) {
          Properties props = new Properties();
          props.setProperty("annotators", "parse,sentiment");
          props.setProperty("parse.model", parserModel(parser));
          props.setProperty("parse.binaryTrees", "true");
          props.setProperty("parse.buildgraphs", "false");
          // enforceRequirements=false: the tokens already carry POS and lemmas from tagging().
          sentiment = new StanfordCoreNLP(props, false);
          sentimentParser = parser;
        }
        p = sentiment;
      }
    }
    if (!parser.equals(sentimentParser)) {
      throw new IllegalStateException("sentiment pipeline already loaded with parser "
          + sentimentParser + ", asked for " + parser);
    }
    return p;
  }

  static String parserModel(String parser) {
    return switch (parser) {
      case SHIFT_REDUCE -> "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
      case PCFG -> "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz";
      default -> throw new io.verbatim.config.ConfigException("Unknown annotation.parser '"
          + parser + "'; use shift-reduce or pcfg.");
    };
  }
}
