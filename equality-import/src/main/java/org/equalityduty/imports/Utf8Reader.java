package org.equalityduty.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and knows the line of a malformed byte: line feeds are counted in the bytes decoded (a
 * line feed byte is never part of a multi-byte UTF-8 sequence), so the error names the line it is on even though the
 * parser reads ahead.
 */
final class Utf8Reader extends Reader {

    /** The signal that the input is not UTF-8, with the line of the first bad byte. */
    static final class NotUtf8 extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        NotUtf8(long line) {
            super("not UTF-8 at line " + line);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
    private long line;
    private boolean eof;
    private boolean flushed;

    Utf8Reader(InputStream in) {
        this(in, 1);
    }

    /** A reader whose first byte is on line {@code firstLine} of the file. */
    Utf8Reader(InputStream in, long firstLine) {
        this.in = in;
        this.line = firstLine;
        bytes.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (!bytes.hasRemaining() && !eof) {
                fill();
            }
            int start = bytes.position();
            CoderResult result = decoder.decode(bytes, out, eof);
            count(start, bytes.position());
            if (result.isError()) {
                if (out.position() > offset) {
                    // The text before the bad byte first: the rows before it are read, whatever the buffers.
                    break;
                }
                throw new NotUtf8(line);
            }
            if (result.isUnderflow()) {
                if (eof) {
                    if (!flushed) {
                        decoder.flush(out);
                        flushed = true;
                    }
                    if (out.position() == offset) {
                        return -1;
                    }
                } else if (out.position() == offset) {
                    fill();
                }
            }
        }
        return out.position() - offset;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void count(int from, int to) {
        byte[] a = bytes.array();
        for (int i = from; i < to; i++) {
            if (a[i] == '\n') {
                line++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
