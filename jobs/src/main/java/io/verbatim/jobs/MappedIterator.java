package io.verbatim.jobs;

import java.util.Iterator;
import java.util.function.Function;

/** A lazy mapping iterator: a partition is analysed one comment at a time, never all in memory. */
final class MappedIterator<A, B> implements Iterator<B> {

  private final Iterator<A> source;
  private final Function<A, B> f;

  MappedIterator(Iterator<A> source, Function<A, B> f) {
    this.source = source;
    this.f = f;
  }

  @Override
  public boolean hasNext() {
    return source.hasNext();
  }

  @Override
  public B next() {
    return f.apply(source.next());
  }
}
