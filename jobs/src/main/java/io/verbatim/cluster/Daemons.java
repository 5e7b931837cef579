package io.verbatim.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starting and ending the cluster's JVMs. A daemon is recognised by the marker
 * {@code -Dverbatim.cluster=FOLDER} on its command line, so a pid file left behind after a
 * reboot can never make {@code stop} end someone else's process that reused the id.
 */
final class Daemons {

  static final String MARKER = "-Dverbatim.cluster=";
  private static final Duration GRACE = Duration.ofSeconds(20);

  private Daemons() {
  }

  /**
   * Starts {@code command} detached from this JVM (in its own session where {@code setsid}
   * exists), its output appended to {@code log}.
   */
  static ProcessHandle launch(List<String> command, Map<String, String> env, Path log) {
    List<String> cmd = new ArrayList<>();
    // setsid execs in place (same pid) and keeps terminal signals of the launching shell away.
    if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
      cmd.add("/usr/bin/setsid");
    }
    cmd.addAll(command);
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder pb = new ProcessBuilder(cmd)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      pb.environment().putAll(env);
      return pb.start().toHandle();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + command.get(0), e);
    }
  }

  /** The live process {@code pid} if it is one of the daemons of {@code folder}. */
  static Optional<ProcessHandle> ours(long pid, ClusterFolder folder) {
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
        .filter(p -> commandLine(p).contains(MARKER + folder.dir()));
  }

  /** The full command line, read from /proc where available (never truncated there). */
  static String commandLine(ProcessHandle p) {
    Path proc = Path.of("/proc", Long.toString(p.pid()), "cmdline");
    try {
      if (Files.isReadable(proc)) {
        return new String(Files.readAllBytes(proc), StandardCharsets.UTF_8).replace('\0', ' ');
      }
    } catch (IOException e) {
      // Gone in between: no command line.
      return "";
    }
    return p.info().commandLine().orElse("");
  }

  /**
   * Ends {@code daemon} and whatever it started (a worker's executors): SIGTERM first so Spark
   * shuts down cleanly, SIGKILL for what is still alive after the grace period.
   */
  static void end(ProcessHandle daemon) {
    List<ProcessHandle> children = daemon.descendants().toList();
    daemon.destroy();
    if (!awaitExit(daemon, GRACE)) {
      daemon.destroyForcibly();
      awaitExit(daemon, GRACE);
    }
    for (ProcessHandle c : children) {
      if (c.isAlive()) {
        c.destroy();
        if (!awaitExit(c, GRACE)) {
          c.destroyForcibly();
          awaitExit(c, GRACE);
        }
      }
    }
  }

  static boolean awaitExit(ProcessHandle p, Duration timeout) {
    try {
      p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !p.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !p.isAlive();
    }
  }

  /** {@code n} distinct free ports on 127.0.0.1 (held open together so none repeats). */
  static int[] freePorts(int n) {
    List<ServerSocket> held = new ArrayList<>();
    try {
      int[] ports = new int[n];
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        held.add(s);
        ports[i] = s.getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on 127.0.0.1", e);
    } finally {
      for (ServerSocket s : held) {
        try {
          s.close();
        } catch (IOException ignored) {
          // Closing a listening socket that accepted nothing cannot lose data.
        }
      }
    }
  }
}
