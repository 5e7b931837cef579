package io.verbatim.themes;

import static io.verbatim.themes.Fixtures.tokens;

import io.verbatim.model.AnalyzedComment;
import io.verbatim.model.Comment;
import io.verbatim.model.Sentence;
import io.verbatim.model.SentimentLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small tagged corpus in three subjects (foreclosures, credit card interest, student loans),
 * each told at length in its own words, where the staff are named in passing in every subject,
 * in more sentences than the subject itself: what a party or channel does to the main theme of
 * real complaints.
 */
final class TopicCorpus {

  static final String STAFF = "t-staff";
  static final String FORECLOSURE = "t-foreclosure";
  static final String CARD = "t-card";
  static final String TUITION = "t-tuition";

  private static final Map<String, String[]> TOLD = Map.of(
      FORECLOSURE, new String[] {"bank/bank/NN foreclosed/foreclose/VBD house/house/NN",
          "mortgage/mortgage/NN home/home/NN lender/lender/NN"},
      CARD, new String[] {"card/card/NN interest/interest/NN balance/balance/NN",
          "credit/credit/NN limit/limit/NN purchase/purchase/NN"},
      TUITION, new String[] {"student/student/NN loan/loan/NN tuition/tuition/NN",
          "school/school/NN college/college/NN semester/semester/NN"});
  private static final String STAFF_SAID = "the/the/DT staff/staff/NN";

  private TopicCorpus() {
  }

  static List<String> subjects() {
    return List.of(FORECLOSURE, CARD, TUITION);
  }

  /**
   * Ten comments per subject, each telling it in four sentences and naming it in one; three of
   * them name the staff in two more (so the staff are named in 9 of 30 comments, each subject in
   * 10).
   */
  static List<AnalyzedComment> comments() {
    List<AnalyzedComment> out = new ArrayList<>();
    for (String subject : subjects()) {
      String[] told = TOLD.get(subject);
      for (int i = 0; i < 10; i++) {
        List<Sentence> sentences = new ArrayList<>();
        sentences.add(sentence(sentences.size(), told[i % 2], List.of(subject)));
        for (int more = 1; more < 4; more++) {
          sentences.add(sentence(sentences.size(), told[(i + more) % 2], List.of()));
        }
        if (i < 3) {
          sentences.add(sentence(sentences.size(), STAFF_SAID, List.of(STAFF)));
          sentences.add(sentence(sentences.size(), STAFF_SAID, List.of(STAFF)));
        }
        out.add(comment(subject + i, sentences));
      }
    }
    return out;
  }

  static Sentence sentence(int index, String spec, List<String> themes) {
    return new Sentence(index, spec, tokens(spec), -0.5, SentimentLabel.NEGATIVE, List.of(),
        themes, List.of(), false, null);
  }

  static AnalyzedComment comment(String id, List<Sentence> sentences) {
    return new AnalyzedComment(new Comment(id, null, "text of " + id, null, Map.of(), "test", 1),
        sentences, -0.5, SentimentLabel.NEGATIVE);
  }

  static ThemeCatalog catalog() {
    List<io.verbatim.model.Theme> themes = new ArrayList<>();
    for (String id : List.of(STAFF, FORECLOSURE, CARD, TUITION)) {
      String key = id.substring(2);
      themes.add(new io.verbatim.model.Theme(id, key, key, null,
          io.verbatim.model.Theme.UNASSIGNED, List.of(key), false));
    }
    return new ThemeCatalog(themes);
  }
}
