package dev.faqindex.bench.report;

import dev.faqindex.bench.latency.LatencyFigures;
import dev.faqindex.bench.results.QueryFigures;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws query latency (p50 and p99 of each engine) against corpus size, both axes logarithmic, as a PNG. */
final class LatencyPlot {

    private static final List<Color> COLOURS = List.of(new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0x9467bd));

    private LatencyPlot() {
    }

    /** A logarithmic axis with a tick at each power of ten, written as a plain number (10, 100, 1,000...). */
    private static LogAxis decades(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setSmallestValue(0.01);
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        axis.setMinorTickMarksVisible(true);
        return axis;
    }

    /** Writes the plot of {@code runs} to {@code png}; needs at least one run. */
    static void write(List<QueryFigures> runs, Path png) throws IOException {
        Map<String, XYSeries[]> byEngine = new LinkedHashMap<>();
        for (QueryFigures run : runs) {
            for (LatencyFigures engine : run.engines()) {
                XYSeries[] series = byEngine.computeIfAbsent(engine.engine(), name -> new XYSeries[] {
                    new XYSeries(name + " p50"), new XYSeries(name + " p99")});
                series[0].add(run.chunks(), engine.p50Ms());
                series[1].add(run.chunks(), engine.p99Ms());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        int index = 0;
        int engineNumber = 0;
        for (XYSeries[] series : byEngine.values()) {
            Color colour = COLOURS.get(engineNumber++ % COLOURS.size());
            for (int percentile = 0; percentile < 2; percentile++) {
                data.addSeries(series[percentile]);
                renderer.setSeriesPaint(index, colour);
                renderer.setSeriesStroke(index, percentile == 0 ? new BasicStroke(2.5f)
                        : new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                                new float[] {6f, 4f}, 0f));
                index++;
            }
        }
        LogAxis chunks = decades("chunks in the index");
        LogAxis millis = decades("query latency, ms (solid p50, dashed p99)");
        XYPlot plot = new XYPlot(data, chunks, millis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("Search latency against corpus size (result page of 10, one thread)",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 960, 600);
    }
}
