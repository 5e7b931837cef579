package io.verbatim.training;

import io.verbatim.sentiment.SentimentTrainer;
import io.verbatim.labelled.ClothingCorpus;
import io.verbatim.labelled.LabelledText;
import io.verbatim.labelled.Parallel;
import io.verbatim.labelled.Split;
import io.verbatim.labelled.UciSentences;
import io.verbatim.model.Token;
import io.verbatim.sentiment.SentimentFeatures;
import io.verbatim.sentiment.SentimentModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comment sentiment model's training examples, from more than one domain: the clothing
 * reviews' dev part (title + text, 1-2 / 3 / 4-5 stars) and the dev parts of the three UCI
 * sentence sets (negative / positive), each item's part by {@link Split}, so no sealed item is
 * ever trained on. Every example keeps its domain, so a model can leave one out.
 *
 * @param examples features and label of each item
 * @param domains the domain of each example ({@link #CLOTHING} or a UCI domain)
 * @param folds cross-validation fold of each example, from its id
 * @param files the files read, relative to the data folder, with their SHA-256
 */
public record TrainingSet(List<SentimentTrainer.Example> examples, List<String> domains,
                          int[] folds, Map<String, String> files) {

  public static final String CLOTHING = "clothing";

  /**
   * A dev item before tokenizing, with its domain ({@link #CLOTHING} or a UCI domain).
   *
   * @param text id, text and label
   * @param domain where it comes from
   */
  public record Item(LabelledText text, String domain) {

    /** Its cross-validation fold, from its id (a UCI id prefixed with its domain). */
    public int fold() {
      return SentimentTraining.fold(domain.equals(CLOTHING) ? text.id()
          : domain + ":" + text.id());
    }
  }

  /**
   * Reads and tokenizes every dev item; {@code clothingLimit} caps clothing rows read (tests).
   */
  public static TrainingSet read(Path data, int clothingLimit, int threads) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(ClothingCorpus.FILE, sha256(data.resolve(ClothingCorpus.FILE)));
    for (String domain : UciSentences.DOMAINS) {
      files.put(UciSentences.file(domain), sha256(data.resolve(UciSentences.file(domain))));
    }
    List<Item> items = items(data, clothingLimit);
    List<List<List<Token>>> tokens = Parallel.map(items, threads,
        t -> SentimentTraining.tokenize(t.text().text()));
    List<SentimentTrainer.Example> examples = new ArrayList<>(items.size());
    List<String> domains = new ArrayList<>(items.size());
    int[] folds = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      examples.add(new SentimentTrainer.Example(SentimentFeatures.ofComment(tokens.get(i)),
          SentimentModel.LABELS.indexOf(items.get(i).text().label())));
      domains.add(items.get(i).domain());
      folds[i] = items.get(i).fold();
    }
    return new TrainingSet(List.copyOf(examples), List.copyOf(domains), folds, files);
  }

  /**
   * The dev items trained on, in training order: the clothing reviews' dev part (title + text),
   * then each UCI set's dev part; {@code clothingLimit} caps clothing rows read.
   */
  public static List<Item> items(Path data, int clothingLimit) throws IOException {
    List<ClothingCorpus.Review> reviews = ClothingCorpus.read(data.resolve(ClothingCorpus.FILE));
    if (reviews.size() > clothingLimit) {
      reviews = reviews.subList(0, clothingLimit);
    }
    List<Item> items = new ArrayList<>();
    for (ClothingCorpus.Review r : reviews) {
      if (!r.heldOut()) {
        items.add(new Item(new LabelledText(r.index(), r.comment(), r.label()), CLOTHING));
      }
    }
    for (String domain : UciSentences.DOMAINS) {
      for (LabelledText t : UciSentences.part(UciSentences.read(data, domain), domain,
          Split.DEV)) {
        items.add(new Item(t, domain));
      }
    }
    return items;
  }

  /** The examples of every domain but {@code domain}: a leave-one-domain-out training set. */
  public TrainingSet without(String domain) {
    List<SentimentTrainer.Example> e = new ArrayList<>();
    List<String> d = new ArrayList<>();
    List<Integer> f = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      if (!domains.get(i).equals(domain)) {
        e.add(examples.get(i));
        d.add(domains.get(i));
        f.add(folds[i]);
      }
    }
    return new TrainingSet(e, d, f.stream().mapToInt(Integer::intValue).toArray(), files);
  }

  /** Examples per domain and label, for provenance. */
  public Map<String, Map<String, Long>> counts() {
    Map<String, Map<String, Long>> m = new LinkedHashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      m.computeIfAbsent(domains.get(i), k -> new LinkedHashMap<>())
          .merge(SentimentModel.LABELS.get(examples.get(i).label()), 1L, Long::sum);
    }
    return m;
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file),
        MessageDigest.getInstance("SHA-256"))) {
      MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
