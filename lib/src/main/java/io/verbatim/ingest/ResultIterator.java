package io.verbatim.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Base of the readers' lazy iterators. Closes the input as soon as the last record is read, so a
 * caller that only iterates (as a Spark partition does) does not leak the file handle.
 */
abstract class ResultIterator implements Iterator<ReadResult>, Closeable {

  private final Closeable input;
  private ReadResult next;
  private boolean done;

  ResultIterator(Closeable input) {
    this.input = input;
  }

  /** The next result, or null at the end of the input. */
  protected abstract ReadResult computeNext() throws IOException;

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      try {
        next = computeNext();
      } catch (IOException e) {
        closeQuietly();
        throw new UncheckedIOException(e);
      }
      if (next == null) {
        done = true;
        close();
      }
    }
    return next != null;
  }

  @Override
  public final ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult result = next;
    next = null;
    return result;
  }

  @Override
  public final void close() {
    done = true;
    try {
      input.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (UncheckedIOException suppressed) {
      // The read failure is the one worth reporting.
    }
  }

  Stream<ReadResult> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
  }
}
