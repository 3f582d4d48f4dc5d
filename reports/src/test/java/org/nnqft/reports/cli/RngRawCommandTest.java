package org.nnqft.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnqft.numerics.random.CounterStream;

/** rng raw writes the stream's words along the asked axis, little-endian, and ends quietly on a closed pipe. */
class RngRawCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(OutputStream raw, String... args) {
        Session s = new Session(new PrintWriter(new StringWriter()), new PrintWriter(err), dir, false, raw);
        return Main.execute(s, (a, json, log) -> {
            throw new AssertionError("no JMH here");
        }, args);
    }

    private long[] words(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(run(bytes, args)).as(err.toString()).isZero();
        ByteBuffer b = ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        long[] w = new long[b.remaining() / 8];
        b.asLongBuffer().get(w);
        assertThat(b.remaining()).isEqualTo(8 * w.length);
        return w;
    }

    @Test
    void indexAxisIsOneNetworksVariateWords() {
        long[] w = words("rng", "raw", "--seed", "42", "--width", "7", "--bag", "3", "--axis", "index", "--count", "20001");
        CounterStream s = CounterStream.of(42, 7, 3);
        assertThat(w).hasSize(20001);
        for (int i = 0; i < w.length; i++) {
            assertThat(w[i]).isEqualTo(s.bits(0, i));
        }
    }

    @Test
    void networkAxisIsOneVariateOfConsecutiveNetworks() {
        long[] w = words("rng", "raw", "--axis", "network", "--count", "100");
        CounterStream s = CounterStream.of(1, 10, 0);
        for (int n = 0; n < w.length; n++) {
            assertThat(w[n]).isEqualTo(s.bits(n, 0));
        }
    }

    @Test
    void bagAxisIsOneVariateOfConsecutiveBags() {
        long[] w = words("rng", "raw", "--seed", "-5", "--bag", "9", "--axis", "bag", "--count", "50");
        for (int b = 0; b < w.length; b++) {
            assertThat(w[b]).isEqualTo(CounterStream.of(-5, 10, 9 + b).bits(0, 0));
        }
    }

    @Test
    void closedPipeEndsTheStreamWithoutAnError() {
        OutputStream closesAfterTwoWrites = new OutputStream() {
            private int writes;

            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (++writes > 2) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        assertThat(run(closesAfterTwoWrites, "rng", "raw", "--axis", "index")).isZero();
        assertThat(err.toString()).isEmpty();
    }
}
