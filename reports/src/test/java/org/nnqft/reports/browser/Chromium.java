package org.nnqft.reports.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A page laid out by a real browser: Debian's headless Chromium loads a copy of the page with a
 * script appended that measures every figure (its SVG's box, its caption, the box of each of its
 * text elements) and writes the measurements into the DOM, which --dump-dom prints. The report
 * itself has no script; only the copy does.
 */
public final class Chromium {
    static final String SCRIPT = """
            <script>
            const out = [];
            document.querySelectorAll('figure.chart').forEach(f => {
              const svg = f.querySelector('svg');
              const r = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
              const texts = svg ? [...svg.querySelectorAll('text')].map(t => {
                const b = t.getBoundingClientRect();
                return {x: b.left, y: b.top, w: b.width, h: b.height, text: t.textContent};
              }) : [];
              const caption = f.querySelector('figcaption');
              out.push({name: f.dataset.figure, width: r.width, height: r.height,
                caption: caption ? caption.textContent : '', texts});
            });
            const pre = document.createElement('pre');
            pre.id = 'geometry';
            pre.textContent = JSON.stringify(out);
            document.body.appendChild(pre);
            </script>
            """;

    private Chromium() {
    }

    /** The browser, or the test is skipped, except in CI (CI=true), whose .ci/run installs it: there it fails. */
    public static Path binary() {
        for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("no chromium on PATH: .ci/run installs Debian's chromium before the tests");
        }
        Assumptions.abort("no chromium on PATH (apt-get install chromium); this test runs in CI");
        return null;
    }

    /** Every figure of the page at {@code html}, as Chromium lays it out at 1250 pixels wide. */
    public static List<Measured> figures(Path html) throws IOException, InterruptedException {
        String page = Files.readString(html);
        int end = page.lastIndexOf("</body>");
        Path copy = html.resolveSibling("measured-" + html.getFileName());
        Files.writeString(copy, page.substring(0, end) + SCRIPT + page.substring(end));
        Path profile = Files.createTempDirectory("nnqft-chromium");
        Process p = new ProcessBuilder(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile, "--window-size=1250,900", "--virtual-time-budget=10000", "--dump-dom",
                copy.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within 120 s on " + copy);
        }
        String dom = new String(out, StandardCharsets.UTF_8);
        int start = dom.indexOf("<pre id=\"geometry\">");
        if (start < 0) {
            throw new IllegalStateException("chromium's DOM of " + copy + " has no measurements (exit " + p.exitValue()
                    + ", " + dom.length() + " characters)");
        }
        String json = dom.substring(start + "<pre id=\"geometry\">".length(), dom.indexOf("</pre>", start))
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        List<Measured> figures = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(json)) {
            List<Box> texts = new ArrayList<>();
            for (JsonNode t : f.get("texts")) {
                texts.add(new Box(t.get("x").asDouble(), t.get("y").asDouble(), t.get("w").asDouble(), t.get("h").asDouble(),
                        t.get("text").asText()));
            }
            figures.add(new Measured(f.get("name").asText(), f.get("width").asDouble(), f.get("height").asDouble(),
                    f.get("caption").asText(), texts));
        }
        return figures;
    }

    /** A text element's box on the page. */
    public record Box(double x, double y, double w, double h, String text) {
        /** The area two boxes share, in square pixels. */
        double overlap(Box o) {
            double dx = Math.min(x + w, o.x + o.w) - Math.max(x, o.x);
            double dy = Math.min(y + h, o.y + o.h) - Math.max(y, o.y);
            return dx > 0 && dy > 0 ? dx * dy : 0;
        }
    }

    /** One figure as laid out. */
    public record Measured(String name, double width, double height, String caption, List<Box> texts) {
        /**
         * Pairs of non-empty texts whose boxes share more than {@link #TOLERANCE} square pixels. The
         * tolerance is for glyph boxes, which include the font's ascent and descent: the lines of a
         * legend touch by a pixel without any glyph touching.
         */
        public List<String> overlaps() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                for (int k = i + 1; k < texts.size(); k++) {
                    Box a = texts.get(i);
                    Box b = texts.get(k);
                    if (!a.text().isBlank() && !b.text().isBlank() && a.overlap(b) > TOLERANCE) {
                        out.add("'" + a.text() + "' and '" + b.text() + "' share " + Math.round(a.overlap(b)) + " px²");
                    }
                }
            }
            return out;
        }
    }

    public static final double TOLERANCE = 4;
}
