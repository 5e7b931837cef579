package io.verbatim.jobs;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An iterator read ahead by a thread of its own, a bounded number of elements at a time. Spark's
 * {@code toLocalIterator} runs one job per partition only when the consumer asks for its first
 * row; read ahead, the next partition is computed while the consumer (the index builder, on the
 * driver) works on the current one, instead of the two taking turns. A failure of the source
 * comes out of {@link #next()} / {@link #hasNext()}.
 */
final class Prefetched<T> implements Iterator<T>, AutoCloseable {

  private static final Object END = new Object();

  private final BlockingQueue<Object> queue;
  private final Thread reader;
  private volatile RuntimeException failure;
  private volatile boolean closed;
  private Object head;

  Prefetched(Iterator<T> source, int ahead, String name) {
    this.queue = new ArrayBlockingQueue<>(ahead);
    this.reader = new Thread(() -> {
      try {
        while (source.hasNext()) {
          queue.put(source.next());
        }
      } catch (InterruptedException e) {
        return; // closed by the consumer: nothing more is wanted
      } catch (RuntimeException e) {
        failure = e;
      }
      if (closed) {
        return; // a source interrupted by close() may fail too; nobody reads on
      }
      try {
        queue.put(END);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, name);
    reader.setDaemon(true);
    reader.start();
  }

  @Override
  public boolean hasNext() {
    if (head == null) {
      try {
        head = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading ahead", e);
      }
    }
    if (head == END) {
      if (failure != null) {
        throw failure;
      }
      return false;
    }
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T t = (T) head;
    head = null;
    return t;
  }

  /** Stops reading ahead; the consumer may stop early (a failed index build). */
  @Override
  public void close() {
    closed = true;
    reader.interrupt();
    queue.clear(); // a reader between the interrupt and its next put must not block on it
  }
}
