package org.equalityduty.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
