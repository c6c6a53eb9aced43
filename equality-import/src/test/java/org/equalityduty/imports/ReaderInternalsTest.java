package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The readers' building blocks, each against values counted by hand: the byte limit (inclusive), the quote and
 * line tracking (CRLF, LF and CR each end one line; a quote opens a value only at a field's start), and the text
 * helpers (cleaning, header keys, values shown in messages).
 */
class ReaderInternalsTest {

    @Test
    void theByteLimitIsInclusiveForEveryWayOfReading() throws IOException {
        LimitedInputStream one = new LimitedInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}), 3);
        assertEquals(1, one.read());
        assertEquals(2, one.read());
        assertEquals(3, one.read());
        assertEquals(-1, one.read(), "the end, not over the limit");
        LimitedInputStream over = new LimitedInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}), 2);
        over.read();
        over.read();
        assertThrows(LimitedInputStream.OverLimit.class, over::read);
        // Zero bytes count as any other.
        LimitedInputStream zeros = new LimitedInputStream(new ByteArrayInputStream(new byte[3]), 2);
        assertEquals(0, zeros.read());
        assertEquals(0, zeros.read());
        assertThrows(LimitedInputStream.OverLimit.class, zeros::read);
        LimitedInputStream block = new LimitedInputStream(new ByteArrayInputStream(new byte[4]), 4);
        assertEquals(4, block.read(new byte[8], 0, 8));
        assertEquals(-1, block.read(new byte[8], 0, 8));
        // Exactly at the limit: the bytes up to it are read, and the failure comes when one beyond it is asked for.
        LimitedInputStream blockOver = new LimitedInputStream(new ByteArrayInputStream(new byte[5]), 4);
        assertEquals(3, blockOver.read(new byte[8], 0, 3));
        assertEquals(1, blockOver.available(), "one byte left under the limit, though the stream has two");
        assertEquals(1, blockOver.read(new byte[8], 0, 8));
        assertEquals(0, blockOver.available());
        assertThrows(LimitedInputStream.OverLimit.class, () -> blockOver.read(new byte[8], 0, 8));
        LimitedInputStream skipping = new LimitedInputStream(new ByteArrayInputStream(new byte[6]), 4);
        assertEquals(4, skipping.skip(4));
        assertThrows(LimitedInputStream.OverLimit.class, () -> skipping.skip(1));
        assertFalse(skipping.markSupported(), "mark would let a reset read bytes twice past the count");
    }

    /**
     * A stream of zero bytes that counts the reads asked of it and, if told to, fails once at its end (a later read
     * says the end, as a stream may after a failure).
     */
    private static final class Counting extends java.io.InputStream {
        private final ByteArrayInputStream bytes;
        private final boolean fail;
        private boolean thrown;
        int reads;

        Counting(int size, boolean fail) {
            this.bytes = new ByteArrayInputStream(new byte[size]);
            this.fail = fail;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            reads++;
            int n = bytes.read(b, off, len);
            if (n < 0 && fail && !thrown) {
                thrown = true;
                throw new IOException("the disk went away");
            }
            return n;
        }
    }

    @Test
    void overTheLimitStaysOver() throws IOException {
        // Five bytes, a limit of 4: the fifth byte is read to learn that there is one, and the failure thrown.
        Counting five = new Counting(5, false);
        LimitedInputStream over = new LimitedInputStream(five, 4);
        assertEquals(4, over.read(new byte[8], 0, 8));
        LimitedInputStream.OverLimit first = assertThrows(LimitedInputStream.OverLimit.class, over::read);
        int reads = five.reads;
        // Every later way of reading throws the same again, and reads nothing more of the stream (whose next
        // answer would be its end).
        assertSame(first, assertThrows(IOException.class, over::read));
        assertSame(first, assertThrows(IOException.class, () -> over.read(new byte[8], 0, 8)));
        assertSame(first, assertThrows(IOException.class, () -> over.read(new byte[8], 0, 0)));
        assertSame(first, assertThrows(IOException.class, () -> over.skip(1)));
        assertSame(first, assertThrows(IOException.class, over::available));
        assertEquals(reads, five.reads);
        // The same when the block read is the one that meets the limit, and when a skip does.
        LimitedInputStream block = new LimitedInputStream(new Counting(5, false), 4);
        assertEquals(4, block.read(new byte[4], 0, 4));
        IOException blockFirst = assertThrows(LimitedInputStream.OverLimit.class, () -> block.read(new byte[4], 0, 4));
        assertSame(blockFirst, assertThrows(IOException.class, block::read));
        LimitedInputStream skip = new LimitedInputStream(new Counting(5, false), 4);
        assertEquals(4, skip.skip(10), "a skip stops at the limit");
        IOException skipFirst = assertThrows(LimitedInputStream.OverLimit.class, () -> skip.skip(1));
        assertSame(skipFirst, assertThrows(IOException.class, skip::read));
        // A skip after some bytes stops at the limit too (2 of the 4 left); a skip of nothing at the limit reads
        // nothing, so the failure comes with the next read.
        LimitedInputStream part = new LimitedInputStream(new Counting(6, false), 4);
        assertEquals(0, part.read());
        assertEquals(0, part.read());
        assertEquals(2, part.skip(10));
        assertEquals(0, part.skip(0));
        assertThrows(LimitedInputStream.OverLimit.class, part::read);
        // At the limit with nothing beyond: a skip skips nothing, a read says the end, and no failure.
        LimitedInputStream exact = new LimitedInputStream(new Counting(4, false), 4);
        assertEquals(0, exact.skip(0));
        assertEquals(4, exact.skip(4));
        assertEquals(0, exact.skip(1));
        assertEquals(-1, exact.read());
        assertEquals(0, exact.available());
    }

    @Test
    void aFailureOfTheStreamStays() throws IOException {
        // Two bytes, then the stream fails once (its later reads would say the end): the failure is thrown again.
        Counting failing = new Counting(2, true);
        LimitedInputStream in = new LimitedInputStream(failing, 100);
        assertEquals(2, in.read(new byte[8], 0, 8));
        IOException first = assertThrows(IOException.class, () -> in.read(new byte[8], 0, 8));
        assertEquals("the disk went away", first.getMessage());
        int reads = failing.reads;
        assertSame(first, assertThrows(IOException.class, in::read));
        assertSame(first, assertThrows(IOException.class, () -> in.skip(1)));
        assertSame(first, assertThrows(IOException.class, in::available));
        assertEquals(reads, failing.reads, "nothing more is asked of the stream");
        // A failure of one byte's read, and of the read beyond the limit, stays too.
        LimitedInputStream one = new LimitedInputStream(new Counting(0, true), 100);
        IOException oneFirst = assertThrows(IOException.class, one::read);
        assertSame(oneFirst, assertThrows(IOException.class, one::read));
        LimitedInputStream atLimit = new LimitedInputStream(new Counting(1, true), 1);
        assertEquals(0, atLimit.read());
        IOException beyond = assertThrows(IOException.class, atLimit::read);
        assertEquals("the disk went away", beyond.getMessage());
        assertSame(beyond, assertThrows(IOException.class, atLimit::read));
    }

    @Test
    void linesAndQuotesAreTrackedCharacterByCharacter() throws IOException {
        // "a\r\nb\rc\nd": lines 1 (a), 2 (b), 3 (c), 4 (d); CRLF counts once.
        QuoteTracker t = new QuoteTracker(new StringReader("a\r\nb\rc\nd"), ',', false, 1);
        int[] lines = new int[8];
        for (int i = 0; i < 8; i++) {
            assertTrue(t.read() >= 0);
            lines[i] = (int) t.line();
        }
        assertEquals("[1, 2, 2, 2, 3, 3, 4, 4]", java.util.Arrays.toString(lines));
        assertEquals(-1, t.read());
        assertFalse(t.endedInQuotes());
        // A quote at a field's start opens a value that runs past the line end: the input ends inside it.
        QuoteTracker open = new QuoteTracker(new StringReader("x,\"a\nb"), ',', false, 1);
        assertEquals(6, open.skip(100));
        assertEquals(-1, open.read());
        assertTrue(open.endedInQuotes());
        assertEquals(1, open.quoteLine());
        assertEquals(2, open.line());
        // A quote inside an unquoted value, or after a doubled quote and a separator, is closed normally.
        QuoteTracker closed = new QuoteTracker(new StringReader("a\"b,\"c\"\"d\",\"e\"\r\n\"f\""), ',', false, 1);
        char[] buffer = new char[64];
        assertEquals(19, closed.read(buffer, 0, 64));
        assertEquals(-1, closed.read(buffer, 0, 64));
        assertFalse(closed.endedInQuotes());
        assertEquals(2, closed.line());
        // A quote after a separator opens a value, after a closing quote and a line end too.
        QuoteTracker reopened = new QuoteTracker(new StringReader("\"a\"\n\"b"), ',', false, 1);
        reopened.skip(10);
        reopened.read();
        assertTrue(reopened.endedInQuotes());
        assertEquals(2, reopened.quoteLine());
        QuoteTracker afterSeparator = new QuoteTracker(new StringReader("\"a\",\"b"), ',', false, 1);
        afterSeparator.skip(10);
        afterSeparator.read();
        assertTrue(afterSeparator.endedInQuotes());
        // With comments, a '#' line's quote is part of the comment; without, it opens a value.
        QuoteTracker comment = new QuoteTracker(new StringReader("#\"x\ny"), ',', true, 1);
        comment.skip(10);
        comment.read();
        assertFalse(comment.endedInQuotes());
        QuoteTracker noComment = new QuoteTracker(new StringReader("#,\"x\ny"), ',', false, 1);
        noComment.skip(10);
        noComment.read();
        assertTrue(noComment.endedInQuotes());
        // The first line number is the caller's: after a sep= line, 2.
        QuoteTracker second = new QuoteTracker(new StringReader("a"), ';', false, 2);
        second.read();
        assertEquals(2, second.line());
    }

    @Test
    void textHelpers() {
        assertEquals("a b", Text.clean("\u00A0 a b\t"));
        assertEquals("a", Text.clean("a "), "trailing space only");
        assertEquals("a", Text.clean(" a"), "leading space only");
        // One to nine digits, -1 for anything else (the empty string included).
        assertEquals(-1, Fields.digitsValue(""));
        assertEquals(109, Fields.digitsValue("109"));
        assertEquals(90, Fields.digitsValue("090"));
        assertEquals(-1, Fields.digitsValue("1x"));
        String untouched = "ab";
        assertTrue(untouched == Text.clean(untouched), "a clean value is returned as it is");
        assertEquals("pupil_id", Text.headerKey("_Pupil ID"), "a leading separator makes no underscore");
        assertEquals("pupil_id", Text.headerKey("pupil - id."));
        assertEquals("male", Text.valueKey("  MALE "));
        assertEquals("x".repeat(40), Text.show("x".repeat(40)), "40 characters are shown whole");
        assertEquals("x".repeat(37) + "...", Text.show("x".repeat(41)));
        // A pair at the cut (chars 36 and 37) is left out whole; a pair just before it is kept whole.
        String emoji = "\uD83D\uDE00";
        assertEquals("x".repeat(36) + "...", Text.show("x".repeat(36) + emoji + "y".repeat(10)));
        assertEquals("x".repeat(35) + emoji + "...", Text.show("x".repeat(35) + emoji + "y".repeat(10)));
        assertEquals("1,234,567", Text.count(1_234_567));
    }

    @Test
    void mappingsAreEqualByTheirColumnsAndValues() throws ImportException {
        Mapping a = Mapping.read(Csv.bytes("kind,field,from,to\ncolumn,sex,Gender,\n,,,\nvalue,sex,Male,M\n"), "a.csv");
        Mapping b = Mapping.read(Csv.bytes("kind,field,from,to\ncolumn,sex,Gender,\nvalue,sex,Male,M\n"), "b.csv");
        Mapping c = Mapping.read(Csv.bytes("kind,field,from,to\ncolumn,sex,Gender,\n"), "c.csv");
        assertEquals(a, b, "a blank row is skipped");
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertNotEquals(a.hashCode(), c.hashCode());
        assertEquals(java.util.Map.of("gender", "sex"), c.getColumns());
        assertNotEquals(a, "a mapping");
        assertTrue(a.mapsValues("sex"));
        assertFalse(c.mapsValues("sex"));
    }
}
