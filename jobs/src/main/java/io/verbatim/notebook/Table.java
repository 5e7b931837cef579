package io.verbatim.notebook;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A small table for the notebook: column names and rows of values, shown as HTML (numbers
 * rounded, text escaped) and as plain text. Made from a Dataset's first rows, from records, or
 * cell by cell.
 */
public final class Table {

  private final List<String> columns;
  private final List<List<Object>> rows;
  private final String caption;

  private Table(String caption, List<String> columns, List<List<Object>> rows) {
    this.caption = caption;
    this.columns = List.copyOf(columns);
    this.rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(
        new ArrayList<>(r))).toList();
  }

  /** An empty table with these columns; add rows with {@link #row(Object...)}. */
  public static Table of(String... columns) {
    return new Table(null, Arrays.asList(columns), List.of());
  }

  /** The first {@code limit} rows of a Dataset, captioned when there are more. */
  public static Table of(Dataset<Row> data, int limit) {
    List<Row> taken = data.takeAsList(limit + 1);
    List<List<Object>> rows = new ArrayList<>();
    for (Row r : taken.subList(0, Math.min(limit, taken.size()))) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        Object v = r.get(i);
        values.add(v instanceof scala.collection.Iterable<?> s
            ? scala.jdk.javaapi.CollectionConverters.asJava(s) : v);
      }
      rows.add(values);
    }
    return new Table(taken.size() > limit ? "first " + limit + " rows" : null,
        Arrays.asList(data.columns()), rows);
  }

  /** Records as rows, one column per record component. */
  public static Table ofRecords(Collection<? extends Record> records) {
    if (records.isEmpty()) {
      return of("(no rows)");
    }
    RecordComponent[] parts = records.iterator().next().getClass().getRecordComponents();
    List<String> columns = Arrays.stream(parts).map(RecordComponent::getName).toList();
    List<List<Object>> rows = new ArrayList<>();
    for (Record r : records) {
      List<Object> values = new ArrayList<>();
      for (RecordComponent p : parts) {
        try {
          values.add(p.getAccessor().invoke(r));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + p.getName() + " of " + r, e);
        }
      }
      rows.add(values);
    }
    return new Table(null, columns, rows);
  }

  /** This table with one more row. */
  public Table row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("a row needs " + columns.size() + " values ("
          + columns + "), got " + values.length);
    }
    List<List<Object>> more = new ArrayList<>(rows);
    more.add(Arrays.asList(values));
    return new Table(caption, columns, more);
  }

  /** This table with a caption shown above it. */
  public Table caption(String text) {
    return new Table(text, columns, rows);
  }

  public List<String> columns() {
    return columns;
  }

  public List<List<Object>> rows() {
    return rows;
  }

  /** The values of one column, top to bottom. */
  public List<Object> column(String name) {
    int i = columns.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + name + "; columns are " + columns);
    }
    return rows.stream().map(r -> r.get(i)).toList();
  }

  public String html() {
    StringBuilder b = new StringBuilder("<table>");
    if (caption != null) {
      b.append("<caption style=\"text-align:left\">").append(escape(caption)).append("</caption>");
    }
    b.append("<thead><tr>");
    columns.forEach(c -> b.append("<th>").append(escape(c)).append("</th>"));
    b.append("</tr></thead><tbody>");
    for (List<Object> r : rows) {
      b.append("<tr>");
      for (Object v : r) {
        b.append(v instanceof Number ? "<td style=\"text-align:right\">" : "<td>")
            .append(escape(format(v))).append("</td>");
      }
      b.append("</tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  public String text() {
    int[] widths = new int[columns.size()];
    List<List<String>> cells = new ArrayList<>();
    cells.add(columns);
    rows.forEach(r -> cells.add(r.stream().map(Table::format).map(Table::cut).toList()));
    for (List<String> r : cells) {
      for (int i = 0; i < r.size(); i++) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    StringBuilder b = new StringBuilder(caption == null ? "" : caption + "\n");
    for (List<String> r : cells) {
      for (int i = 0; i < r.size(); i++) {
        b.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", r.get(i)));
      }
      b.append('\n');
    }
    return b.toString().stripTrailing();
  }

  @Override
  public String toString() {
    return text();
  }

  static String format(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%.3f", d);
    }
    if (v instanceof Collection<?> c) {
      return String.join(" | ", c.stream().map(Table::format).toList());
    }
    return String.valueOf(v);
  }

  private static String cut(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
