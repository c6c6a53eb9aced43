package org.equalityduty.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read and fails once there are more than the limit. */
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

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        if (count >= limit) {
            return beyond();
        }
        int b = in.read();
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
        if (length == 0) {
            return 0;
        }
        if (count >= limit) {
            return beyond();
        }
        int n = in.read(buffer, offset, (int) Math.min(length, limit - count));
        if (n > 0) {
            count += n;
        }
        return n;
    }

    /** At the limit: the end of the input, or the failure if there is a byte more. */
    private int beyond() throws IOException {
        if (in.read() < 0) {
            return -1;
        }
        throw new OverLimit();
    }

    /** At most the bytes left under the limit: a reader that reads on while bytes are available stops there. */
    @Override
    public int available() throws IOException {
        return (int) Math.min(in.available(), limit - count);
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(n);
        count += skipped;
        if (count > limit) {
            throw new OverLimit();
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
