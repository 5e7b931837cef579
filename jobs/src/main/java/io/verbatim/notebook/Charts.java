package io.verbatim.notebook;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * JFreeChart charts for notebooks; a chart that is a cell's value is shown as a PNG. Colours are
 * Okabe-Ito, told apart by colour-blind readers too, as in the digest.
 */
public final class Charts {

  private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00),
      new Color(0x009E73), new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9),
      new Color(0xF0E442), new Color(0x000000)};

  private Charts() {
  }

  /** One line per series, dated points; missing days are gaps, not zeros. */
  public static JFreeChart lines(String title, String yLabel,
                                 Map<String, ? extends Map<LocalDate, ? extends Number>> series) {
    TimeSeriesCollection data = new TimeSeriesCollection();
    series.forEach((name, points) -> {
      TimeSeries s = new TimeSeries(name);
      points.forEach((day, v) -> s.addOrUpdate(
          new Day(day.getDayOfMonth(), day.getMonthValue(), day.getYear()), v));
      data.addSeries(s);
    });
    JFreeChart chart = ChartFactory.createTimeSeriesChart(title, null, yLabel, data, true,
        false, false);
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      lines.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
      lines.setSeriesStroke(i, new BasicStroke(2f));
    }
    XYPlot plot = chart.getXYPlot();
    plot.setRenderer(lines);
    plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
    return plain(chart);
  }

  /**
   * Horizontal bars: for each category (row label) one bar per series, e.g. recent and baseline
   * per theme.
   */
  public static JFreeChart bars(String title, String valueLabel,
                                Map<String, ? extends Map<String, ? extends Number>> series) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    series.forEach((name, values) -> values.forEach((category, v) ->
        data.addValue(v, name, category)));
    JFreeChart chart = ChartFactory.createBarChart(title, null, valueLabel, data,
        PlotOrientation.HORIZONTAL, series.size() > 1, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer bars = (BarRenderer) plot.getRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    for (int i = 0; i < series.size(); i++) {
      bars.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
    }
    plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
    return plain(chart);
  }

  private static JFreeChart plain(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getPlot().setBackgroundPaint(Color.WHITE);
    chart.getPlot().setOutlineVisible(false);
    return chart;
  }
}
