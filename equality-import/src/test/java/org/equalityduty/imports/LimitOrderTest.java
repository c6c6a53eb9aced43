package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When a file breaks two limits, the first in file order is the one named ({@link EqualityImport}'s "Problems" and
 * {@code docs/csv-import-contract.md}): each pair of limits both ways round, and each limit at its boundary, on both
 * paths of a pupils read (the byte path of {@code forEachPupil} and the general path alone), with the exact message
 * a user reads, and the number of rows the byte path read itself before it handed on (or stopped).
 *
 * <p>The limits are placed by counting bytes by hand. The header {@value #HEADER} is 51 bytes, and its line feed is
 * byte 52; each row {@code P<i>,100001,F,WBRI,N,0} is 20 bytes and its line feed, so row {@code i} (on line
 * {@code i + 1}) ends with its line feed at byte 52 + 21 i: row 1 at 73, row 2 at 94, row 3 at 115.
 */
class LimitOrderTest {
    static final String HEADER = "pupil_id,school_urn,sex,ethnicity,sen,disadvantaged";
    private static final String ONE = "pupils.csv cannot be imported: 1 problem\n  ";
    private static final String LONG_ETHNICITY = "the value is longer than 16 characters (the limit); a quote that is"
            + " never closed makes the rest of the file one value";
    private static final ImportOptions TWO_ROWS = ImportOptions.defaults().withMaxRows(2);
    private static final ImportOptions SHORT_FIELDS = ImportOptions.defaults().withMaxFieldLength(16);

    private static String row(int i) {
        return "P" + i + ",100001,F,WBRI,N,0";
    }

    /** The header and rows 1 to {@code n}, each line ended by {@code end}. */
    private static String file(int n, String end) {
        StringBuilder s = new StringBuilder(HEADER).append(end);
        for (int i = 1; i <= n; i++) {
            s.append(row(i)).append(end);
        }
        return s.toString();
    }

    /**
     * Reads the file both ways and returns the outcome (the message of the failure), after checking that the two
     * paths give the same and that the byte path read {@code here} rows itself.
     */
    private static String read(String file, ImportOptions options, long here) {
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        String general = PupilBytesTest.generalPath(bytes, options);
        PupilBytesTest.Read fast = PupilBytesTest.bytePath(bytes, options);
        assertEquals(general, fast.outcome(), "the byte path and the general path: " + file);
        assertEquals(here, fast.here(), "rows the byte path read itself: " + file);
        return general;
    }

    @Test
    void theBytesAreCountedAsTheClassSays() {
        assertEquals(52, file(0, "\n").length());
        assertEquals(73, file(1, "\n").length());
        assertEquals(115, file(3, "\n").length());
    }

    @Test
    void aRowOverTheRowLimitThatEndsWithinTheSizeLimitIsOverTheRowLimit() {
        String file = file(4, "\n");
        String rows = ONE + "line 4: the file has more than 2 rows (the limit)";
        assertEquals(rows, read(file, TWO_ROWS.withMaxFileBytes(120), 2), "the size limit in row 4");
        assertEquals(rows, read(file, TWO_ROWS.withMaxFileBytes(115), 2), "row 3's line feed the last byte within");
        assertEquals(ONE + "the file is larger than 114 bytes (the limit)",
                read(file, TWO_ROWS.withMaxFileBytes(114), 2), "row 3's line feed the first byte beyond");
        assertEquals(ONE + "the file is larger than 100 bytes (the limit)",
                read(file, TWO_ROWS.withMaxFileBytes(100), 2), "the size limit inside row 3");
    }

    @Test
    void aCarriageReturnEndsARowEvenWhenItsLineFeedIsBeyondTheSizeLimit() {
        // CRLF: the header's CR is byte 52 and LF 53; row i's CR is byte 53 + 22 i - 1: row 3's at 118, its LF 119.
        String file = file(4, "\r\n");
        assertEquals(119, file(3, "\r\n").length());
        assertEquals(ONE + "line 4: the file has more than 2 rows (the limit)",
                read(file, TWO_ROWS.withMaxFileBytes(118), 2));
        assertEquals(ONE + "the file is larger than 117 bytes (the limit)",
                read(file, TWO_ROWS.withMaxFileBytes(117), 2));
    }

    @Test
    void aStreamOneByteOverTheLimitStaysOver() {
        // The file is rows 1 to 3, 115 bytes, with a limit of 114: the only byte beyond is row 3's line feed. The
        // byte path meets the limit reading that byte, and hands row 3's 20 bytes to the general path, whose next
        // read must fail again: were the stream to answer that it has ended, row 3 would be read as a last row
        // without its line end, and a file over the limit imported.
        assertEquals(ONE + "the file is larger than 114 bytes (the limit)",
                read(file(3, "\n"), ImportOptions.defaults().withMaxFileBytes(114), 2));
        assertEquals(ONE + "the file is larger than 114 bytes (the limit)",
                read(file(3, "\n"), TWO_ROWS.withMaxFileBytes(114), 2));
    }

    @Test
    void aLongValueEndingWithinTheSizeLimitIsTooLong() {
        // Row 2 with 17 x's for its ethnicity: "P2,100001,F," ends at byte 73 + 12 = 85, the x's are bytes 86 to 102
        // and their comma byte 103. The value is measured at its comma.
        String file = HEADER + "\n" + row(1) + "\nP2,100001,F," + "x".repeat(17) + ",N,0\n" + row(3) + "\n";
        String tooLong = ONE + "line 3, column 'ethnicity': " + LONG_ETHNICITY;
        assertEquals(tooLong, read(file, SHORT_FIELDS.withMaxFileBytes(110), 1), "the size limit later in row 2");
        assertEquals(tooLong, read(file, SHORT_FIELDS.withMaxFileBytes(103), 1), "the comma the last byte within");
        assertEquals(ONE + "the file is larger than 102 bytes (the limit)",
                read(file, SHORT_FIELDS.withMaxFileBytes(102), 1), "the comma the first byte beyond");
        assertEquals(ONE + "the file is larger than 95 bytes (the limit)",
                read(file, SHORT_FIELDS.withMaxFileBytes(95), 1), "the size limit inside the value");
    }

    @Test
    void aLongValueInARowOverTheRowLimitIsTooLong() {
        String longThird = file(2, "\n") + "P3,100001,F," + "x".repeat(17) + ",N,0\n" + row(4) + "\n";
        assertEquals(ONE + "line 4, column 'ethnicity': " + LONG_ETHNICITY,
                read(longThird, TWO_ROWS.withMaxFieldLength(16), 2), "the row is read whole before it is counted");
        // The long value in the row after the one over the limit is never reached: nothing after a row is read
        // before the row has been handled.
        String longFourth = file(3, "\n") + "P4,100001,F," + "x".repeat(17) + ",N,0\n";
        assertEquals(ONE + "line 4: the file has more than 2 rows (the limit)",
                read(longFourth, TWO_ROWS.withMaxFieldLength(16), 2));
    }

    @Test
    void aHeaderOverTheFieldLimit() {
        // The header and ks4_english_maths_grade (23 characters, bytes 53 to 75), its line feed byte 76.
        String header = HEADER + ",ks4_english_maths_grade\n";
        String file = header + "P1,100001,F,WBRI,N,0,5\nP2,100001,F,WBRI,N,0,5\n";
        String tooLong = ONE + "line 1: " + LONG_ETHNICITY;
        assertEquals(tooLong, read(file, SHORT_FIELDS, 0));
        assertEquals(tooLong, read(file, SHORT_FIELDS.withMaxFileBytes(80), 0), "the size limit in row 1");
        assertEquals(tooLong, read(file, SHORT_FIELDS.withMaxFileBytes(76), 0), "the header's line feed within");
        assertEquals(ONE + "the file is larger than 75 bytes (the limit)",
                read(file, SHORT_FIELDS.withMaxFileBytes(75), 0), "the header's line feed beyond");
        assertEquals(ONE + "the file is larger than 60 bytes (the limit)",
                read(file, SHORT_FIELDS.withMaxFileBytes(60), 0), "the size limit inside the long name");
    }

    @Test
    void aHeaderOverTheSizeLimit() {
        String file = file(2, "\n");
        assertEquals(ONE + "the file is larger than 30 bytes (the limit)",
                read(file, ImportOptions.defaults().withMaxFileBytes(30), 0));
        assertEquals(ONE + "the file is larger than 51 bytes (the limit)",
                read(file, ImportOptions.defaults().withMaxFileBytes(51), 0), "the header's line feed beyond");
        assertEquals(ONE + "the file is larger than 52 bytes (the limit)",
                read(file, ImportOptions.defaults().withMaxFileBytes(52), 0), "the header whole, row 1 beyond");
        // A header's own problem comes at its line end, before the size limit in row 1: "pupil_id,school_urn,
        // ethnicity,sen,disadvantaged" is 47 bytes and its line feed 48.
        String noSex = "pupil_id,school_urn,ethnicity,sen,disadvantaged\nP1,100001,WBRI,N,0\n";
        assertEquals(ONE + "line 1, column 'sex': required column is missing",
                read(noSex, ImportOptions.defaults().withMaxFileBytes(55), 0));
        assertEquals(ONE + "the file is larger than 47 bytes (the limit)",
                read(noSex, ImportOptions.defaults().withMaxFileBytes(47), 0));
    }

    @Test
    void aLongValueInTheFirstRowNamesItsColumn() {
        // The header is read before the first row: the column is known when the value is found too long.
        String file = HEADER + "\nP1,100001,F," + "x".repeat(17) + ",N,0\n";
        assertEquals(ONE + "line 2, column 'ethnicity': " + LONG_ETHNICITY, read(file, SHORT_FIELDS, 0));
    }

    /**
     * A stream that gives its bytes in one read, then fails once, then says it has ended: a reader that reads on
     * after the failure would take the end for the end of the file.
     */
    private static final class FailsOnce extends InputStream {
        private final ByteArrayInputStream bytes;
        private int reads;

        FailsOnce(String text) {
            this.bytes = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = bytes.read(b, off, len);
            if (n >= 0) {
                return n;
            }
            if (reads++ == 0) {
                throw new IOException("the network drive went away");
            }
            return -1;
        }
    }

    @Test
    void aStreamThatFailsStaysFailed() {
        String file = file(2, "\n");
        String failed = ONE + "the file cannot be read: the network drive went away";
        List<PupilRow> rows = new ArrayList<>();
        ImportException general = assertThrows(ImportException.class,
                () -> EqualityImport.read(Layout.PUPILS, new FailsOnce(file), "pupils.csv", ImportOptions.defaults(),
                        PupilRow::parse, rows::add));
        assertEquals(failed, general.getMessage());
        assertEquals(2, rows.size(), "both rows before the failure reach the sink");
        // The byte path reads both rows itself, meets the failure when it reads on, and hands the general path the
        // stream, which fails again.
        rows.clear();
        ImportException bytes = assertThrows(ImportException.class,
                () -> EqualityImport.forEachPupil(new FailsOnce(file), "pupils.csv", ImportOptions.defaults(),
                        rows::add));
        assertEquals(failed, bytes.getMessage());
        assertEquals(2, rows.size());
        // With the row limit at 1, row 2 is over it and whole before the failure.
        assertEquals(ONE + "line 3: the file has more than 1 rows (the limit)", assertThrows(ImportException.class, () -> EqualityImport.forEachPupil(new FailsOnce(file),
                        "pupils.csv", ImportOptions.defaults().withMaxRows(1), r -> { })).getMessage());
    }
}
