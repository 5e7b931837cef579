package io.verbatim.output;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall-clock seconds per named stage, in the order the stages ran. */
public final class StageTimer {

  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private String current;
  private long started;

  /** Ends the running stage, if any, and starts the next. */
  public void start(String stage) {
    stop();
    current = stage;
    started = System.nanoTime();
  }

  public void stop() {
    if (current != null) {
      seconds.merge(current, (System.nanoTime() - started) / 1e9, Double::sum);
      current = null;
    }
  }

  public Map<String, Double> seconds() {
    return new LinkedHashMap<>(seconds);
  }
}
