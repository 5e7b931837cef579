package io.verbatim.jobs;

import io.verbatim.config.ConfigException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder of a run, committed all at once.
 *
 * <p>A run writes every table and the manifest into a generation folder of its own,
 * {@code DIR/.runs/RUN_ID/}. Only when all of it is written does one atomic rename switch the link
 * {@code DIR/current} to the new generation; {@code DIR/comments}, {@code DIR/manifest.json} and
 * the other names are fixed links through {@code current}. A run killed at any point therefore
 * leaves the previous outputs whole and in place, and readers never see a mix of two runs.
 *
 * <p>File systems without symbolic links (HDFS, object stores) get the same layout minus the
 * links: each table is renamed into place after the run, one by one.
 */
final class OutputFolder {

  static final List<String> TABLES = io.verbatim.output.OutputSchema.tableNames();
  static final String MANIFEST = "manifest.json";
  private static final String RUNS = ".runs";
  private static final String CURRENT = "current";

  private final Path root;
  private final FileSystem fs;
  private final Path generation;
  private final boolean local;
  /** The generation that was current before this run's commit; kept for readers still on it. */
  private String previous;

  private OutputFolder(Path root, FileSystem fs, String runId) {
    this.root = root;
    this.fs = fs;
    this.generation = new Path(new Path(root, RUNS), runId);
    this.local = "file".equals(fs.getUri().getScheme());
  }

  /** Checks the folder can be written now, so a bad --out fails before any work. */
  static OutputFolder prepare(String out, Configuration conf, String runId) {
    try {
      Path root = new Path(out);
      FileSystem fs = root.getFileSystem(conf);
      if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
        throw new ConfigException("Output " + out + " is a file, not a folder.");
      }
      fs.mkdirs(root);
      Path probe = new Path(root, ".verbatim-write-check");
      fs.create(probe, true).close();
      fs.delete(probe, false);
      return new OutputFolder(fs.makeQualified(root), fs, runId);
    } catch (IOException e) {
      throw new ConfigException("Output folder " + out + " is not writable: " + e.getMessage(), e);
    }
  }

  /** Where this run writes a table before the commit. */
  String staged(String table) {
    return new Path(generation, table).toString();
  }

  /** The folder on local disk, when it is there. */
  java.util.Optional<java.nio.file.Path> localPath() {
    return local ? java.util.Optional.of(java.nio.file.Path.of(root.toUri()))
        : java.util.Optional.empty();
  }

  /** This run's generation folder on local disk (only called when {@link #localPath} is set). */
  java.nio.file.Path stagedPath() {
    return java.nio.file.Path.of(generation.toUri());
  }

  /** Where a table can be read once committed. */
  String table(String name) {
    return new Path(root, name).toString();
  }

  /** Writes a small text file into this run's generation. */
  void stageText(String name, String text) {
    // The raw local file system: no .crc side files next to a file meant for people and tools.
    FileSystem writer = fs instanceof LocalFileSystem l ? l.getRawFileSystem() : fs;
    try (OutputStream o = writer.create(new Path(generation, name), true)) {
      o.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes this run's generation the current outputs, then drops older generations. */
  void commit() {
    try {
      if (local) {
        commitByLink();
      } else {
        commitByRename();
      }
      dropOtherGenerations();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit outputs in " + root + ": " + e.getMessage(), e);
    }
  }

  private void commitByLink() throws IOException {
    java.nio.file.Path dir = java.nio.file.Path.of(root.toUri());
    java.nio.file.Path target = dir.relativize(java.nio.file.Path.of(generation.toUri()));
    java.nio.file.Path current = dir.resolve(CURRENT);
    if (Files.isSymbolicLink(current)) {
      previous = Files.readSymbolicLink(current).getFileName().toString();
    }
    java.nio.file.Path next = dir.resolve(CURRENT + ".next");
    Files.deleteIfExists(next);
    Files.createSymbolicLink(next, target);
    // rename(2) over an existing link is atomic: readers see the old generation or the new one.
    Files.move(next, current, StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    for (String name : Stream.concat(TABLES.stream(), Stream.of(MANIFEST)).toList()) {
      java.nio.file.Path link = dir.resolve(name);
      java.nio.file.Path wanted = java.nio.file.Path.of(CURRENT, name);
      if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(wanted)) {
        continue;
      }
      if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
        // An output folder from before this layout: its table makes way for the link.
        fs.delete(new Path(root, name), true);
      }
      Files.createSymbolicLink(link, wanted);
    }
  }

  private void commitByRename() throws IOException {
    for (String name : Stream.concat(TABLES.stream(), Stream.of(MANIFEST)).toList()) {
      Path dest = new Path(root, name);
      fs.delete(dest, true);
      if (!fs.rename(new Path(generation, name), dest)) {
        throw new IOException("rename of " + name + " failed");
      }
    }
  }

  /**
   * Deletes generations of earlier runs, and of killed runs that never committed. The one that
   * was current until now stays, so a reader that opened it a moment ago can finish.
   */
  private void dropOtherGenerations() throws IOException {
    Path runs = new Path(root, RUNS);
    if (!fs.exists(runs)) {
      return;
    }
    for (FileStatus s : fs.listStatus(runs)) {
      String name = s.getPath().getName();
      if (!local || !name.equals(generation.getName()) && !name.equals(previous)) {
        fs.delete(s.getPath(), true);
      }
    }
  }
}
