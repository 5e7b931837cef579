package io.verbatim.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the index lives under a run's output folder, and how a new build replaces the old one.
 *
 * <pre>
 * DIR/index                 link to index-builds/&lt;id&gt; (relative): what readers open
 * DIR/index-builds/&lt;id&gt;/    one complete build: sentences/ and catalog/ (see {@link Schema})
 * DIR/index-builds/.lock      held by the one builder allowed at a time
 * </pre>
 *
 * <p>The switch: a build is written and committed (fsynced) in its own new folder, a new link to
 * it is created under a temporary name, and {@code rename(2)} moves that link over
 * {@code DIR/index} ({@link StandardCopyOption#ATOMIC_MOVE}). POSIX guarantees that rename
 * replaces the target atomically: every reader that resolves {@code DIR/index} sees either the old
 * build or the new one, both complete, never a mix or nothing. Until the rename, the old link is
 * untouched, so a build that fails leaves the previous index serving.
 *
 * <p>Clean-up keeps the new build and the one it replaced: a server that resolved the link just
 * before the switch may still be opening the old build, and on Linux files already open stay
 * readable after deletion anyway. Older builds, and folders left by builds that crashed, are
 * deleted (best effort; a failure is retried at the next switch).
 */
final class IndexLayout {

  static final String LINK = "index";
  static final String BUILDS = "index-builds";
  private static final String LOCK = ".lock";
  private static final DateTimeFormatter BUILD_NAME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
  private static final Logger LOG = LoggerFactory.getLogger(IndexLayout.class);

  private final Path outDir;

  IndexLayout(Path outDir) {
    this.outDir = Objects.requireNonNull(outDir, "outDir").toAbsolutePath().normalize();
  }

  Path outDir() {
    return outDir;
  }

  Path link() {
    return outDir.resolve(LINK);
  }

  Path builds() {
    return outDir.resolve(BUILDS);
  }

  /**
   * The build {@code DIR/index} points to now, or null when there is none. Costs one or two
   * system calls, so the service can afford it on every request.
   */
  Path current() throws IOException {
    Path link = link();
    if (Files.isSymbolicLink(link)) {
      return link.resolveSibling(Files.readSymbolicLink(link)).normalize();
    }
    // A plain folder (copied or restored without the link) still serves; it just cannot be
    // switched atomically by a later build.
    return Files.isDirectory(link) ? link : null;
  }

  /**
   * Takes the builder lock, so two builds into one folder cannot delete each other's work.
   *
   * @throws IOException when another build holds it
   */
  AutoCloseable lock() throws IOException {
    Files.createDirectories(builds());
    FileChannel channel = FileChannel.open(builds().resolve(LOCK), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IOException("Another index build is running in " + outDir
          + "; wait for it to finish.");
    }
    FileLock held = lock;
    return () -> {
      try (channel) {
        held.release();
      }
    };
  }

  /** A new, empty folder for one build; names sort by creation time. */
  Path newBuild() throws IOException {
    String name = BUILD_NAME.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-"
        + UUID.randomUUID().toString().substring(0, 8);
    return Files.createDirectories(builds().resolve(name));
  }

  /**
   * Points {@code DIR/index} at {@code build} atomically and deletes builds no longer needed.
   *
   * @return the build that was replaced, or null
   */
  Path switchTo(Path build) throws IOException {
    Path link = link();
    if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(link + " is a folder, not a link, so it cannot be replaced"
          + " atomically; move it away and build again.");
    }
    Path previous = current();
    Path tmp = outDir.resolve("." + LINK + "-" + UUID.randomUUID() + ".tmp");
    Files.createSymbolicLink(tmp, outDir.relativize(build));
    try {
      Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.deleteIfExists(tmp);
      throw new IOException("The file system of " + outDir + " cannot replace the index link"
          + " atomically.", e);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    // Make the new link survive a crash (the build's own files were fsynced by its commit).
    IOUtils.fsync(outDir, true);
    deleteOldBuilds(build, previous);
    deleteStrayLinks();
    return previous;
  }

  /** Temporary links left by a builder that died mid-switch (the lock rules out a live one). */
  private void deleteStrayLinks() {
    try (Stream<Path> files = Files.list(outDir)) {
      for (Path p : files.filter(f -> {
        String name = f.getFileName().toString();
        return name.startsWith("." + LINK + "-") && name.endsWith(".tmp");
      }).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.warn("Could not delete stray index links in {}: {}", outDir, e.toString());
    }
  }

  /** Deletes every build folder except {@code keep}; never throws. */
  void deleteOldBuilds(Path... keep) {
    List<Path> kept = new ArrayList<>();
    for (Path k : keep) {
      if (k != null) {
        kept.add(k.toAbsolutePath().normalize());
      }
    }
    try (Stream<Path> folders = Files.list(builds())) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        if (!kept.contains(folder.toAbsolutePath().normalize())) {
          deleteTree(folder);
        }
      }
    } catch (IOException e) {
      LOG.warn("Could not list old index builds in {}: {}", builds(), e.toString());
    }
  }

  /** Deletes a folder and everything in it; never throws. */
  static void deleteTree(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(p);
        } catch (DirectoryNotEmptyException | NoSuchFileException e) {
          // Raced with another clean-up; the next one finishes the job.
        }
      }
    } catch (NoSuchFileException e) {
      // Already gone.
    } catch (FileSystemException e) {
      LOG.warn("Could not delete old index build {}: {}", folder, e.getMessage());
    } catch (IOException | java.io.UncheckedIOException e) {
      LOG.warn("Could not delete old index build {}: {}", folder, e.toString());
    }
  }
}
