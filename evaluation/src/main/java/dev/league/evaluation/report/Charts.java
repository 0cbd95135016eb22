package dev.league.evaluation.report;

import dev.league.evaluation.report.Training.LineageEvent;
import dev.league.evaluation.report.Training.Matrix;
import dev.league.evaluation.report.Training.Point;
import dev.league.evaluation.report.Training.Series;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The report's plots: JFreeChart charts drawn onto JFreeSVG's {@link SVGGraphics2D}, so each
 * comes out as an inline {@code <svg>} element (no display, no raster, no network).
 */
final class Charts {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static final int WIDTH = 900;
    static final int HEIGHT = 420;

    /** Red (0) - white (0.5) - green (1). */
    static final PaintScale WIN_RATE = new DivergingScale();

    private final AtomicInteger charts = new AtomicInteger();

    /** The chart as an SVG element with a document-unique id and defs prefix. */
    String svg(JFreeChart chart, int width, int height) {
        int id = charts.incrementAndGet();
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        graphics.setDefsKeyPrefix("c" + id + "_");
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        return graphics.getSVGElement("chart-" + id);
    }

    /** BT ratings with their intervals, best first. */
    JFreeChart ratings(List<PlayerReport> players, double confidence) {
        YIntervalSeries series = new YIntervalSeries(String.format(Locale.ROOT, "rating with %.0f%% interval", 100 * confidence));
        String[] names = new String[players.size()];
        for (int i = 0; i < players.size(); i++) {
            PlayerReport player = players.get(i);
            names[i] = player.player();
            series.add(i, player.rating(), player.lower(), player.upper());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setCapLength(8);
        renderer.setDefaultLinesVisible(false);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        SymbolAxis axis = new SymbolAxis("player", names);
        axis.setGridBandsVisible(false);
        NumberAxis ratingAxis = new NumberAxis("rating (Elo scale)");
        ratingAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, axis, ratingAxis, renderer);
        style(plot);
        return new JFreeChart("Bradley–Terry ratings", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    }

    /** Lines of (x, y) points, one per series. */
    JFreeChart lines(String title, String xLabel, String yLabel, List<Series> series, boolean shapes, boolean step,
            Double yMin, Double yMax) {
        XYSeriesCollection data = collection(series);
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = step ? new XYStepRenderer() : new XYLineAndShapeRenderer(true, shapes);
        renderer.setDefaultShapesVisible(shapes);
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesStroke(s, new BasicStroke(1.6f));
            renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        plot.setRenderer(renderer);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAutoRangeIncludesZero(false);
        if (yMin != null && yMax != null) {
            range.setRange(yMin, yMax);
        } else if (positiveAndWide(series)) {
            LogAxis log = new LogAxis(yLabel + " (log scale)");
            log.setSmallestValue(1e-12);
            plot.setRangeAxis(log);
        }
        style(plot);
        return chart;
    }

    /**
     * A heatmap of a square matrix with values in [0, 1]; null cells stay empty.
     *
     * @param values [N, N], row i is drawn at y = i from the top
     */
    JFreeChart heatmap(String title, List<String> labels, List<List<Double>> values, String legend, boolean annotate) {
        int size = labels.size();
        List<double[]> cells = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                Double value = values.get(i).get(j);
                if (value != null) {
                    cells.add(new double[] {j, size - 1 - i, value});
                }
            }
        }
        double[][] columns = new double[3][cells.size()];
        for (int k = 0; k < cells.size(); k++) {
            for (int c = 0; c < 3; c++) {
                columns[c][k] = cells.get(k)[c];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(legend, columns);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(WIN_RATE);
        String[] reversed = new String[size];
        for (int i = 0; i < size; i++) {
            reversed[i] = labels.get(size - 1 - i);
        }
        SymbolAxis columnsAxis = new SymbolAxis("opponent (column)", labels.toArray(String[]::new));
        SymbolAxis rowsAxis = new SymbolAxis("player (row)", reversed);
        columnsAxis.setVerticalTickLabels(size > 8);
        columnsAxis.setGridBandsVisible(false);
        rowsAxis.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, columnsAxis, rowsAxis, renderer);
        plot.setBackgroundPaint(new Color(0xEEEEEE));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (annotate && size <= 16) {
            for (double[] cell : cells) {
                XYTextAnnotation text = new XYTextAnnotation(String.format(Locale.ROOT, "%.0f%%", 100 * cell[2]), cell[0], cell[1]);
                text.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size > 10 ? 9 : 12));
                plot.addAnnotation(text);
            }
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        NumberAxis scaleAxis = new NumberAxis(legend);
        scaleAxis.setRange(0, 1);
        PaintScaleLegend scale = new PaintScaleLegend(WIN_RATE, scaleAxis);
        scale.setPosition(RectangleEdge.RIGHT);
        scale.setMargin(new RectangleInsets(10, 10, 10, 10));
        scale.setStripWidth(14);
        chart.addSubtitle(scale);
        return chart;
    }

    JFreeChart heatmap(Matrix matrix) {
        return heatmap(matrix.title(), matrix.labels(), matrix.values(), "edge weight", true);
    }

    /**
     * The PBT lineage: one lane per member over its frames; init/keep/explore/exploit events as
     * marks; an exploit as a line from the source's lane to the member's lane, labelled with the
     * member's new generation.
     */
    JFreeChart lineage(List<LineageEvent> events) {
        List<String> members = events.stream().map(LineageEvent::member).distinct().sorted().toList();
        Map<String, Integer> lane = new LinkedHashMap<>();
        members.forEach(member -> lane.put(member, lane.size()));
        Map<String, XYSeries> byKind = new LinkedHashMap<>();
        for (String kind : List.of("init", "keep", "explore", "exploit")) {
            byKind.put(kind, new XYSeries(kind, false, true));
        }
        double maxFrames = 1;
        for (LineageEvent event : events) {
            byKind.computeIfAbsent(event.kind(), kind -> new XYSeries(kind, false, true))
                    .add(event.frames(), lane.get(event.member()));
            maxFrames = Math.max(maxFrames, event.frames());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byKind.values().forEach(data::addSeries);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        Color[] colours = {new Color(0x555555), new Color(0xAAAAAA), new Color(0x1F77B4), new Color(0xD62728)};
        Shape[] shapes = {new Rectangle2D.Double(-4, -4, 8, 8), new Ellipse2D.Double(-2.5, -2.5, 5, 5),
            new Ellipse2D.Double(-4, -4, 8, 8), new Ellipse2D.Double(-5, -5, 10, 10)};
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, colours[Math.min(s, colours.length - 1)]);
            renderer.setSeriesShape(s, shapes[Math.min(s, shapes.length - 1)]);
        }
        NumberAxis frames = new NumberAxis("member frames");
        SymbolAxis memberAxis = new SymbolAxis("member", members.toArray(String[]::new));
        memberAxis.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, frames, memberAxis, renderer);
        for (String member : members) {
            plot.addAnnotation(new XYLineAnnotation(0, lane.get(member), maxFrames, lane.get(member),
                    new BasicStroke(1f), new Color(0xCCCCCC)));
        }
        for (LineageEvent event : events) {
            if ("exploit".equals(event.kind()) && event.source() != null && lane.containsKey(event.source())) {
                plot.addAnnotation(new XYLineAnnotation(event.frames(), lane.get(event.source()), event.frames(),
                        lane.get(event.member()), new BasicStroke(1.5f), new Color(0xD62728)));
                XYTextAnnotation generation = new XYTextAnnotation("g" + event.generation(), event.frames(),
                        lane.get(event.member()) + 0.25);
                generation.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
                plot.addAnnotation(generation);
            }
        }
        style(plot);
        return new JFreeChart("PBT lineage (red: exploit edges from source to member; gN: new generation)",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    private static XYSeriesCollection collection(List<Series> series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Series line : series) {
            XYSeries xy = new XYSeries(line.name(), false, true);
            for (Point point : line.points()) {
                xy.add(point.x(), point.y());
            }
            data.addSeries(xy);
        }
        return data;
    }

    private static boolean positiveAndWide(List<Series> series) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Series line : series) {
            for (Point point : line.points()) {
                min = Math.min(min, point.y());
                max = Math.max(max, point.y());
            }
        }
        return min > 0 && max / min > 20;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
    }

    /** Diverging red-white-green over [0, 1]. */
    private static final class DivergingScale implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public Paint getPaint(double value) {
            double v = Math.max(0, Math.min(1, Double.isFinite(value) ? value : 0.5));
            Color low = new Color(0xD7301F);
            Color mid = Color.WHITE;
            Color high = new Color(0x1A9850);
            Color from = v < 0.5 ? low : mid;
            Color to = v < 0.5 ? mid : high;
            double t = v < 0.5 ? v / 0.5 : (v - 0.5) / 0.5;
            return new Color(
                    (int) Math.round(from.getRed() + t * (to.getRed() - from.getRed())),
                    (int) Math.round(from.getGreen() + t * (to.getGreen() - from.getGreen())),
                    (int) Math.round(from.getBlue() + t * (to.getBlue() - from.getBlue())));
        }
    }
}
