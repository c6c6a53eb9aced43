package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The CSV import contract ({@code docs/csv-import-contract.md}) over mutated and hostile files: the sample files
 * of {@code examples/data/} (cut to their first lines), changed by a list of edits (pieces of CSV syntax, byte
 * order marks, {@code sep=} lines, huge fields, mixed line ends, invalid UTF-8, random bytes, deleted and doubled
 * spans), each read through every entry point ({@link CsvImportContract#checkAll}): only the documented
 * outcomes, the same outcome from a stream and from a file, and the same outcome twice.
 */
class CsvImportContractProperties {

    /** Pieces of text inserted: CSV syntax, spreadsheet habits, codes, long and odd characters. */
    static final List<String> PIECES = List.of(",", ";", "\t", "|", "\"", "\"\"", "\"a,b\"", "\n", "\r\n", "\r",
            "\n\n", " ", "\u00A0", "\uFEFF", "sep=;\n", "sep=,\n", "sep=\t\n", "sep=x\n", "sep=;;\n", "#", "\u0000",
            "\u0007", "\u2028", "\uD83D\uDE00".repeat(25), "é", "M", "F", "X", "WBRI", "REFU", "E", "K", "N", "1",
            "0", "-1", "abc", "1e9", "99999999999999999999", "120", "80", "0.5", "£12.50", "144966",
            "x".repeat(70), "y".repeat(10_001), "pupil_id", "sex", "school_urn", "teacher", "appointed",
            "kind,field,from,to\n", "column,sex,Gender,\n", "value,sex,Male,M\n");

    /** Byte sequences that are not UTF-8: a lone continuation byte, an overlong NUL, an encoded surrogate, a code
     * point above U+10FFFF, a truncated sequence, bytes never used, and a UTF-16 byte order mark. */
    static final List<byte[]> BAD_BYTES = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE, (byte) 0xFF});

    static final List<byte[]> SEEDS = seeds();

    @TempDir
    Path folder;

    @Test
    void everyEntryPointKeepsTheContractOnMutatedSampleFiles() {
        qt().withExamples(250).withShrinkCycles(200).forAll(SourceDSL.integers().between(0, SEEDS.size() - 1),
                edits()).checkAssert((seed, edits) -> CsvImportContract.checkAll(apply(SEEDS.get(seed), edits),
                        folder));
    }

    @Test
    void everyEntryPointKeepsTheContractOnRandomBytes() {
        Gen<List<Integer>> bytes = SourceDSL.lists().of(SourceDSL.integers().between(0, 255)).ofSizeBetween(0, 300);
        qt().withExamples(150).forAll(bytes).checkAssert(b -> {
            byte[] input = new byte[b.size()];
            for (int i = 0; i < input.length; i++) {
                input[i] = (byte) (int) b.get(i);
            }
            CsvImportContract.checkAll(input, folder);
        });
    }

    /** Pieces of a value put into one field of a valid row. */
    static final List<String> VALUE_PIECES = List.of("\uD83D\uDE00", "\uD83D\uDE00\uD83D\uDE00", "\uD83C\uDDEC\uD83C\uDDE7",
            "\uD83D\uDC4D\uD83C\uDFFD", "a", "Z", "1", "9", "0", ".", "-", "+", "e",
            " ", "\u00A0", "\uFEFF", "\u0000", "\u001B", "\u007F", "\u2028", "\"", ",", ";", "\n", "\r", "#", "\\",
            "\u00E9", "\u4E2D", "\u0301", "%s", "${x}", "<b>", "WBRI", "M", "£", "x".repeat(39));

    @Test
    void anyValueInAnyFieldKeepsTheContract() {
        // One field of one row of a valid file (the seeds of the three layouts and the MIS export) is replaced by a
        // value of hostile pieces, written quoted (RFC 4180, quotes doubled) or raw: the value reaches the field's
        // parser and any problem shows it, cut and masked. (Streams only: files and streams are compared above.)
        Gen<List<Integer>> value = SourceDSL.lists().of(SourceDSL.integers().between(0, VALUE_PIECES.size() - 1))
                .ofSizeBetween(0, 50);
        qt().withExamples(300).forAll(SourceDSL.integers().between(0, 3), SourceDSL.integers().between(0, 10_000),
                value, SourceDSL.booleans().all()).checkAssert((seed, where, picks, quoted) -> {
                    StringBuilder v = new StringBuilder();
                    picks.forEach(i -> v.append(VALUE_PIECES.get(i)));
                    CsvImportContract.checkStreams(replaceField(SEEDS.get(seed), where, v.toString(), quoted));
                });
    }

    /** The seed with one field of one data row (chosen by {@code where}) replaced. */
    static byte[] replaceField(byte[] seed, int where, String value, boolean quoted) {
        String[] lines = new String(seed, StandardCharsets.UTF_8).split("\n", -1);
        int row = 1 + where % (lines.length - 2);
        String[] fields = lines[row].split(",", -1);
        fields[(where / 16) % fields.length] = quoted ? '"' + value.replace("\"", "\"\"") + '"' : value;
        lines[row] = String.join(",", fields);
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSeedsThemselvesImport() {
        // A check of the generator: the seeds are valid files that their own entry point reads, so that the
        // edits, not the seeds, make the bad inputs.
        Layout[] own = {Layout.PUPILS, Layout.STAFF, Layout.APPLICANTS, null, null, Layout.PUPILS, Layout.STAFF};
        for (int i = 0; i < own.length; i++) {
            CsvImportContract.Outcome o = own[i] == null ? CsvImportContract.readMapping(SEEDS.get(i))
                    : CsvImportContract.readStream(own[i], SEEDS.get(i), ImportOptions.defaults());
            if (i != 3) {
                assertFalse(o.failed, "seed " + i + ": " + o);
                assertEquals(0, o.problemCount, "seed " + i + ": " + o);
            }
        }
        assertTrue(CsvImportContract.readMapping(SEEDS.get(3)).failed, "the MIS export is not a mapping file");
    }

    /** A list of edits: each a position (a fraction of the length), an action and a piece. */
    static Gen<List<Integer>> edits() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 12);
    }

    /**
     * Applies the edits in order. Each edit is one number: the low bits choose the action (insert a piece, insert
     * bad bytes, delete a span, double a span, replace a byte), the rest the position and the piece.
     */
    static byte[] apply(byte[] seed, List<Integer> edits) {
        byte[] doc = seed;
        for (int edit : edits) {
            int action = edit % 5;
            int rest = edit / 5;
            int at = doc.length == 0 ? 0 : rest % (doc.length + 1);
            int choice = rest / 1031;
            switch (action) {
                case 0:
                    doc = insert(doc, at, PIECES.get(choice % PIECES.size()).getBytes(StandardCharsets.UTF_8));
                    break;
                case 1:
                    doc = insert(doc, at, BAD_BYTES.get(choice % BAD_BYTES.size()));
                    break;
                case 2:
                    doc = delete(doc, at, Math.min(doc.length - at, 1 + choice % 40));
                    break;
                case 3:
                    doc = insert(doc, at, Arrays.copyOfRange(doc, at, Math.min(doc.length, at + 1 + choice % 80)));
                    break;
                default:
                    if (at < doc.length) {
                        doc = doc.clone();
                        doc[at] = (byte) choice;
                    }
                    break;
            }
        }
        return doc;
    }

    private static byte[] insert(byte[] doc, int at, byte[] piece) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(doc.length + piece.length);
        out.write(doc, 0, at);
        out.write(piece, 0, piece.length);
        out.write(doc, at, doc.length - at);
        return out.toByteArray();
    }

    private static byte[] delete(byte[] doc, int at, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(doc.length);
        out.write(doc, 0, at);
        out.write(doc, at + length, doc.length - at - length);
        return out.toByteArray();
    }

    /**
     * The seeds: the first 12 lines of each sample file in {@code examples/data/} (the layouts, the MIS export
     * and the mapping file), with a byte order mark and CRLF variant of the pupils file, and the empty input.
     */
    static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        for (String name : List.of("pupils.csv", "staff.csv", "applicants.csv", "mis-export.csv",
                "mapping-example.csv")) {
            seeds.add(head(name, 12).getBytes(StandardCharsets.UTF_8));
        }
        seeds.add(("\uFEFF" + head("pupils.csv", 6).replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        seeds.add(("sep=;\n" + head("staff.csv", 6).replace(',', ';')).getBytes(StandardCharsets.UTF_8));
        seeds.add(new byte[0]);
        return List.copyOf(seeds);
    }

    /** The first lines of a sample file, each with its line feed. */
    static String head(String name, int lines) {
        try {
            List<String> all = Files.readAllLines(SampleData.DIR.resolve(name), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(0, Math.min(lines, all.size()))) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
