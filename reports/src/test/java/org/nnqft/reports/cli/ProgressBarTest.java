package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void rendersShareDoneAndEta() {
        assertThat(ProgressBar.render(0, 10, 0)).contains("  0%").contains("eta ?");
        assertThat(ProgressBar.render(5, 10, 4)).contains(" 50%").contains("5/10").contains("eta 4 s");
        assertThat(ProgressBar.render(10, 10, 8)).startsWith("[" + "#".repeat(30) + "]").contains("100%");
    }

    @Test
    void redrawsOnlyWhenThePercentageChangesAndEndsTheLine() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text));
        for (int done = 1; done <= 1000; done++) {
            bar.update(done, 1000);
        }
        assertThat(text.toString().chars().filter(c -> c == '\r').count()).as("0% to 100%").isEqualTo(101);
        assertThat(text.toString()).endsWith(System.lineSeparator());
    }
}
