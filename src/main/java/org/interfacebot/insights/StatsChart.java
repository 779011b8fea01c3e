package org.interfacebot.insights;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interfacebot.chat.DatePatterns;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.springframework.stereotype.Component;

/** Draws the issues raised per month as a bar chart, a PNG, without a display (headless AWT). */
@Component
class StatsChart {

  static final DateTimeFormatter MONTH =
      DatePatterns.of(
          "MMM yyyy",
          DatePatterns.shortMonths("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
          Locale.UK);
  private static final Color NHS_BLUE = new Color(0x00, 0x5E, 0xB8);

  byte[] png(String title, String seriesName, Stats stats) {
    return png(title, seriesName, stats, StatsChart::label);
  }

  /** The chart, its months worded by {@code monthLabel} (a pattern from the bundles). */
  byte[] png(
      String title,
      String seriesName,
      Stats stats,
      java.util.function.Function<YearMonth, String> monthLabel) {
    List<String> months = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (var month : stats.byMonth().entrySet()) {
      months.add(monthLabel.apply(month.getKey()));
      counts.add(month.getValue());
    }
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(720)
            .height(360)
            .title(title)
            .yAxisTitle(seriesName)
            .build();
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    chart.getStyler().setSeriesColors(new Color[] {NHS_BLUE});
    chart.getStyler().setXAxisLabelRotation(months.size() > 12 ? 90 : 0);
    chart.getStyler().setYAxisDecimalPattern("#");
    chart.getStyler().setYAxisMin(0.0);
    // Whole numbers on the axis: at least 0 to 4, so one issue does not give ticks 0.2, 0.4, ...
    chart
        .getStyler()
        .setYAxisMax(
            (double) Math.max(4, counts.stream().mapToInt(Integer::intValue).max().orElse(0)));
    chart.addSeries(seriesName, months, counts);
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String label(YearMonth month) {
    return MONTH.format(month);
  }
}
