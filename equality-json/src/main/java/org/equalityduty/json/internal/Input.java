package org.equalityduty.json.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Turns every kind of input into characters the same way, so that all read entry points agree. Not part of the
 * public API.
 *
 * <p>Bytes are decoded strictly: the encoding is UTF-8, UTF-16 or UTF-32, detected from a byte order mark or,
 * as RFC 4627 describes, from the pattern of zero bytes at the start; bytes that do not encode a character in
 * it (an overlong form such as {@code C0 80}, an encoded surrogate such as {@code ED A0 80}, a code point beyond
 * U+10FFFF such as {@code F4 90 80 80}, a truncated sequence) are replaced by {@link #MALFORMED}, an unpaired
 * surrogate that no valid input decodes to, so that the tree reader reports them with a pointer like any other
 * invalid text. One leading byte order mark (U+FEFF) is skipped, whether the input is bytes, a reader or a
 * string.
 *
 * @since 0.2.0
 */
public final class Input {
    /** What bytes that are not a character decode to: an unpaired low surrogate. */
    static final char MALFORMED = '\uDFFF';

    private static final char BOM = '\uFEFF';
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private Input() {
    }

    /**
     * Reads text.
     *
     * @param json  the document, not null
     * @param max  the most characters allowed
     * @return the characters, without a leading byte order mark, not null
     */
    public static Reader of(String json, long max) {
        return withoutBom(Limited.reader(new StringReader(json), max));
    }

    /**
     * Reads characters; the reader is not closed.
     *
     * @param in  the characters, not null
     * @param max  the most characters allowed
     * @return the characters, without a leading byte order mark, not null
     */
    public static Reader of(Reader in, long max) {
        return withoutBom(Limited.reader(in, max));
    }

    /**
     * Decodes bytes; the stream is not closed.
     *
     * @param in  the bytes, not null
     * @param max  the most bytes allowed
     * @return the characters, without a leading byte order mark, not null
     * @throws IOException if the stream cannot be read, or is longer than the limit
     */
    public static Reader of(InputStream in, long max) throws IOException {
        PushbackInputStream bytes = new PushbackInputStream(Limited.stream(in, max), 4);
        byte[] head = bytes.readNBytes(4);
        bytes.unread(head);
        CharsetDecoder decoder = encoding(head).newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(MALFORMED));
        return withoutBom(new InputStreamReader(bytes, decoder));
    }

    /**
     * The bytes of a stream, read whole before any parsing when they fit the document length limit, so that a
     * document of plain UTF-8 can be parsed straight from them; a stream longer than that, or one that fails, is
     * kept as it was read so far, and {@link #replay} gives the reader exactly the bytes and the failure the
     * stream gave.
     *
     * @since 0.2.0
     */
    public static final class Bytes {
        /** The most bytes read whole: a longer document is read as a stream, as before. */
        static final int MAX_WHOLE = 1 << 24;

        private static final byte[] NONE = new byte[0];

        private final byte[] buffer;
        private final int length;
        private final boolean more;
        private final @Nullable Exception failure;

        private Bytes(byte[] buffer, int length, boolean more, @Nullable Exception failure) {
            this.buffer = buffer;
            this.length = length;
            this.more = more;
            this.failure = failure;
        }

        /**
         * Reads a stream to its end, or until it has given one byte more than the limit (or than
         * {@link #MAX_WHOLE}), or until it fails; the stream is not closed, and a failure is kept, not thrown.
         *
         * @param in  the stream, not null
         * @param max  the most bytes of a document
         * @return the bytes read, not null
         */
        public static Bytes read(InputStream in, long max) {
            long most = Math.min(max, MAX_WHOLE);
            byte[] buffer = NONE;
            // One buffer of the right size when the stream knows how much it holds (a file, bytes in memory).
            long hint = hint(in);
            int n = 0;
            try {
                while (true) {
                    if (n == buffer.length) {
                        if (n > most) {
                            return new Bytes(buffer, n, true, null);
                        }
                        buffer = Arrays.copyOf(buffer, (int) Math.min(most + 1, Math.max(Math.max(8192L, hint), 2L * n)));
                    }
                    int read = in.read(buffer, n, buffer.length - n);
                    if (read < 0) {
                        return new Bytes(buffer, n, false, null);
                    }
                    n += read;
                }
            } catch (IOException | RuntimeException ex) {
                return new Bytes(buffer, n, false, ex);
            }
        }

        /** What the stream says it holds, plus one byte to see its end; 0 if it cannot say. */
        private static long hint(InputStream in) {
            try {
                return in.available() + 1L;
            } catch (IOException | RuntimeException ex) {
                return 0; // only a hint: the read itself will say whether the stream works
            }
        }

        /**
         * Gets the buffer; its first {@link #length()} bytes are the ones read.
         *
         * @return the buffer, not null
         */
        public byte[] buffer() {
            return buffer;
        }

        /**
         * Gets the number of bytes read.
         *
         * @return the count
         */
        public int length() {
            return length;
        }

        /**
         * Finds where a parser of UTF-8 bytes may start on the document and read it exactly as the characters
         * {@link Input#of(InputStream, long)} decodes: only when the stream was read whole, without a failure,
         * and its bytes are well-formed UTF-8 (Unicode's table 3-7: no overlong form, no encoded surrogate,
         * nothing above U+10FFFF, no truncated sequence) without a zero byte (so that nothing can be taken for
         * UTF-16 or UTF-32), and do not start with two byte order marks (a parser skips one; the one that
         * {@code of} skips is skipped here).
         *
         * @return the offset of the document after a byte order mark (0 or 3), or -1 if the bytes must be read
         *     as a stream
         */
        public int utf8Start() {
            if (more || failure != null) {
                return -1;
            }
            int start = bom(0) ? 3 : 0;
            return bom(start) ? -1 : wellFormed(buffer, start, length) ? start : -1;
        }

        private boolean bom(int at) {
            return at + 2 < length && buffer[at] == (byte) 0xEF && buffer[at + 1] == (byte) 0xBB
                    && buffer[at + 2] == (byte) 0xBF;
        }

        /**
         * Gives the stream as it was: the bytes read, then the rest of the stream if it was not read to its
         * end, or the failure it gave.
         *
         * @param rest  the stream the bytes came from, not null
         * @return the stream, not null
         */
        public InputStream replay(InputStream rest) {
            InputStream read = new ByteArrayInputStream(buffer, 0, length);
            Exception ex = failure;
            if (ex != null) {
                return new SequenceInputStream(read, new InputStream() {
                    @Override
                    public int read() throws IOException {
                        return read(new byte[1], 0, 1);
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        if (ex instanceof IOException io) {
                            throw io;
                        }
                        throw (RuntimeException) ex;
                    }
                });
            }
            return more ? new SequenceInputStream(read, rest) : read;
        }
    }

    /**
     * Checks that {@code bytes[from, to)} are well-formed UTF-8 without a zero byte.
     *
     * @param bytes  the bytes, not null
     * @param from  the first
     * @param to  after the last
     * @return true if every byte is part of a well-formed sequence and none is zero
     */
    static boolean wellFormed(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b > 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            if (b < 0xC2 || b > 0xF4) {
                return false; // zero, a continuation byte, an overlong lead (C0, C1), or beyond U+10FFFF
            }
            int n = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
            if (i + n >= to) {
                return false;
            }
            int b1 = bytes[i + 1] & 0xFF;
            int low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
            int high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
            if (b1 < low || b1 > high) {
                return false;
            }
            for (int k = 2; k <= n; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += n + 1;
        }
        return true;
    }

    /** Detects the encoding of a JSON text from its first (up to) four bytes. */
    static Charset encoding(byte[] head) {
        int n = head.length;
        int b0 = n > 0 ? head[0] & 0xFF : -1;
        int b1 = n > 1 ? head[1] & 0xFF : -1;
        int b2 = n > 2 ? head[2] & 0xFF : -1;
        int b3 = n > 3 ? head[3] & 0xFF : -1;
        if (n == 4 && b0 == 0 && b1 == 0 && ((b2 == 0xFE && b3 == 0xFF) || (b2 == 0 && b3 != 0))) {
            return UTF_32BE; // a mark 00 00 FE FF, or 00 00 00 xx
        }
        if (n == 4 && b2 == 0 && b3 == 0 && ((b0 == 0xFF && b1 == 0xFE) || (b0 != 0 && b1 == 0))) {
            return UTF_32LE; // a mark FF FE 00 00, or xx 00 00 00
        }
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 > 0)) {
            return StandardCharsets.UTF_16BE; // a mark FE FF, or 00 xx
        }
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 > 0 && b1 == 0)) {
            return StandardCharsets.UTF_16LE; // a mark FF FE, or xx 00
        }
        return StandardCharsets.UTF_8;
    }

    private static Reader withoutBom(Reader in) {
        PushbackReader reader = new PushbackReader(in, 1) {
            @Override
            public void close() {
                // the caller owns the input
            }
        };
        return new java.io.FilterReader(reader) {
            private boolean started;

            @Override
            public int read() throws IOException {
                skipBom();
                return super.read();
            }

            @Override
            public int read(char[] buffer, int off, int len) throws IOException {
                skipBom();
                return super.read(buffer, off, len);
            }

            private void skipBom() throws IOException {
                if (!started) {
                    started = true;
                    int c = reader.read();
                    if (c >= 0 && c != BOM) {
                        reader.unread(c);
                    }
                }
            }

            @Override
            public void close() {
                // the caller owns the input
            }
        };
    }
}
