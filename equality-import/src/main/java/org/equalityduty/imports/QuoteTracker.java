package org.equalityduty.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows the characters the CSV parser reads, to know the physical line being read and whether the input ends
 * inside a quoted value: the parser returns such a value as if it were closed, and a truncated file would pass
 * unnoticed. The states follow RFC 4180 as the parser applies it: a quote opens a quoted value only as the first
 * character of a field (after a blank it is an ordinary character, as inside an unquoted value), and two quotes
 * inside a quoted value stand for one quote.
 */
final class QuoteTracker extends FilterReader {
    private static final int RECORD_START = 0;
    private static final int FIELD_START = 1;
    private static final int UNQUOTED = 2;
    private static final int QUOTED = 3;
    private static final int QUOTE_SEEN = 4;
    private static final int COMMENT = 5;

    private final char separator;
    private final boolean comments;
    private int state = RECORD_START;
    private long line;
    private boolean afterCr;
    private long quoteLine;
    private boolean eof;
    /** The one character of {@link #read()}, scanned as a block of one: one copy of the transitions. */
    private final char[] one = new char[1];

    QuoteTracker(Reader in, char separator, boolean comments, long firstLine) {
        super(in);
        this.separator = separator;
        this.comments = comments;
        this.line = firstLine;
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c < 0) {
            eof = true;
        } else {
            one[0] = (char) c;
            scan(one, 0, 1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            eof = true;
            return n;
        }
        scan(buffer, offset, offset + n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    /**
     * Follows a block of characters, with the state in locals so that the loop does not write the fields back per
     * character (the reader sees every character of the file, so this is its hot loop); {@link #read()} passes its
     * one character through the same loop.
     */
    private void scan(char[] buffer, int from, int to) {
        int st = state;
        long ln = line;
        boolean cr = afterCr;
        long ql = quoteLine;
        char sep = separator;
        for (int i = from; i < to; i++) {
            char c = buffer[i];
            if (c > '#' && c != sep) {
                // Not a quote, separator, line end or comment sign: only the start of a field changes state.
                cr = false;
                if (st <= FIELD_START) {
                    st = UNQUOTED;
                } else if (st == QUOTE_SEEN) {
                    st = UNQUOTED;
                }
                continue;
            }
            boolean newline = c == '\n' || c == '\r';
            if (c == '\n') {
                if (!cr) {
                    ln++;
                }
                cr = false;
            } else if (c == '\r') {
                ln++;
                cr = true;
            } else {
                cr = false;
            }
            switch (st) {
                case RECORD_START:
                case FIELD_START:
                    if (c == '"') {
                        st = QUOTED;
                        ql = ln;
                    } else if (comments && st == RECORD_START && c == '#') {
                        st = COMMENT;
                    } else if (newline) {
                        st = RECORD_START;
                    } else if (c == sep) {
                        st = FIELD_START;
                    } else {
                        st = UNQUOTED;
                    }
                    break;
                case UNQUOTED:
                case COMMENT:
                    if (newline) {
                        st = RECORD_START;
                    } else if (c == sep && st == UNQUOTED) {
                        st = FIELD_START;
                    }
                    break;
                case QUOTED:
                    if (c == '"') {
                        st = QUOTE_SEEN;
                    }
                    break;
                default: // QUOTE_SEEN
                    if (c == '"') {
                        st = QUOTED;
                    } else if (newline) {
                        st = RECORD_START;
                    } else if (c == sep) {
                        st = FIELD_START;
                    } else {
                        st = UNQUOTED;
                    }
                    break;
            }
        }
        state = st;
        line = ln;
        afterCr = cr;
        quoteLine = ql;
    }

    /** The physical line of the character read last (1 for the first line of the file). */
    long line() {
        return line;
    }

    /** Whether the whole input has been read and it ended inside a quoted value. */
    boolean endedInQuotes() {
        return eof && state == QUOTED;
    }

    /** The line on which the quoted value open at the end starts. */
    long quoteLine() {
        return quoteLine;
    }
}
