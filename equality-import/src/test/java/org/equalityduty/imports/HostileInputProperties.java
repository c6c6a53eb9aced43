package org.equalityduty.imports;

import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Whatever the bytes, a read either succeeds or fails with an {@link ImportException} that lists at least one
 * problem: never another exception, never a silent loss (rows read = used + rejected). The inputs are a valid
 * header followed by random pieces of CSV syntax (quotes, separators, line ends, a byte order mark, codes,
 * numbers, long runs) and random bytes that are not UTF-8.
 */
class HostileInputProperties {
    private static final List<String> PIECES = List.of(",", ";", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\uFEFF",
            "sep=;", "P1", "123456", "M", "F", "WBRI", "REFU", "N", "1", "0", "abc", "-1", "1e9", "100", "é", "\t",
            "x".repeat(300), "#", "\u0000");

    @Test
    void anyInputGivesASummaryOrAnImportException() {
        Gen<List<Integer>> pieces = SourceDSL.lists().of(SourceDSL.integers().between(0, PIECES.size() + 1))
                .ofSizeBetween(0, 200);
        qt().withExamples(400).forAll(pieces, SourceDSL.booleans().all()).checkAssert((picks, header) -> {
            StringBuilder text = new StringBuilder(header ? EqualityImportTest.HEADER + "\n" : "");
            ByteArrayOutputStreamish bytes = new ByteArrayOutputStreamish();
            for (int p : picks) {
                if (p == PIECES.size()) {
                    bytes.add(text);
                    bytes.raw((byte) 0xC3);
                } else if (p == PIECES.size() + 1) {
                    bytes.add(text);
                    bytes.raw((byte) 0xFF);
                } else {
                    text.append(PIECES.get(p));
                }
            }
            bytes.add(text);
            ImportOptions options = ImportOptions.defaults().withMaxFieldLength(256).withMaxProblems(5);
            try {
                ImportSummary s = EqualityImport.forEachPupil(new ByteArrayInputStream(bytes.toByteArray()), "f.csv",
                        options, row -> { });
                Assertions.assertEquals(s.getRowsRead(), s.getRowsUsed() + s.getRowsRejected());
                Assertions.assertTrue(s.getProblems().size() <= 5);
            } catch (ImportException e) {
                Assertions.assertFalse(e.getProblems().isEmpty());
                Assertions.assertTrue(e.getProblemCount() >= e.getProblems().size());
                Assertions.assertTrue(e.getMessage().startsWith("f.csv cannot be imported: "), e.getMessage());
            }
        });
    }

    @Test
    void anyMappingFileGivesAMappingOrAnImportException() {
        Gen<List<Integer>> pieces = SourceDSL.lists().of(SourceDSL.integers().between(0, MAPPING_PIECES.size() - 1))
                .ofSizeBetween(0, 120);
        qt().withExamples(300).forAll(pieces).checkAssert(picks -> {
            StringBuilder text = new StringBuilder("kind,field,from,to\n");
            for (int p : picks) {
                text.append(MAPPING_PIECES.get(p));
            }
            try {
                Mapping m = Mapping.read(Csv.bytes(text.toString()), "m.csv");
                Assertions.assertNotNull(m.toString());
            } catch (ImportException e) {
                Assertions.assertFalse(e.getProblems().isEmpty());
                Assertions.assertTrue(e.getMessage().startsWith("m.csv cannot be imported: "), e.getMessage());
            }
        });
    }

    private static final List<String> MAPPING_PIECES = List.of(",", "\n", "\"", "column", "value", "sex", "Gender",
            "Male", "M", "ethnicity", "WBRI", "ks2_reading", "#", " ", "x");

    /** Text and raw bytes in order. */
    private static final class ByteArrayOutputStreamish {
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        void add(StringBuilder text) {
            out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
        }

        void raw(byte b) {
            out.write(b);
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
