package io.verbatim.tools;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sentence encoder all-MiniLM-L6-v2 (quantized) as an anchor for the comment sentiment model:
 * {@code encode} writes one 384-number unit vector per line of a text file (a big-endian int
 * count, an int dimension, then the floats, in line order); {@code speed} measures sentences per
 * second on one and on two threads.
 *
 * <p>The ONNX session is built here rather than by langchain4j's model class so that it runs on
 * exactly one thread per call (intra-op threads 1): by default ONNX Runtime spreads one call over
 * every core, which would make a "one thread" figure use the whole machine.
 */
public final class EncoderAnchor {

  private static final String MODEL = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  private EncoderAnchor() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3 || !(args[0].equals("encode") || args[0].equals("speed"))) {
      System.err.println("usage: EncoderAnchor encode TEXTS OUT.bin THREADS"
          + " | speed SENTENCES COUNT");
      System.exit(2);
    }
    List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    Encoder encoder = new Encoder();
    if (args[0].equals("encode")) {
      encode(encoder, lines, Path.of(args[2]), Integer.parseInt(args[3]));
    } else {
      List<String> sample = lines.subList(0, Math.min(lines.size(), Integer.parseInt(args[2])));
      run(encoder, sample.subList(0, Math.min(200, sample.size())), 1, new AtomicLong());
      double chars = sample.stream().mapToInt(String::length).average().orElse(0);
      for (int threads = 1; threads <= 2; threads++) {
        AtomicLong cpu = new AtomicLong();
        long start = System.nanoTime();
        run(encoder, sample, threads, cpu);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d thread(s): %d sentences (%.0f characters on average)"
                + " in %.1f s wall: %.0f sentences/s; %.0f sentences per CPU-second%n", threads,
            sample.size(), chars, seconds, sample.size() / seconds, sample.size() / (cpu.get()
                / 1e9));
      }
    }
  }

  private static void encode(Encoder encoder, List<String> lines, Path out, int threads)
      throws Exception {
    AtomicLong cpu = new AtomicLong();
    long start = System.nanoTime();
    float[][] vectors = run(encoder, lines, threads, cpu);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "encoded %d lines (%.0f characters on average) on %d"
            + " thread(s) in %.1f s wall, %.1f CPU-s: %.0f lines/s; %.0f lines per CPU-second%n",
        lines.size(), lines.stream().mapToInt(String::length).average().orElse(0), threads,
        seconds, cpu.get() / 1e9, lines.size() / seconds, lines.size() / (cpu.get() / 1e9));
    try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(
        Files.newOutputStream(out)))) {
      o.writeInt(vectors.length);
      o.writeInt(encoder.dimension());
      for (float[] v : vectors) {
        for (float x : v) {
          o.writeFloat(x);
        }
      }
    }
  }

  /**
   * Encodes every line on {@code threads} threads, adding their CPU time to {@code cpuNanos}
   * (the machine is shared: wall time alone would measure the neighbours); an empty line gets a
   * zero vector.
   */
  private static float[][] run(Encoder encoder, List<String> lines, int threads,
                               AtomicLong cpuNanos) throws Exception {
    float[][] vectors = new float[lines.size()][];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> work = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        work.add(pool.submit(() -> {
          ThreadMXBean bean = ManagementFactory.getThreadMXBean();
          long cpuStart = bean.getCurrentThreadCpuTime();
          for (int i = next.getAndIncrement(); i < lines.size(); i = next.getAndIncrement()) {
            String s = lines.get(i).strip();
            vectors[i] = s.isEmpty() ? new float[encoder.dimension()]
                : encoder.embed(s).content().vector();
            if (i % 5000 == 0 && lines.size() > 5000) {
              System.err.printf("%d / %d%n", i, lines.size());
            }
          }
          cpuNanos.addAndGet(bean.getCurrentThreadCpuTime() - cpuStart);
          return null;
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return vectors;
  }

  /** The quantized all-MiniLM-L6-v2 on a single-threaded ONNX session, mean-pooled. */
  private static final class Encoder extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder model;

    Encoder() throws OrtException, IOException {
      super(null);
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      byte[] bytes;
      try (InputStream in = resource(MODEL)) {
        bytes = in.readAllBytes();
      }
      try (InputStream tokenizer = resource(TOKENIZER)) {
        model = new OnnxBertBiEncoder(env, env.createSession(bytes, options), tokenizer,
            PoolingMode.MEAN);
      }
    }

    private static InputStream resource(String name) throws IOException {
      InputStream in = EncoderAnchor.class.getClassLoader().getResourceAsStream(name);
      if (in == null) {
        throw new IOException(name + " is not on the classpath (langchain4j's encoder jar)");
      }
      return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return model;
    }

    @Override
    protected Integer knownDimension() {
      return 384;
    }
  }
}
