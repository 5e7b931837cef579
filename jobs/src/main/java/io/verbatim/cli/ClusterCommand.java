package io.verbatim.cli;

import io.verbatim.cluster.ClusterInfo;
import io.verbatim.cluster.CpuList;
import io.verbatim.cluster.JobJars;
import io.verbatim.cluster.LocalCluster;
import io.verbatim.cluster.MasterStatus;
import io.verbatim.cluster.SparkDistribution;
import io.verbatim.cluster.Submission;
import io.verbatim.config.ConfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code verbatim cluster}: Spark's standalone cluster on this machine, and spark-submit. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = {"Start, inspect and stop Spark's own standalone Master and Workers on"
        + " 127.0.0.1, and submit verbatim commands with spark-submit.",
        "Logs, pid files and work folders stay under one folder (--dir, default out/cluster)."},
    subcommands = ClusterCommand.Submit.class)
final class ClusterCommand implements Runnable {

  /** Exit code of {@code status} when no cluster runs in the folder. */
  static final int NOT_RUNNING = 1;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The folder option every subcommand shares. */
  static final class Folder {
    @Option(names = "--dir", paramLabel = "DIR",
        description = "Folder of the cluster's logs, pid files and work (default: out/cluster in"
            + " the checkout).")
    Path dir;

    LocalCluster cluster() {
      Path d = dir != null ? dir : Path.of(System.getProperty("verbatim.home", "."), "out",
          "cluster");
      return new LocalCluster(d);
    }
  }

  @Command(name = "start", mixinStandardHelpOptions = true,
      description = "Start a standalone Master and Workers on 127.0.0.1 (free ports) and wait"
          + " until every worker has registered.")
  int start(@Mixin Folder folder,
            @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
                description = "Workers (default: ${DEFAULT-VALUE}).") int workers,
            @Option(names = "--cores-per-worker", paramLabel = "C", defaultValue = "1",
                description = "Cores each worker offers (default: ${DEFAULT-VALUE}).") int cores,
            @Option(names = "--memory", paramLabel = "M", defaultValue = "3g",
                description = "Memory each worker offers its executors (default:"
                    + " ${DEFAULT-VALUE}); an executor asking for more (--executor-memory)"
                    + " never starts.") String memory,
            @Option(names = "--pin-cores",
                description = "Run each worker, and so its executors, on its own CPUs only"
                    + " (taskset): the way to measure scale-out honestly on one machine, since"
                    + " an unpinned one-core executor still spreads its garbage collection and"
                    + " compilation over every CPU. Needs workers x cores <= the CPUs here.")
                boolean pinCores) {
    LocalCluster cluster = folder.cluster();
    ClusterInfo info = cluster.start(SparkDistribution.ofCheckout(), workers, cores, memory,
        pinCores);
    System.out.println("Started Spark standalone: " + workers + " worker(s) x " + cores
        + " core(s), " + memory + " each" + (pinCores ? ", each worker pinned to its own CPUs"
        : ""));
    System.out.println("  master  " + info.masterUrl());
    System.out.println("  web UI  " + info.webUi());
    System.out.println("  folder  " + cluster.dir() + " (logs/, pids/, work/)");
    String dir = folder.dir != null ? " --dir " + folder.dir : "";
    System.out.println("Submit with: bin/verbatim cluster submit" + dir
        + " -- run --input PATH --out DIR");
    System.out.println("Stop with:   bin/verbatim cluster stop" + dir);
    return 0;
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Show the master and its live workers (from the master's /json/ status).")
  int status(@Mixin Folder folder) throws IOException {
    LocalCluster cluster = folder.cluster();
    Optional<ClusterInfo> info = cluster.running();
    if (info.isEmpty()) {
      System.out.println("No cluster is running in " + cluster.dir() + ".");
      return NOT_RUNNING;
    }
    MasterStatus s = MasterStatus.read(info.get().webUi());
    System.out.println("master  " + s.url() + "  " + s.status() + "  (web UI "
        + info.get().webUi() + ")");
    List<MasterStatus.Worker> alive = s.aliveWorkers();
    System.out.println(alive.size() + " live worker(s)");
    for (MasterStatus.Worker w : alive) {
      System.out.printf("  %-40s %-21s cores %d/%d used  memory %d/%d MB used%n", w.id(),
          w.address(), w.coresUsed(), w.cores(), w.memoryUsedMb(), w.memoryMb());
    }
    s.activeApps().forEach(a -> System.out.println("running  " + a));
    for (Map.Entry<String, Long> d : cluster.live().entrySet()) {
      System.out.printf("  pid %-8d %-10s cpus %s%n", d.getValue(), d.getKey(),
          CpuList.ofProcess(d.getValue()).map(CpuList::toString).orElse("?"));
    }
    return 0;
  }

  @Command(name = "stop", mixinStandardHelpOptions = true,
      description = "Stop exactly the Master and Workers this folder's pid files name, and their"
          + " executors.")
  int stop(@Mixin Folder folder) {
    LocalCluster cluster = folder.cluster();
    List<String> stopped = cluster.stop();
    System.out.println(stopped.isEmpty() ? "No cluster was running in " + cluster.dir() + "."
        : "Stopped " + String.join(", ", stopped) + ".");
    return 0;
  }

  @Command(name = "submit", mixinStandardHelpOptions = true,
      description = {"Run a verbatim command with Spark's own spark-submit (client mode) and the"
          + " application jar jobs/target/verbatim-jobs-app.jar.",
          "Usage: verbatim cluster submit [--master URL] [spark-submit options] -- SUBCOMMAND"
              + " ARGS...",
          "Without --master, submits to the cluster running in --dir. CoreNLP's model jars are"
              + " found in place on a master at 127.0.0.1 and shipped with --jars elsewhere."})
  static final class Submit implements Callable<Integer> {
    @Mixin
    Folder folder = new Folder();

    @Option(names = "--master", paramLabel = "URL",
        description = "spark://HOST:PORT, yarn or k8s://…; default: the cluster in --dir.")
    String master;

    @Option(names = "--ship-models",
        description = "Send CoreNLP's model jars (920 MB) to every executor even on a local"
            + " master.")
    boolean shipModels;

    @Option(names = "--models-on-nodes", paramLabel = "CLASSPATH",
        description = "Where CoreNLP's model jars are on every node (they are not shipped).")
    String modelsOnNodes;

    /** spark-submit options, then --, then the verbatim command (picocli stops at the first). */
    @Unmatched
    List<String> rest = new ArrayList<>();

    @Override
    public Integer call() {
      int split = rest.indexOf("--");
      List<String> sparkOptions = split < 0 ? List.of() : rest.subList(0, split);
      List<String> command = split < 0 ? rest : rest.subList(split + 1, rest.size());
      if (command.isEmpty()) {
        throw new ConfigException("Say what to run after --, e.g. verbatim cluster submit --"
            + " run --input comments.csv --out out/run1");
      }
      if (split < 0 && command.get(0).startsWith("-")) {
        throw new ConfigException("Unknown option " + command.get(0) + "; put spark-submit"
            + " options before -- and the verbatim command after it.");
      }
      String url = master != null ? master : folder.cluster().running()
          .map(ClusterInfo::masterUrl)
          .orElseThrow(() -> new ConfigException("No --master given and no cluster is running"
              + " in " + folder.cluster().dir() + "; start one with: verbatim cluster start"));
      SparkDistribution d = SparkDistribution.ofCheckout();
      Submission s = new Submission(url, sparkOptions, command,
          JobJars.of(d, url, modelsOnNodes, shipModels));
      return s.run(d);
    }
  }
}
