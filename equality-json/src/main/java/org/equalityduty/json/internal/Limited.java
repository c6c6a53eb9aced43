package org.equalityduty.json.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Input wrappers that stop reading once a document exceeds its length limit. The parser's own check runs only
 * between buffer loads, so it can let a short document through well past a small limit; these count exactly.
 * Not part of the public API.
 *
 * @since 0.1.0
 */
public final class Limited {
    private Limited() {
    }

    /** Thrown when input exceeds the limit; caught and reported as a problem. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("document too long");
        }
    }

    /**
     * Wraps a stream.
     *
     * @param in  the stream, not null
     * @param max  the most bytes allowed
     * @return the wrapper, not null
     */
    public static InputStream stream(InputStream in, long max) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    add(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                if (n > 0) {
                    add(n);
                }
                return n;
            }

            private void add(int n) throws TooLong {
                count += n;
                if (count > max) {
                    throw new TooLong();
                }
            }

            @Override
            public void close() {
                // the caller owns the stream
            }
        };
    }

    /**
     * Wraps a reader.
     *
     * @param in  the reader, not null
     * @param max  the most characters allowed
     * @return the wrapper, not null
     */
    public static Reader reader(Reader in, long max) {
        return new FilterReader(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int c = super.read();
                if (c >= 0) {
                    add(1);
                }
                return c;
            }

            @Override
            public int read(char[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                if (n > 0) {
                    add(n);
                }
                return n;
            }

            private void add(int n) throws TooLong {
                count += n;
                if (count > max) {
                    throw new TooLong();
                }
            }

            @Override
            public void close() {
                // the caller owns the reader
            }
        };
    }
}
