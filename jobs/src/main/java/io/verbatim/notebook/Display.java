package io.verbatim.notebook;

import io.verbatim.digest.ChartImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** How a value looks in the notebook: tables as HTML, charts as PNG, the rest as text. */
final class Display {

  /** Rows of a Dataset shown when it is a cell's value. */
  static final int DATASET_ROWS = 20;
  private static final int WIDTH = 720;
  private static final int HEIGHT = 340;

  private Display() {
  }

  @SuppressWarnings("unchecked")
  static DisplayData of(Object value) {
    if (value instanceof DisplayData d) {
      return d;
    }
    if (value instanceof java.util.Optional<?> o) {
      return o.isPresent() ? of(o.get()) : new DisplayData("(nothing to show)");
    }
    if (value instanceof Table t) {
      DisplayData d = new DisplayData(t.text());
      d.putHTML(t.html());
      return d;
    }
    if (value instanceof Dataset<?> ds) {
      return of(Table.of((Dataset<Row>) ds.toDF(), DATASET_ROWS));
    }
    if (value instanceof JFreeChart chart) {
      return png(render(chart), chartTitle(chart));
    }
    if (value instanceof ChartImage image) {
      // Drawn at twice its size for sharp screens; shown at its own width.
      DisplayData d = png(image.png(), image.alt());
      d.putMetaData("image/png", java.util.Map.of("width", image.width()));
      return d;
    }
    if (value instanceof Html h) {
      DisplayData d = new DisplayData(h.text());
      d.putHTML(h.html());
      return d;
    }
    return new DisplayData(String.valueOf(value));
  }

  private static DisplayData png(byte[] png, String alt) {
    DisplayData d = new DisplayData(alt);
    d.putData("image/png", Base64.getEncoder().encodeToString(png));
    return d;
  }

  static byte[] render(JFreeChart chart) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String chartTitle(JFreeChart chart) {
    return chart.getTitle() == null ? "chart" : chart.getTitle().getText();
  }

  /** HTML the analyst API hands to the notebook, with its plain-text stand-in. */
  record Html(String html, String text) {
  }
}
