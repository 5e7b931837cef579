package io.verbatim.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the nightly run has already processed: each input file (by name, size and modification
 * time, so a file that is re-sent changed is read again) and the batch its comments went to.
 * Saved by writing a new file and renaming it over the old one, so it is never half-written.
 */
record NightlyState(List<Processed> processed) {

  /** One input file and where its comments are stored. */
  record Processed(String file, long size, long modified, String batch, LocalDate night) {

    CommentStore.Batch stored() {
      return new CommentStore.Batch(night, batch);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  NightlyState {
    processed = List.copyOf(processed);
  }

  static Path file(Path out) {
    return out.resolve("state").resolve("processed.json");
  }

  static NightlyState load(Path out) {
    Path f = file(out);
    if (!Files.exists(f)) {
      return new NightlyState(List.of());
    }
    try {
      return JSON.readValue(f.toFile(), NightlyState.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }

  boolean contains(String file, long size, long modified) {
    return processed.stream().anyMatch(p -> p.file().equals(file) && p.size() == size
        && p.modified() == modified);
  }

  NightlyState with(List<Processed> more) {
    List<Processed> all = new ArrayList<>(processed);
    all.addAll(more);
    return new NightlyState(all);
  }

  void save(Path out) {
    Path f = file(out);
    try {
      Files.createDirectories(f.getParent());
      Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
      JSON.writeValue(tmp.toFile(), this);
      Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save " + f + ": " + e.getMessage(), e);
    }
  }
}
