package io.verbatim.labelled;

import io.verbatim.labelled.ClothingReviewsReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reader on a tiny hand-written file in the format of the public set. */
class ReadersTest {

  @TempDir
  Path dir;

  @Test
  void suggestionTrialFileIsLatin1WithHeaderAndWrappedQuotes() throws Exception {
    Path f = dir.resolve("trial.csv");
    String text = "id,sentence,label\n"
        + "a1,Please add a dark mode to the editor.,1\n"
        + "a2,\"\"\"The caf\u00e9 downstairs was noisy, sadly.\"\"\",0\n"
        + "a3,Offer a late checkout.,1\n";
    Files.write(f, text.getBytes(StandardCharsets.ISO_8859_1));
    List<LabelledText> rows = SuggestionSetReader.read(f, Integer.MAX_VALUE);
    assertEquals(3, rows.size());
    assertEquals(new LabelledText("a1", "Please add a dark mode to the editor.", "suggestion"),
        rows.get(0));
    assertEquals("The caf\u00e9 downstairs was noisy, sadly.", rows.get(1).text());
    assertEquals("other", rows.get(1).label());
    assertEquals(2, SuggestionSetReader.read(f, 2).size());
  }

  @Test
  void suggestionTrainingFileIsUtf8WithoutHeader() throws Exception {
    Path f = dir.resolve("train.csv");
    Files.writeString(f, "t1,\"\"\"Let me \"\"pin\"\" notes, caf\u00e9 style.\"\"\",1\n"
        + "t2,It crashed twice.,0\n", StandardCharsets.UTF_8);
    List<LabelledText> rows = SuggestionSetReader.read(f);
    assertEquals(2, rows.size());
    assertEquals("Let me \"pin\" notes, caf\u00e9 style.", rows.get(0).text());
    assertEquals("suggestion", rows.get(0).label());
  }

  @Test
  void suggestionRowWithABadLabelIsAnErrorNamingTheRow() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "id,sentence,label\nb1,Fine.,0\nb2,Odd.,yes\n");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> SuggestionSetReader.read(f));
    assertTrue(e.getMessage().contains("row 3"), e.getMessage());
  }

  @Test
  void clothingReviewsKeepHeldOutRowsWithText() throws Exception {
    // Find index values in and out of the split so the sample exercises both.
    List<String> in = new java.util.ArrayList<>();
    String out = null;
    for (int i = 0; in.size() < 4 || out == null; i++) {
      if (ClothingReviewsReader.heldOut(String.valueOf(i))) {
        in.add(String.valueOf(i));
      } else if (out == null) {
        out = String.valueOf(i);
      }
    }
    String csv = ",Clothing ID,Age,Title,Review Text,Rating,Recommended IND\n"
        + in.get(0) + ",1,30,Nice,\"Soft fabric.\nFits well, I said \"\"wow\"\".\",5,1\n"
        + out + ",2,41,,Not in the split.,1,0\n"
        + in.get(1) + ",3,52,Meh,Runs small.,3,0\n"
        + in.get(2) + ",4,25,No text,,2,0\n"
        + in.get(3) + ",5,33,,Seams came apart after one wash.,2,0\n";
    Path f = dir.resolve("reviews.csv");
    Files.writeString(f, csv);
    List<LabelledText> rows = ClothingReviewsReader.read(f, Integer.MAX_VALUE);
    assertEquals(3, rows.size());
    assertEquals(new LabelledText(in.get(0), "Nice\n\nSoft fabric.\nFits well, I said"
        + " \"wow\".", "positive"), rows.get(0));
    assertEquals("Soft fabric.\nFits well, I said \"wow\".",
        ClothingReviewsReader.reviewText(rows.get(0)));
    assertEquals("Seams came apart after one wash.",
        ClothingReviewsReader.reviewText(rows.get(2)));
    assertEquals("neutral", rows.get(1).label());
    assertEquals("negative", rows.get(2).label());
    assertEquals(1, ClothingReviewsReader.read(f, 1).size());
  }

  @Test
  void heldOutSplitIsTheSealedPartOfSplit() {
    int held = 0;
    for (int i = 0; i < 20000; i++) {
      String id = String.valueOf(i);
      held += ClothingReviewsReader.heldOut(id) ? 1 : 0;
      assertEquals(Split.sealed(ClothingCorpus.SET, id), ClothingReviewsReader.heldOut(id));
    }
    assertTrue(held > 7600 && held < 8400, "held out: " + held);
    assertEquals("negative", ClothingReviewsReader.labelOf(1));
    assertEquals("neutral", ClothingReviewsReader.labelOf(3));
    assertEquals("positive", ClothingReviewsReader.labelOf(4));
  }

  @Test
  void uciSentencesSplitOnTheLastTab() throws Exception {
    Path folder = dir.resolve(UciSentences.FOLDER);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("imdb_labelled.txt"),
        "A \"great\"\tfilm.  \t1\nDull.  \t0\n\n", java.nio.charset.StandardCharsets.ISO_8859_1);
    List<LabelledText> rows = UciSentences.read(dir, "imdb");
    assertEquals(List.of(new LabelledText("1", "A \"great\"\tfilm.", "positive"),
        new LabelledText("2", "Dull.", "negative")), rows);
    List<LabelledText> sealed = UciSentences.part(rows, "imdb", Split.SEALED);
    List<LabelledText> dev = UciSentences.part(rows, "imdb", Split.DEV);
    assertEquals(2, sealed.size() + dev.size());
    Files.writeString(folder.resolve("yelp_labelled.txt"), "No label here\n");
    assertThrows(java.io.IOException.class, () -> UciSentences.read(dir, "yelp"));
  }

  @Test
  void cfpbNarrativesAreNegativeAndDistinct() throws Exception {
    Files.createDirectories(dir.resolve("complaints/cfpb"));
    Files.writeString(dir.resolve(CfpbNarratives.PAYDAY), "Date received,Product,"
        + "Consumer complaint narrative,Complaint ID\r\n01/02/23,Loan,\"They charged me twice.\r\n"
        + "No reply.\",11\r\n01/03/23,Loan,None,12\r\n");
    Files.writeString(dir.resolve(CfpbNarratives.PRODUCTS), ",Product,Consumer complaint narrative\n"
        + "7,Mortgage,My payment was lost.\n8,Mortgage,\"They charged me twice.\r\nNo reply.\"\n");
    List<CfpbNarratives.Narrative> rows = CfpbNarratives.read(dir);
    assertEquals(2, rows.size());
    assertEquals(new LabelledText("11", "They charged me twice.\r\nNo reply.", "negative"),
        rows.get(0).item());
    assertEquals(CfpbNarratives.PAYDAY_SET, rows.get(0).set());
    assertEquals(new LabelledText("7", "My payment was lost.", "negative"), rows.get(1).item());
    assertEquals(Split.of(CfpbNarratives.PRODUCTS_SET, "7"), rows.get(1).part());
  }

  @Test
  void semEval2014XmlSentencesAndTerms() throws Exception {
    String xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <sentences>
            <sentence id="s1">
                <text>The soup was cold but the waiter was kind.</text>
                <aspectTerms>
                    <aspectTerm term="soup" polarity="negative" from="4" to="8"/>
                    <aspectTerm term="waiter" polarity="positive" from="26" to="32"/>
                </aspectTerms>
                <aspectCategories>
                    <aspectCategory category="food" polarity="negative"/>
                </aspectCategories>
            </sentence>
            <sentence id="s2">
                <text>We went on a Tuesday.</text>
            </sentence>
        </sentences>
        """;
    Path f = dir.resolve("aspects.xml");
    Files.writeString(f, xml);
    List<AspectSentence> sentences = AspectXmlReader.read(f, Integer.MAX_VALUE);
    assertEquals(2, sentences.size());
    AspectSentence s1 = sentences.get(0);
    assertEquals("s1", s1.id());
    assertEquals(List.of(new AspectSentence.Term("soup", "negative", 4, 8),
        new AspectSentence.Term("waiter", "positive", 26, 32)), s1.terms());
    assertEquals("soup", s1.text().substring(4, 8));
    assertTrue(sentences.get(1).terms().isEmpty());
    assertEquals(1, AspectXmlReader.read(f, 1).size());
  }
}
