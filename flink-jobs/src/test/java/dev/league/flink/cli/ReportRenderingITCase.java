package dev.league.flink.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a report written by {@code league rank} in headless Chromium (Debian's {@code chromium},
 * installed by {@code bin/install-chromium}) and checks the screenshot is a real page: non-empty
 * and not a single colour. Fails, never skips, when Chromium is missing.
 */
final class ReportRenderingITCase {

    @TempDir
    Path directory;

    private static String chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "chromium");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return fail("chromium is not installed: run bin/install-chromium (apt-get install -y chromium), then rerun this test");
    }

    @Test
    void reportHtml_rendersInHeadlessChromium() throws Exception {
        String chromium = chromium();
        SplittableRandom random = new SplittableRandom(5);
        List<String> lines = new ArrayList<>();
        String[] players = {"strong", "medium", "weak", "random"};
        double[] strength = {600, 400, 200, 0};
        for (int i = 0; i < players.length; i++) {
            for (int j = i + 1; j < players.length; j++) {
                double p = 1 / (1 + Math.pow(10, (strength[j] - strength[i]) / 400));
                for (int g = 0; g < 10; g++) {
                    String winner = random.nextDouble() < 0.05 ? "null"
                            : "\"" + (random.nextDouble() < p ? players[i] : players[j]) + "\"";
                    lines.add("{\"scenario\": \"duel\", \"players\": [\"" + players[i] + "\", \"" + players[j]
                            + "\"], \"winner\": " + winner + "}");
                }
            }
        }
        Path log = Files.write(directory.resolve("matches.jsonl"), lines);
        Path reports = directory.resolve("reports");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LeagueCli.execute(new String[] {"rank", log.toString(), "--out", reports.toString(), "--baseline", "random"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Path html = reports.resolve("report.html");
        Path screenshot = directory.resolve("report.png");
        Path profile = Files.createDirectory(directory.resolve("chromium-profile"));

        Process process = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--screenshot=" + screenshot, "--window-size=1280,2000",
                html.toUri().toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("chromium.log").toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish within 120 s; log: " + Files.readString(directory.resolve("chromium.log")));
        }

        assertThat(screenshot).as("chromium log: %s", Files.readString(directory.resolve("chromium.log"))).isNotEmptyFile();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2000);
        assertThat(distinctColours(image)).as("distinct colours in the screenshot").isGreaterThan(50);
        assertThat(nonWhiteFraction(image)).as("fraction of non-white pixels").isGreaterThan(0.02);
    }

    private static int distinctColours(BufferedImage image) throws IOException {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    private static double nonWhiteFraction(BufferedImage image) {
        long nonWhite = 0;
        long total = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                total++;
                nonWhite += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
            }
        }
        return nonWhite / (double) total;
    }
}
