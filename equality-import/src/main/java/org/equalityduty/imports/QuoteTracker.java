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
            step((char) c);
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
        for (int i = offset, end = offset + n; i < end; i++) {
            step(buffer[i]);
        }
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

    private void step(char c) {
        boolean newline = c == '\n' || c == '\r';
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
            afterCr = false;
        } else if (c == '\r') {
            line++;
            afterCr = true;
        } else {
            afterCr = false;
        }
        switch (state) {
            case RECORD_START:
            case FIELD_START:
                if (c == '"') {
                    state = QUOTED;
                    quoteLine = line;
                } else if (comments && state == RECORD_START && c == '#') {
                    state = COMMENT;
                } else if (newline) {
                    state = RECORD_START;
                } else if (c == separator) {
                    state = FIELD_START;
                } else {
                    state = UNQUOTED;
                }
                break;
            case UNQUOTED:
            case COMMENT:
                if (newline) {
                    state = RECORD_START;
                } else if (c == separator && state == UNQUOTED) {
                    state = FIELD_START;
                }
                break;
            case QUOTED:
                if (c == '"') {
                    state = QUOTE_SEEN;
                }
                break;
            default: // QUOTE_SEEN
                if (c == '"') {
                    state = QUOTED;
                } else if (newline) {
                    state = RECORD_START;
                } else if (c == separator) {
                    state = FIELD_START;
                } else {
                    state = UNQUOTED;
                }
                break;
        }
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
