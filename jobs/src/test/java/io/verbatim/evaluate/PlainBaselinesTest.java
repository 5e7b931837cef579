package io.verbatim.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import io.verbatim.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainBaselinesTest {

  @Test
  void eachCommentGoesToItsCommonestNounAmongTheCorpusTopK() {
    List<AnalyzedComment> comments = List.of(
        // "fee" twice beats "app" once.
        comment("The/DT fee/NN and/CC the/DT fee/NN in/IN the/DT app/NN"),
        comment("The/DT app/NN crashed|crash/VBD"),
        comment("The/DT app/NN froze|freeze/VBD again/RB"),
        comment("A/DT fee/NN again/RB"),
        // "parking" is in no other comment: outside the top two, so its next-best noun counts.
        comment("The/DT parking/NN parking/NN app/NN"),
        // Only a name and a word that cannot be an object: nothing to place it by.
        comment("Ask/VB Northwind/NNP about/IN something/NN"));

    List<String> clusters = PlainBaselines.commonestNoun(comments, 2);

    assertEquals(List.of("fee", "app", "app", "fee", "app", PlainBaselines.NO_CLUSTER), clusters);
  }

  @Test
  void aTieGoesToTheNounMoreCommentsNameThenAlphabetically() {
    List<AnalyzedComment> comments = List.of(
        comment("The/DT refund/NN and/CC the/DT card/NN"),
        comment("My/PRP$ card/NN"),
        comment("The/DT bill/NN and/CC the/DT refund/NN"));

    // card and refund are each in two comments, bill in one.
    assertEquals(List.of("card", "card", "refund"), PlainBaselines.commonestNoun(comments, 3));
  }

  @Test
  void aNounWrittenInCapitalsInMostCommentsIsANameAndNoCluster() {
    List<AnalyzedComment> comments = List.of(
        comment("I/PRP paid/VBD ZZ|zz/NN ZZ|zz/NN on/IN the/DT loan/NN"),
        comment("On/IN ZZ|zz/NN my/PRP$ loan/NN"));

    assertEquals(List.of("loan", "loan"), PlainBaselines.commonestNoun(comments, 5));
  }

  @Test
  void tfIdfWeighsRareLemmasAboveCommonOnesAndDropsLemmasOfOneComment() {
    List<AnalyzedComment> comments = List.of(
        comment("The/DT loan/NN fee/NN was|be/VBD late/JJ"),
        comment("The/DT loan/NN fee/NN"),
        comment("The/DT loan/NN was|be/VBD unique/JJ"),
        comment("A/DT loan/NN"));

    PlainBaselines.Vectors v = PlainBaselines.tfIdf(comments);

    // be, fee and loan are in at least two comments; late and unique in one only.
    assertEquals(3, v.dimension());
    KMeans.Point first = v.points().get(0);
    assertEquals(1, first.squaredNorm(), 1e-9);
    // Vocabulary in alphabetical order: be 0, fee 1, loan 2.
    double[] w = new double[3];
    for (int i = 0; i < first.index().length; i++) {
      w[first.index()[i]] = first.value()[i];
    }
    assertTrue(w[1] > w[2] && w[0] > w[2], java.util.Arrays.toString(w));
    assertEquals(1, v.points().get(3).index().length);
  }

  @Test
  void baselinesOnTwoPlainTopicsAgreeWithTheLabelsAndReportEveryFigure() {
    List<AnalyzedComment> comments = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      comments.add(comment("The/DT refund/NN of/IN the/DT fee/NN never/RB came|come/VBD"));
      labels.add("billing");
      comments.add(comment("The/DT app/NN login/NN keeps|keep/VBZ failing|fail/VBG"));
      labels.add("digital");
    }
    Map<String, Double> figures = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();

    PlainBaselines.score(comments, labels, 2, figures, notes);

    for (String method : List.of("nouns", "kmeans20", "kmeans_k", "vectors20", "vectors_k")) {
      for (String figure : List.of("nmi_baseline_", "purity_baseline_", "clusters_baseline_")) {
        assertTrue(figures.containsKey(figure + method), figure + method + " in " + figures);
      }
      assertTrue(figures.get("nmi_baseline_" + method + "_low")
          <= figures.get("nmi_baseline_" + method + "_high"), figures.toString());
    }
    assertEquals(1, figures.get("nmi_baseline_nouns"), 1e-9);
    assertEquals(1, figures.get("nmi_baseline_kmeans_k"), 1e-9);
    assertEquals(2, figures.get("clusters_baseline_kmeans_k"), 1e-9);
    // Two distinct texts: twenty clusters asked, two formed, each label still in one cluster.
    assertEquals(1, figures.get("purity_baseline_kmeans20"), 1e-9);
    assertEquals(1, notes.size());
    figures.putAll(Map.of("nmi", 0.5, "nmi_low", 0.4, "nmi_high", 0.6, "purity", 0.7,
        "clusters", 3.0));
    String table = ReportWriter.baselineTable(figures);
    assertTrue(table.contains("| main themes (ours) | 0.500 [0.400-0.600] | 0.700 | 3 |"), table);
    assertTrue(table.contains("| baseline: kmeans_k | 1.000 [1.000-1.000] | 1.000 | 2 |"), table);
  }

  /** A one-sentence comment from "word/POS" or "word|lemma/POS" tokens. */
  private static AnalyzedComment comment(String tagged) {
    List<Token> tokens = new ArrayList<>();
    for (String t : tagged.split(" ")) {
      String[] wordPos = t.split("/");
      String[] wordLemma = wordPos[0].split("\\|");
      String lemma = wordLemma.length > 1 ? wordLemma[1] : wordLemma[0].toLowerCase(Locale.ROOT);
      tokens.add(new Token(wordLemma[0], lemma, wordPos[1]));
    }
    String text = String.join(" ", tokens.stream().map(Token::word).toList());
    return new AnalyzedComment(new Comment("c", null, text, null, null, "test", 0),
        List.of(Sentence.annotated(0, text, tokens, 0, SentimentLabel.NEUTRAL)), 0,
        SentimentLabel.NEUTRAL);
  }
}
