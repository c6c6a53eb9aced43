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
        int b = in.read();
        if (b >= 0 && ++count > limit) {
            throw new OverLimit();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            count += n;
            if (count > limit) {
                throw new OverLimit();
            }
        }
        return n;
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
