package org.equalityduty.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Counts the bytes read and fails once there are more than the limit. A failure stays: once a read has thrown
 * (over the limit, or the stream's own error), every later read, skip or count of what is available throws the same
 * exception again, so that a reader that takes over the bytes read so far meets the failure at the same byte.
 */
final class LimitedInputStream extends FilterInputStream {

    /** The signal that the input is over the limit. */
    static final class OverLimit extends IOException {
        private static final long serialVersionUID = 1L;

        OverLimit() {
            super("over the size limit");
        }
    }

    private final long limit;
    private long count;
    private @Nullable IOException failure;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        failed();
        if (count >= limit) {
            return beyond();
        }
        int b;
        try {
            b = in.read();
        } catch (IOException e) {
            throw fail(e);
        }
        if (b >= 0) {
            count++;
        }
        return b;
    }

    /**
     * Reads at most up to the limit, so that the failure comes exactly when a byte beyond it is asked for (the rows
     * before it are read, whatever the reader's buffers).
     */
    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        failed();
        if (length == 0) {
            return 0;
        }
        if (count >= limit) {
            return beyond();
        }
        int n;
        try {
            n = in.read(buffer, offset, (int) Math.min(length, limit - count));
        } catch (IOException e) {
            throw fail(e);
        }
        if (n > 0) {
            count += n;
        }
        return n;
    }

    /** At the limit: the end of the input, or the failure if there is a byte more. */
    private int beyond() throws IOException {
        int b;
        try {
            b = in.read();
        } catch (IOException e) {
            throw fail(e);
        }
        if (b < 0) {
            return -1;
        }
        throw fail(new OverLimit());
    }

    /** Throws the failure of an earlier read, if there was one. */
    private void failed() throws IOException {
        IOException f = failure;
        if (f != null) {
            throw f;
        }
    }

    private IOException fail(IOException e) {
        failure = e;
        return e;
    }

    /** At most the bytes left under the limit: a reader that reads on while bytes are available stops there. */
    @Override
    public int available() throws IOException {
        failed();
        try {
            return (int) Math.min(in.available(), limit - count);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    /** Skips at most up to the limit, as {@link #read(byte[], int, int)} reads. */
    @Override
    public long skip(long n) throws IOException {
        failed();
        if (n <= 0) {
            return 0;
        }
        if (count >= limit) {
            beyond(); // the end of the input (nothing to skip), or it throws
            return 0;
        }
        long skipped;
        try {
            skipped = in.skip(Math.min(n, limit - count));
        } catch (IOException e) {
            throw fail(e);
        }
        count += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
