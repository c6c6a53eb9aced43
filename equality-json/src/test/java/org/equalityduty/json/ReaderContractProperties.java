package org.equalityduty.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.equalityduty.json.ReaderContract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader contract over mutated golden documents: byte flips, insertions of hostile fragments, truncations,
 * values replaced by big numbers, deep nesting and odd Unicode. Whatever the input, only the documented exception
 * escapes, every problem has a valid RFC 6901 pointer into the document, and reading is deterministic
 * ({@link ReaderContract} states the oracle).
 */
class ReaderContractProperties {
    /** Fragments a hostile or careless writer puts in a document. */
    static final List<String> FRAGMENTS = List.of("1e2147483648", "1e-2147483648", "1e2147483647", "-1e2147483647",
            "5e2147483647", "1e9999999999", "1e1000", "-0", "0.000000000000000000001", "123456789012345678901234567890123",
            "18446744073709551616", "-4294967295", "\"P9999W\"", "\"P0D\"", "\"\\ud800\"", "\"\\udc00\"",
            "\"\\udfff\\ud800\"", "\"\\u0000\"", "\"\\ud83d\\ude00\"", "\"\uFFFE\uFFFF\"", "\"\uDBFF\uDFFF\"", "\uFEFF",
            "\uD800", "null", "true", "[]", "{}", "[", "{", "]", "}", ",", ":", "\"", "\\", "\"kind\":", "\"x\":1,",
            "\"2024-02-30\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"" + "n".repeat(201) + "\":1,", "/*", "NaN",
            "Infinity", "\t", "\n", "\u0000", "\u2028");

    /** Raw byte sequences that are not valid UTF-8, or odd encodings of characters. */
    static final List<byte[]> BYTES = List.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {0, 0, 0}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {0});

    private static final int EXAMPLES = 1_000;

    /** One mutation of one golden document, chosen by four numbers. */
    static byte[] mutate(Kind kind, int seed, int how, int where, int what) {
        List<String> seeds = ReaderContract.seeds(kind);
        String text = seeds.get(Math.floorMod(seed, seeds.size()));
        byte[] bytes = ReaderContract.utf8(text);
        int at = Math.floorMod(where, bytes.length + 1);
        String fragment = FRAGMENTS.get(Math.floorMod(what, FRAGMENTS.size()));
        switch (Math.floorMod(how, 8)) {
            case 0: { // flip one bit
                byte[] out = bytes.clone();
                int i = Math.min(at, out.length - 1);
                out[i] ^= (byte) (1 << Math.floorMod(what, 8));
                return out;
            }
            case 1: // insert a fragment anywhere
                return splice(bytes, at, 0, ReaderContract.utf8(fragment));
            case 2: // truncate
                return java.util.Arrays.copyOf(bytes, at);
            case 3: // replace a value with a fragment
                return replaceValue(text, where, fragment);
            case 4: { // nest the whole document, well formed or not
                int depth = Math.floorMod(what, 2_000);
                return ReaderContract.utf8("[".repeat(depth) + text + "]".repeat(where % 2 == 0 ? depth : 0));
            }
            case 5: // raw bytes that are not UTF-8
                return splice(bytes, at, 0, BYTES.get(Math.floorMod(what, BYTES.size())));
            case 6: // delete a run of bytes
                return splice(bytes, at, Math.min(Math.floorMod(what, 40), bytes.length - at), new byte[0]);
            default: // odd Unicode inside a string value
                return replaceInString(text, where, fragment);
        }
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(insert);
        out.write(bytes, at + remove, bytes.length - at - remove);
        return out.toByteArray();
    }

    /** Replaces the value after the n-th {@code ": "} (up to the next comma or line end) with a fragment. */
    private static byte[] replaceValue(String text, int n, String fragment) {
        int count = 0;
        for (int i = text.indexOf(": "); i >= 0; i = text.indexOf(": ", i + 1)) {
            count++;
        }
        int target = Math.floorMod(n, Math.max(count, 1));
        int i = text.indexOf(": ");
        for (int k = 0; k < target && i >= 0; k++) {
            i = text.indexOf(": ", i + 1);
        }
        if (i < 0) {
            return ReaderContract.utf8(text + fragment);
        }
        int start = i + 2;
        int end = start;
        while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != '\n') {
            end++;
        }
        return ReaderContract.utf8(text.substring(0, start) + fragment + text.substring(end));
    }

    /** Puts a fragment (its quotes dropped) just after the opening quote of the n-th string. */
    private static byte[] replaceInString(String text, int n, String fragment) {
        String inner = fragment.startsWith("\"") && fragment.length() > 1 && fragment.endsWith("\"")
                ? fragment.substring(1, fragment.length() - 1) : fragment;
        int count = 0;
        for (int i = text.indexOf(": \""); i >= 0; i = text.indexOf(": \"", i + 1)) {
            count++;
        }
        int target = Math.floorMod(n, Math.max(count, 1));
        int i = text.indexOf(": \"");
        for (int k = 0; k < target && i >= 0; k++) {
            i = text.indexOf(": \"", i + 1);
        }
        return i < 0 ? ReaderContract.utf8(text) : ReaderContract.utf8(text.substring(0, i + 3) + inner + text.substring(i + 3));
    }

    private static void contract(Kind kind) {
        qt().withExamples(EXAMPLES).forAll(integers().between(0, 1), integers().between(0, 7),
                integers().allPositive(), integers().allPositive())
                .checkAssert((seed, how, where, what) -> {
                    byte[] document = mutate(kind, seed, how, where, what);
                    ReaderContract.checkBytes(kind, document);
                    ReaderContract.checkText(kind, new String(document, StandardCharsets.UTF_8));
                });
    }

    @Test
    void planReadersKeepTheContractOnMutatedDocuments() {
        contract(Kind.PLAN);
    }

    @Test
    void progressRecordReadersKeepTheContractOnMutatedDocuments() {
        contract(Kind.PROGRESS);
    }

    @Test
    void progressReportReadersKeepTheContractOnMutatedDocuments() {
        contract(Kind.REPORT);
    }

    @Test
    void theGoldenDocumentsThemselvesReadThroughEveryEntryPoint() {
        for (Kind kind : Kind.values()) {
            for (String seed : ReaderContract.seeds(kind)) {
                assertNotNull(ReaderContract.checkText(kind, seed).value, kind.name());
                assertNotNull(ReaderContract.checkBytes(kind, ReaderContract.utf8(seed)).value, kind.name());
            }
        }
    }

    @Test
    void pathsReadLikeStreams(@TempDir Path dir) throws Exception {
        qt().withExamples(60).forAll(integers().between(0, 1), integers().between(0, 7),
                integers().allPositive(), integers().allPositive())
                .checkAssert((seed, how, where, what) -> {
                    byte[] document = mutate(Kind.PLAN, seed, how, where, what);
                    Path file = dir.resolve("plan.json");
                    try {
                        Files.write(file, document);
                    } catch (java.io.IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                    assertEquals(ReaderContract.checkBytes(Kind.PLAN, document),
                            ReaderContract.outcome(() -> EqualityJson.defaults().readPlan(file)));
                });
    }
}
