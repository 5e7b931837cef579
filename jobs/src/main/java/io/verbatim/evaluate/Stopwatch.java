package io.verbatim.evaluate;

/** Wall-clock seconds since construction. */
final class Stopwatch {

  private final long start = System.nanoTime();

  double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}
