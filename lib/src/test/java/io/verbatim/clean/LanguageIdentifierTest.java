package io.verbatim.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageIdentifierTest {

  private static final LanguageIdentifier ID = LanguageIdentifier.get();

  @BeforeAll
  static void load() {
    LanguageIdentifier.preload();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The staff at the gate were rude and unhelpful.",
      "My bag never arrived in Lisbon.",
      "Please add more vegetarian options to the menu.",
      "Check-in took forever this morning.",
      "Great flight, friendly crew, on time.",
      "The app keeps crashing when I pay.",
      "Why is the wifi so expensive on board?",
      "Refund still not processed after six weeks.",
      "You should open the lounge earlier.",
      "Delivery was late again, third time this month.",
      "Customer service hung up on me twice.",
      "I was charged twice for the same order.",
      "Boarding was chaos, no queues at all.",
      "Hi, Great to see a decent vegetarian option.",
      "Business trip to Miami. Business trip to Lisbon.",
      "Flight NW 1234 from LHR T5 to JFK was delayed 3 hours.",
      "FLIGHT WAS LATE AND NOBODY TOLD US ANYTHING",
      "@NorthwindAir lost my bag again, see https://example.com/claim #fail",
      "the food was cold and the seat would not recline",
      "Connecting flight via Malaga was a nightmare, missed it by ten minutes."})
  void english(String text) {
    assertEquals("en", ID.detect(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "fr|Le personnel était très aimable et serviable.",
      "fr|Mon bagage n'est jamais arrivé à Paris.",
      "fr|Le vol avait trois heures de retard.",
      "fr|Je n'ai toujours pas reçu mon remboursement.",
      "fr|Vol annulé sans aucune explication, c'est inadmissible.",
      "fr|Pourquoi le wifi est-il si cher à bord ?",
      "de|Das Personal war sehr freundlich und hilfsbereit.",
      "de|Mein Koffer ist nie angekommen, niemand hilft mir.",
      "de|Der Flug hatte drei Stunden Verspätung.",
      "de|Ich warte immer noch auf meine Erstattung.",
      "de|Die App stürzt bei jeder Zahlung ab.",
      "de|Warum ist das WLAN an Bord so teuer?",
      "es|El personal fue muy amable y servicial.",
      "es|Mi maleta nunca llegó a Madrid.",
      "es|El vuelo tuvo tres horas de retraso.",
      "es|Todavía no he recibido mi reembolso.",
      "es|La aplicación se cuelga cada vez que intento pagar.",
      "es|¿Por qué el wifi es tan caro a bordo?",
      "nl|Het personeel was erg vriendelijk en behulpzaam.",
      "nl|Mijn koffer is nooit aangekomen.",
      "nl|De vlucht had drie uur vertraging.",
      "nl|Ik wacht nog steeds op mijn terugbetaling.",
      "nl|De app crasht elke keer als ik wil betalen.",
      "nl|Waarom is de wifi aan boord zo duur?",
      "it|Il personale è stato molto gentile e disponibile.",
      "pt|O voo atrasou três horas e ninguém explicou nada.",
      "ru|Рейс задержали на три часа, и никто ничего не объяснил.",
      "ru|Мой багаж потерялся, никто не помог.",
      "uk|Мій багаж загубився, ніхто не допоміг.",
      "zh|我的行李丢了三天了，没有人联系我。",
      "ja|荷物が届きませんでした。とても残念です。",
      "ar|أمتعتي ضاعت ولم يساعدني أحد"})
  void otherLanguages(String row) {
    String[] parts = row.split("\\|", 2);
    assertEquals(parts[0], ID.detect(parts[1]), parts[1]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ok", "thanks!", "good", "Great!", "no", "meh", "10/10", "👍",
      "bad service", "merci", "super", "ok ok", "lol", "n/a", "-", "???", "5 stars ⭐⭐⭐⭐⭐",
      "https://example.com/complaint", "@NorthwindAir", "john@example.com", "", " "})
  void tooShortIsUndetermined(String text) {
    assertEquals(LanguageIdentifier.UNDETERMINED, ID.detect(text));
  }

  @Test
  void nullIsUndetermined() {
    assertEquals("und", ID.detect(null));
  }

  @Test
  void shortPhrasesAreNeverAnotherLanguageWhenEnglish() {
    for (String text : List.of("not happy at all", "thanks for nothing", "worst airline ever",
        "will not fly again", "Broken seat again.", "Not good enough.", "Lost my bag again.",
        "App broken after update.", "no complaints really", "all good thanks")) {
      assertTrue(LanguageIdentifier.isEnglishCompatible(ID.detect(text)), text);
    }
  }

  @Test
  void everySampleCommentIsEnglishOrUndetermined() throws Exception {
    Path samples = Path.of("..", "data-samples", "comments.csv");
    assumeTrue(Files.exists(samples), "data-samples not found");
    List<String> texts = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows = new CsvMapper()
        .enable(CsvParser.Feature.IGNORE_TRAILING_UNMAPPABLE)
        .readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(samples.toFile())) {
      while (rows.hasNextValue()) {
        String text = rows.nextValue().get("text");
        if (text != null && !text.isBlank()) {
          texts.add(text);
        }
      }
    } catch (IOException | RuntimeException e) {
      // The file ends with deliberately broken rows; the comments before them are enough.
    }
    assertTrue(texts.size() >= 590, "read " + texts.size());
    Map<String, Integer> counts = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (String text : texts) {
      String code = ID.detect(text);
      counts.merge(code, 1, Integer::sum);
      if (!LanguageIdentifier.isEnglishCompatible(code)) {
        wrong.add(code + ": " + text);
      }
    }
    assertTrue(wrong.isEmpty(), () -> counts + "\n" + String.join("\n", wrong));
    assertTrue(counts.getOrDefault("en", 0) > texts.size() * 0.95, counts::toString);
  }

  @Test
  void candidatesLimitTheAnswers() {
    LanguageIdentifier europe = new LanguageIdentifier(Set.of("en", "fr", "de"));
    assertEquals(Set.of("en", "fr", "de"), europe.candidates());
    assertEquals("de", europe.detect("Das Personal war sehr freundlich und hilfsbereit."));
    String spanish = ID.detect("El personal fue muy amable y servicial.");
    assertEquals("es", spanish);
    assertFalse(europe.detect("El personal fue muy amable y servicial.").equals("es"));
    LanguageIdentifier all = new LanguageIdentifier(List.of());
    assertEquals("en", all.detect("The staff at the gate were rude and unhelpful."));
    assertTrue(LanguageIdentifier.supportedLanguages().containsAll(
        LanguageIdentifier.DEFAULT_CANDIDATES));
    // 103 model languages; Estonian, Latvian and Persian each have two model codes.
    assertEquals(100, LanguageIdentifier.supportedLanguages().size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LanguageIdentifier(List.of("en", "klingon")));
    assertTrue(e.getMessage().contains("klingon"));
  }

  @Test
  void everyModelLanguageHasAnAnswerCode() {
    Set<String> model = LanguageIdentifier.modelLanguages();
    assertEquals(103, model.size());
    for (String code : model) {
      assertTrue(LanguageIdentifier.supportedLanguages().contains(
          new LanguageIdentifier(List.of(code)).candidates().iterator().next()), code);
    }
  }

  @Test
  void threadSafe() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      texts.add(i % 2 == 0 ? "The flight was delayed again and nobody told us why, number " + i
          : "Le vol avait encore du retard et personne ne nous a dit pourquoi, numéro " + i);
    }
    List<String> parallel = texts.parallelStream().map(ID::detect).collect(Collectors.toList());
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(i % 2 == 0 ? "en" : "fr", parallel.get(i), texts.get(i));
    }
  }

  @Test
  void serialisableWithoutTheModel() throws Exception {
    LanguageIdentifier custom = new LanguageIdentifier(Set.of("en", "nl"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(custom);
    }
    assertTrue(bytes.size() < 2_000, "shipped " + bytes.size() + " bytes");
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      LanguageIdentifier copy = (LanguageIdentifier) in.readObject();
      assertEquals("nl", copy.detect("Het personeel was erg vriendelijk en behulpzaam."));
    }
  }

  /** Prints load time and speed for the record; asserts only generous bounds. */
  @Test
  void speed() {
    List<String> texts = List.of("The staff at the gate were rude and unhelpful.",
        "Mon bagage n'est jamais arrivé à Paris, et personne ne répond au téléphone.",
        "Flight NW 1234 was delayed three hours. The crew were lovely though, and the food was "
            + "better than last time. Please bring back the free snacks on short flights.");
    for (int i = 0; i < 300; i++) {
      ID.detect(texts.get(i % 3));
    }
    int n = 3000;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      ID.detect(texts.get(i % 3));
    }
    double msPerText = (System.nanoTime() - start) / 1e6 / n;
    System.out.printf("language identification: %.3f ms per comment%n", msPerText);
    assertTrue(msPerText < 20, msPerText + " ms per comment");
  }
}
