package io.verbatim.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The data files behind a run's figures, each named with its SHA-256: every model, lexicon, word
 * list and default taxonomy the library ships, and the user's own files the configuration names
 * (a taxonomy, a synonyms list). Two runs whose manifests list the same hashes read the same
 * words and weights; a changed word list shows up here even when the version number did not move.
 *
 * <p>Shipped files are found by listing the library's own resources (a jar or, in a build, a
 * folder), so a word list added later is recorded without anyone remembering to register it.
 */
public final class ModelFiles {

  /** Build metadata, not data: it is the manifest's {@code build} and {@code versions}. */
  private static final List<String> NOT_DATA = List.of("versions.properties",
      "build.properties");

  private ModelFiles() {
  }

  /**
   * Resource path (or "file:" + path for the user's files) → SHA-256, sorted by name.
   *
   * @param userFiles files the configuration names; null entries and "default"/"none" are skipped
   */
  public static Map<String, String> of(List<String> userFiles) {
    Map<String, String> out = new TreeMap<>(shipped());
    for (String f : userFiles) {
      if (f == null || f.isBlank() || f.equals("default") || f.equals("none")) {
        continue;
      }
      Path p = Path.of(f);
      if (Files.isRegularFile(p)) {
        out.put("file:" + p.toAbsolutePath().normalize(), sha256(p));
      }
    }
    return out;
  }

  /** The library's own data files under {@code io/verbatim}, each with its hash. */
  public static Map<String, String> shipped() {
    try {
      Path source = Path.of(ModelFiles.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      if (Files.isDirectory(source)) {
        return hashesUnder(source);
      }
      try (FileSystem jar = FileSystems.newFileSystem(source)) {
        return hashesUnder(jar.getPath("/"));
      }
    } catch (URISyntaxException | IOException e) {
      throw new UncheckedIOException("cannot list the library's data files: " + e.getMessage(),
          e instanceof IOException io ? io : new IOException(e));
    }
  }

  private static Map<String, String> hashesUnder(Path root) throws IOException {
    Path base = root.resolve("io").resolve("verbatim");
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(base)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(base)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(f).toString().replace('\\', '/');
        if (!name.endsWith(".class") && !NOT_DATA.contains(f.getFileName().toString())) {
          out.put(name, sha256(f));
        }
      }
    }
    return out;
  }

  /** Lower-case hex SHA-256 of a file's bytes. */
  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Lower-case hex SHA-256 of a stream's bytes, read to its end. */
  public static String sha256(InputStream in) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (DigestInputStream d = new DigestInputStream(in, md)) {
        d.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
