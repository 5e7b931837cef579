package io.verbatim.digest;

import java.awt.AWTError;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws the digest's charts with JFreeChart into PNG images, off screen (AWT in headless mode
 * needs no display, only fonts). A chart that cannot be drawn (a server without fonts, say) is
 * left out with a warning: the digest is worth sending without its pictures.
 */
public final class ChartMaker {

  private static final Logger LOG = LoggerFactory.getLogger(ChartMaker.class);

  /** Okabe-Ito colours: told apart by colour-blind readers too. */
  private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00),
      new Color(0x009E73), new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9)};
  private static final Color GRID = new Color(0xE5E7EB);
  private static final Color RECENT_SHADE = new Color(0xFDE68A);
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
  private static final int SCALE = 2;

  private final int width;
  private final int height;

  public ChartMaker() {
    this(600, 280);
  }

  /** Charts of {@code width} x {@code height} CSS pixels. */
  public ChartMaker(int width, int height) {
    this.width = width;
    this.height = height;
  }

  /** The volume chart and the sentiment chart, those that have data and could be drawn. */
  public List<ChartImage> charts(Digest d) {
    List<ChartImage> out = new ArrayList<>();
    volume(d).ifPresent(out::add);
    sentiment(d).ifPresent(out::add);
    return out;
  }

  /** Daily comments of the chart's themes as lines, the recent window shaded. */
  public Optional<ChartImage> volume(Digest d) {
    if (d.volumeChart().isEmpty()) {
      return Optional.empty();
    }
    return draw("volume", "Daily comments of the top themes, " + DigestText.range(
        d.method().baseline()) + " to " + d.method().recent().to() + " (recent days shaded)",
        () -> volumeChart(d));
  }

  /** Baseline and recent mean sentiment per theme as bars. */
  public Optional<ChartImage> sentiment(Digest d) {
    if (d.sentiment().isEmpty()) {
      return Optional.empty();
    }
    return draw("sentiment", "Mean sentence sentiment per theme, baseline and recent",
        () -> sentimentChart(d));
  }

  private JFreeChart volumeChart(Digest d) {
    TimeSeriesCollection data = new TimeSeriesCollection();
    Set<String> keys = new HashSet<>();
    for (ThemeLine line : d.volumeChart()) {
      TimeSeries series = new TimeSeries(unique(line.theme().label(), keys));
      for (int i = 0; i < line.counts().size(); i++) {
        series.add(day(line.start().plusDays(i)), line.counts().get(i));
      }
      data.addSeries(series);
    }
    JFreeChart chart = ChartFactory.createTimeSeriesChart("Theme volume", null, "Comments a day",
        data, true, false, false);
    XYPlot plot = chart.getXYPlot();
    style(chart);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      lines.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
      lines.setSeriesStroke(i, new BasicStroke(2f));
    }
    plot.setRenderer(lines);
    DateAxis x = (DateAxis) plot.getDomainAxis();
    x.setDateFormatOverride(new SimpleDateFormat("d MMM", Locale.ENGLISH));
    ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    // Points sit at the start of their day: shade half a day either side of the recent ones.
    long halfDay = 12L * 3600 * 1000;
    IntervalMarker recent = new IntervalMarker(
        day(d.method().recent().from()).getFirstMillisecond() - halfDay,
        day(d.method().recent().to()).getFirstMillisecond() + halfDay, RECENT_SHADE);
    recent.setAlpha(0.5f);
    plot.addDomainMarker(recent, Layer.BACKGROUND);
    return chart;
  }

  private JFreeChart sentimentChart(Digest d) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Set<String> keys = new HashSet<>();
    for (SentimentShift s : d.sentiment()) {
      String label = unique(Texts.cut(s.theme().label(), 28), keys);
      data.addValue(s.baselineMean(), "Baseline", label);
      data.addValue(s.recentMean(), "Recent", label);
    }
    JFreeChart chart = ChartFactory.createBarChart("Sentiment per theme", null,
        "Mean sentiment (-1 to 1)", data, PlotOrientation.HORIZONTAL, true, false, false);
    style(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRangeGridlinePaint(GRID);
    plot.getRangeAxis().setRange(-1, 1);
    plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
    BarRenderer bars = (BarRenderer) plot.getRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, new Color(0x9CA3AF));
    bars.setSeriesPaint(1, PALETTE[0]);
    return chart;
  }

  private static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(TITLE);
    chart.getPlot().setBackgroundPaint(Color.WHITE);
    chart.getPlot().setOutlineVisible(false);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
  }

  /** Renders at twice the size, so the image stays sharp on high-density screens. */
  private Optional<ChartImage> draw(String name, String alt, ChartSupplier chart) {
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ChartUtils.writeScaledChartAsPNG(png, chart.get(), width, height, SCALE, SCALE);
      return Optional.of(new ChartImage(name + "@verbatim.digest", name + ".png", alt,
          png.toByteArray(), width, height));
    } catch (IOException | RuntimeException | AWTError | LinkageError | InternalError e) {
      // Fonts or native AWT libraries missing on a headless server: send the words anyway.
      LOG.warn("Digest chart '{}' could not be drawn; the digest goes without it: {}", name,
          e.toString());
      return Optional.empty();
    }
  }

  private interface ChartSupplier {
    JFreeChart get();
  }

  private static Day day(LocalDate d) {
    return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  /** Series and category keys must be unique; two themes may share a label. */
  private static String unique(String label, Set<String> used) {
    String key = label;
    for (int n = 2; !used.add(key); n++) {
      key = label + " (" + n + ")";
    }
    return key;
  }
}
