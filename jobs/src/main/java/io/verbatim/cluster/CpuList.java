package io.verbatim.cluster;

import io.verbatim.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * CPU numbers as Linux lists them ({@code 0-3,6}): the CPUs a process may run on, and the
 * share of them each pinned worker gets.
 *
 * @param cpus CPU numbers in ascending order
 */
public record CpuList(List<Integer> cpus) {

  public CpuList {
    cpus = List.copyOf(cpus);
  }

  /** Parses a list such as {@code 0-3,6}. */
  public static CpuList parse(String list) {
    List<Integer> out = new ArrayList<>();
    for (String part : list.trim().split(",")) {
      String[] range = part.trim().split("-");
      int from = Integer.parseInt(range[0].trim());
      int to = range.length > 1 ? Integer.parseInt(range[1].trim()) : from;
      for (int c = from; c <= to; c++) {
        out.add(c);
      }
    }
    return new CpuList(out.stream().distinct().sorted().toList());
  }

  /**
   * The CPUs process {@code pid} may run on ({@code Cpus_allowed_list} in /proc), or empty where
   * /proc does not say (not Linux, or the process is gone).
   */
  public static Optional<CpuList> ofProcess(long pid) {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("Cpus_allowed_list:")) {
          return Optional.of(parse(line.substring(line.indexOf(':') + 1)));
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * {@code workers} disjoint shares of {@code cores} CPUs each, in order, so that no two
   * workers' executors ever run on the same CPU.
   */
  public List<CpuList> split(int workers, int cores) {
    if ((long) workers * cores > cpus.size()) {
      throw new ConfigException("Pinning " + workers + " worker(s) x " + cores + " core(s) needs "
          + workers * cores + " CPUs, but this process may only use " + cpus.size() + " ("
          + this + "); start fewer workers or cores, or without --pin-cores.");
    }
    List<CpuList> shares = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      shares.add(new CpuList(cpus.subList(i * cores, (i + 1) * cores)));
    }
    return shares;
  }

  /** The list as {@code taskset -c} takes it: {@code 0,1,2}. */
  @Override
  public String toString() {
    return cpus.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
