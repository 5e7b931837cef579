package io.verbatim.config;

import java.io.Serializable;
import java.util.List;

/**
 * The effective configuration of a run. Built only by {@link ConfigLoader}, which starts from the
 * documented defaults, so no field is ever null unless the defaults say so.
 */
public record VerbatimConfig(Input input, Privacy privacy, Language language,
                             Annotation annotation, Themes themes, Ideas ideas,
                             Index index, Serve serve, Nightly nightly, Digest digest,
                             Spark spark)
    implements Serializable {

  /** Where comments come from and which columns mean what. */
  public record Input(String format, String textColumn, List<String> textColumns,
                      String idColumn, String timeColumn,
                      String scoreColumn, List<String> textCandidates, List<String> idCandidates,
                      List<String> timeCandidates, List<String> scoreCandidates, double scoreMin,
                      double scoreMax, int maxTextChars, String dateOrder,
                      String timeFormat, double maxRejectShare, boolean allowRejects,
                      String sheet)
      implements Serializable {
  }

  /** What is redacted, and with what. */
  public record Privacy(List<String> redact, String replacement, boolean redactMetadata,
                        List<String> phoneRegions)
      implements Serializable {
  }

  /** Language tagging, and which languages are analysed. */
  public record Language(boolean detect, List<String> analyse) implements Serializable {
  }

  /**
   * CoreNLP annotation, and the suggestion detector ({@code suggestions}: rules or model) that
   * reads its tokens.
   */
  public record Annotation(String sentiment, String parser, int maxParseTokens,
                           double negativeBelow, double positiveAbove, String suggestions,
                           boolean adaptFromScore)
      implements Serializable {

    /** Settings without a choice of suggestion detector: the shipped default, the model. */
    public Annotation(String sentiment, String parser, int maxParseTokens, double negativeBelow,
                      double positiveAbove) {
      this(sentiment, parser, maxParseTokens, negativeBelow, positiveAbove, "model");
    }

    /** Settings without adaptation to the input's scores (the shipped default). */
    public Annotation(String sentiment, String parser, int maxParseTokens, double negativeBelow,
                      double positiveAbove, String suggestions) {
      this(sentiment, parser, maxParseTokens, negativeBelow, positiveAbove, suggestions, false);
    }
  }

  /** Theme discovery. */
  public record Themes(String taxonomy, boolean extendDefault, int minComments, int maxThemes,
                       int maxTopLevel, int trendWindowDays, boolean splitByQuestion)
      implements Serializable {

    /** Themes and ideas over the whole corpus, whatever question a comment answers. */
    public Themes(String taxonomy, boolean extendDefault, int minComments, int maxThemes,
                  int maxTopLevel, int trendWindowDays) {
      this(taxonomy, extendDefault, minComments, maxThemes, maxTopLevel, trendWindowDays, false);
    }
  }

  /** Idea building and ranking. */
  public record Ideas(int minReach, int impliedMinMentions, double impliedMinShare,
                      double strongNegative, double complaintBelow, int examples,
                      Weights weights)
      implements Serializable {
  }

  /** Weights of the idea score components. */
  public record Weights(double reach, double negativity, double scoreImpact, double trend)
      implements Serializable {
  }

  /** The search index. */
  public record Index(String synonyms, int maxQueryChars, int queryTimeoutMillis)
      implements Serializable {
  }

  /** The web server for managers. */
  public record Serve(String host, int port, String token) implements Serializable {
  }

  /** The nightly incremental run. */
  public record Nightly(int windowDays) implements Serializable {
  }

  /** The digest: what it tests, what it shows, where it is mailed. */
  public record Digest(int historyDays, int recentDays, int baselineDays, double fdr,
                       int minRecent, int emergingMaxBaseline, double minRateRatio, int topIdeas,
                       int ideasPerOwner, int chartThemes, int sentimentThemes, int minSentences,
                       int quotes, int quoteMaxChars, Mail mail) implements Serializable {
  }

  /** SMTP delivery of the digest. */
  public record Mail(boolean enabled, String host, int port, String security, String username,
                     String passwordEnv, String from, List<String> to,
                     java.util.Map<String, List<String>> owners, int timeoutSeconds)
      implements Serializable {
  }

  /** Where Spark runs. */
  public record Spark(String master, int partitions) implements Serializable {
  }
}
