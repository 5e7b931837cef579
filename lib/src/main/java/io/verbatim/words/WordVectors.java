package io.verbatim.words;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Static word vectors: one vector per word, distilled from a sentence encoder
 * ({@code jobs/tools/word-vectors}, provenance inside the file). They carry what the encoder
 * learnt about words our labelled data never showed: a model trained on clothing reviews that
 * meets "dreadful" or "unreachable" can still place them near words it has seen.
 *
 * <p>Vectors are unit length, stored as bytes with one scale per word, and read back as floats
 * on demand; the table is loaded once per JVM, lazily, so a run that never asks for it pays
 * nothing.
 */
public final class WordVectors {

  static final String FORMAT = "verbatim-word-vectors/1";
  private static final String SHIPPED = "word-vectors.bin.gz";

  private final Map<String, Integer> index;
  private final float[] scales;
  private final byte[] values;
  private final int dimension;
  private final JsonNode provenance;

  private WordVectors(Map<String, Integer> index, float[] scales, byte[] values, int dimension,
                      JsonNode provenance) {
    this.index = index;
    this.scales = scales;
    this.values = values;
    this.dimension = dimension;
    this.provenance = provenance;
  }

  /** The vectors shipped with Verbatim, loaded on first use. */
  public static WordVectors shipped() {
    return Shipped.VECTORS;
  }

  private static final class Shipped {
    static final WordVectors VECTORS = read(WordVectors.class, SHIPPED);
  }

  /** Reads a vector file from the classpath ({@code owner}'s package). */
  public static WordVectors read(Class<?> owner, String resource) {
    InputStream raw = owner.getResourceAsStream(resource);
    if (raw == null) {
      throw new IllegalStateException("missing resource " + resource + " beside " + owner);
    }
    try (DataInputStream in = new DataInputStream(
        new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16))) {
      String format = in.readUTF();
      if (!FORMAT.equals(format)) {
        throw new IllegalStateException(resource + ": format " + format + ", expected " + FORMAT);
      }
      JsonNode provenance = new ObjectMapper().readTree(in.readUTF());
      int count = in.readInt();
      int dimension = in.readInt();
      Map<String, Integer> index = new HashMap<>(count * 2);
      float[] scales = new float[count];
      byte[] values = new byte[count * dimension];
      for (int i = 0; i < count; i++) {
        index.put(in.readUTF(), i);
        scales[i] = in.readFloat();
        in.readFully(values, i * dimension, dimension);
      }
      return new WordVectors(index, scales, values, dimension, provenance);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** How many numbers a vector has. */
  public int dimension() {
    return dimension;
  }

  /** How many words have a vector. */
  public int size() {
    return index.size();
  }

  /** How the vectors were made: encoder, its licence, vocabulary, method. */
  public JsonNode provenance() {
    return provenance;
  }

  /** Whether {@code word} (lower case) has a vector. */
  public boolean contains(String word) {
    return index.containsKey(word);
  }

  /**
   * Adds {@code weight} times the vector of {@code word} (lower case) to {@code sum}.
   *
   * @return whether the word has a vector (nothing is added when it has none)
   */
  public boolean addTo(String word, double weight, double[] sum) {
    Integer i = index.get(word);
    if (i == null) {
      return false;
    }
    double scale = scales[i] * weight;
    int offset = i * dimension;
    for (int d = 0; d < dimension; d++) {
      sum[d] += values[offset + d] * scale;
    }
    return true;
  }

  /** The vector of {@code word} (lower case), or null when it has none. */
  public double[] of(String word) {
    double[] v = new double[dimension];
    return addTo(word, 1, v) ? v : null;
  }

  /** Cosine of two vectors of this table's dimension (0 when either is all zeros). */
  public static double cosine(double[] a, double[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int d = 0; d < a.length; d++) {
      dot += a[d] * b[d];
      na += a[d] * a[d];
      nb += b[d] * b[d];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
