package io.verbatim.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Stops two runs on one output folder at once. An OS file lock, so a run that dies (even by
 * SIGKILL) releases it with its process and never leaves a stale lock behind.
 */
final class RunLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * The lock of an output folder given as a path or URI, or a lock that holds nothing when the
   * folder is not on the local disk (no OS lock spans a cluster file system) or is not a folder
   * at all (the run refuses it with its own message).
   */
  static RunLock forOutput(String out) {
    java.net.URI uri = new org.apache.hadoop.fs.Path(out).toUri();
    if (uri.getScheme() != null && !"file".equals(uri.getScheme())) {
      return new RunLock(null, null);
    }
    Path dir = Path.of(uri.getPath()).toAbsolutePath();
    return Files.exists(dir) && !Files.isDirectory(dir) ? new RunLock(null, null) : acquire(dir);
  }

  /**
   * The output folder's lock, taken later by {@link Deferred#acquire} (once a run has checked
   * its request, so a refused run creates nothing) and released by {@link Deferred#close}.
   */
  static Deferred deferred(String out) {
    return new Deferred(out);
  }

  /** A lock to take once the run is known to go ahead. */
  static final class Deferred implements AutoCloseable {
    private final String out;
    private RunLock held;

    private Deferred(String out) {
      this.out = out;
    }

    void acquire() {
      if (held == null) {
        held = forOutput(out);
      }
    }

    @Override
    public void close() {
      if (held != null) {
        held.close();
      }
    }
  }

  static RunLock acquire(Path dir) {
    Path file = dir.resolve(".lock");
    try {
      Files.createDirectories(dir);
      FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.READ);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
        ch.close();
        throw new RunLockedException("Another run is working on " + dir + " (process "
            + (holder.isEmpty() ? "unknown" : holder) + "); try again when it has finished.");
      }
      ch.truncate(0);
      ch.write(java.nio.ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid())
          .getBytes(StandardCharsets.UTF_8)), 0);
      return new RunLock(ch, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (lock == null) {
      return;
    }
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
