package io.verbatim.jobs;

import io.verbatim.ingest.IngestException;
import io.verbatim.ingest.InputFormat;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the {@code --input} argument (a file, a folder or a glob, on any Hadoop file system)
 * into the list of files to read, each with its format and a name relative to the input root that
 * ids and rejects refer to.
 */
final class InputFiles {

  /** One file to read. */
  record InputFile(String uri, String name, InputFormat format) implements Serializable {
  }

  private InputFiles() {
  }

  static List<InputFile> expand(String input, String configuredFormat, Configuration conf) {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new IngestException("Input " + input + " does not exist.");
      }
      List<InputFile> files = new ArrayList<>();
      for (FileStatus m : matches) {
        if (m.isDirectory()) {
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
          while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            add(f.getPath(), relative(m.getPath(), f.getPath()), configuredFormat, files, true);
          }
        } else {
          add(m.getPath(), m.getPath().getName(), configuredFormat, files, false);
        }
      }
      if (files.isEmpty()) {
        throw new IngestException("Input " + input + " holds no .csv, .jsonl, .json, .parquet or"
            + " .xlsx files.");
      }
      files.sort(java.util.Comparator.comparing(InputFile::name));
      return files;
    } catch (IOException e) {
      throw new IngestException("Input " + input + " cannot be listed: " + e.getMessage(), e);
    }
  }

  private static void add(Path file, String name, String configuredFormat, List<InputFile> out,
                          boolean inFolder) {
    String fileName = file.getName();
    // Hidden files and Spark/Hadoop markers (_SUCCESS, .crc) are never input.
    if (fileName.startsWith(".") || fileName.startsWith("_")) {
      return;
    }
    if (inFolder && !"auto".equals(configuredFormat) && configuredFormat != null) {
      out.add(new InputFile(file.toString(), name, InputFormat.of(configuredFormat, fileName)));
      return;
    }
    if (inFolder) {
      // In a folder, files of unknown type (READMEs, notes) are skipped, not rejected.
      InputFormat.fromFileName(fileName).ifPresent(f ->
          out.add(new InputFile(file.toString(), name, f)));
      return;
    }
    out.add(new InputFile(file.toString(), name, InputFormat.of(configuredFormat, fileName)));
  }

  private static String relative(Path root, Path file) {
    String r = root.toUri().getPath();
    String f = file.toUri().getPath();
    return f.startsWith(r + "/") ? f.substring(r.length() + 1) : file.getName();
  }
}
