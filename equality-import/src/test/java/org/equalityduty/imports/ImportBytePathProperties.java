package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.metrics.results.GapResult;
import org.equalityduty.testkit.Sample;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/**
 * The pupils' byte path ({@link PupilBytes}) gives what the general path gives ({@link EqualityImport#read} with
 * {@link PupilRow#parse}, which reads every file through the decoder and the CSV parser): the same rows (every field
 * and line), the same summary and problems, or the same failure with the same problems and message, and the same
 * figures ({@link SchoolGaps} of the rows), on random files of plain rows mixed with every kind of row and header the
 * byte path hands on (unknown codes, bad values, quotes, spaces, other line ends, blank and short rows, long fields,
 * other encodings, byte order marks, {@code sep=} lines) and with small limits, files larger than the byte path's
 * buffer, and streams over the size limit.
 */
class ImportBytePathProperties {
    private static final String[] COLUMNS = {"pupil_id", "school_urn", "sex", "ethnicity", "sen", "disadvantaged",
        "eal", "looked_after", "year_group", "ks2_reading", "ks2_maths", "ks2_writing_expected", "ks4_attainment8",
        "ks4_english_maths_grade", "sessions_possible", "sessions_missed", "suspensions"};
    private static final String[] SEX = {"M", "F", "m", "f", ""};
    private static final String[] ETHNICITY = {"WBRI", "WSCO", "APKN", "REFU", "NOBT", "wbri", "CHNE", "WROG", ""};
    private static final String[] SEN = {"N", "K", "E", "n", ""};
    private static final String[] FLAG = {"1", "0", "Y", "N", "true", "FALSE", "y", ""};
    private static final String[] YEAR = {"6", "11", "R", "N1", "n2", "14", "1", ""};
    /** Values that the byte path does not read itself: each must reach the general path and be read as it reads it. */
    private static final String[] ODD = {"X", "WXYZ", "FAPKN", "0", "15", "abc", "1e3", "-0", "-1", "90.01", "9.5",
        "05.50", ".5", "5.", "0.0", "\"1\"", "\"a,b\"", " 1", "1 ", "\u00e9", "\u00a0", "TRUE1", "12345678901",
        "1234567890123456", "\"\"", "#", "a\"b", "\t", "\"x\ny\"", "\"open"};
    private static final String[] DECIMAL = {"45.5", "0", "90", "90.0", "5.25", "0.1", "33.3", "8.9", "9", ""};

    /** The number of files a run compares; {@code -Dbytepath.examples=N} compares more (or fewer). */
    private static final int EXAMPLES = Integer.getInteger("bytepath.examples", 400);

    /**
     * Each run draws fresh files (QuickTheories' own seed, new each run). A failure names the falsifying value, the
     * seed of the file ({@code seed N} in the message): {@link #compare(long)} with it reads the file again, for a
     * regression test such as {@link #seed6975()}. {@code -Dbytepath.seed=N} fixes QuickTheories' seed, to repeat a
     * whole run.
     */
    @Test
    void theBytePathReadsAsTheGeneralPath() {
        QuickTheory theory = qt().withExamples(EXAMPLES);
        Long fixed = Long.getLong("bytepath.seed");
        if (fixed != null) {
            theory = theory.withFixedSeed(fixed);
        }
        theory.forAll(SourceDSL.longs().all()).checkAssert(ImportBytePathProperties::compare);
    }

    /**
     * Found by a random run of the property above: a stream over both the size limit and the row limit, whose row
     * over the row limit (line 15, with a limit of 13 rows) ends inside the size limit (918 bytes). The byte path
     * stopped at that row ("line 15: the file has more than 13 rows"); the general path's look-ahead of one record
     * read past the size limit first ("the file is larger than 918 bytes"). The general path now reads no record
     * ahead, and the first problem in file order, the row limit, is named by both.
     */
    @Test
    void seed6975() {
        RandomGenerator random = Sample.random(6975L);
        byte[] file = file(random, 1 + random.nextInt(random.nextInt(8) == 0 ? 1500 : 40));
        ImportOptions options = options(random);
        assertEquals(13, options.getMaxRows());
        assertEquals(918, options.getMaxFileBytes());
        for (boolean general : new boolean[] {true, false}) {
            assertEquals("pupils.csv cannot be imported: 1 problem\n  line 15: the file has more than 13 rows (the"
                    + " limit) [line 15: the file has more than 13 rows (the limit)] 1", read(file, options, general)
                    .failure, general ? "general" : "bytes");
        }
        compare(6975L);
    }

    /** The file and options of a seed, read both ways and compared. */
    private static void compare(long seed) {
        RandomGenerator random = Sample.random(seed);
        byte[] file = file(random, 1 + random.nextInt(random.nextInt(8) == 0 ? 1500 : 40));
        ImportOptions options = options(random);
        compare(file, options, "seed " + seed);
    }

    @Test
    void theBytePathReadsTheSampleFilesAsTheGeneralPath() {
        for (byte[] seedFile : CsvImportContractProperties.SEEDS) {
            for (ImportOptions options : CsvImportContract.OPTIONS) {
                compare(seedFile, options, new String(seedFile, StandardCharsets.UTF_8));
            }
        }
    }

    private static void compare(byte[] file, ImportOptions options, String where) {
        String shown = where + "\n" + new String(file, StandardCharsets.UTF_8).replace("\r", "\\r");
        Outcome general = read(file, options, true);
        Outcome bytes = read(file, options, false);
        assertEquals(general.failure, bytes.failure, shown);
        assertEquals(general.summary, bytes.summary, shown);
        assertEquals(general.rows, bytes.rows, shown);
        assertEquals(general.figures, bytes.figures, shown);
        // A SchoolGaps sink takes the values of plain rows with no row object: the same figures.
        SchoolGaps gaps = new SchoolGaps();
        String failure = "";
        String summary = "";
        try {
            ImportSummary s = EqualityImport.forEachPupil(new ByteArrayInputStream(file), "pupils.csv", options, gaps);
            summary = summary(s);
        } catch (ImportException e) {
            failure = failure(e);
        }
        assertEquals(general.failure, failure, shown);
        assertEquals(general.summary, summary, shown);
        if (failure.isEmpty()) {
            assertEquals(general.figures, figures(gaps), shown);
        }
    }

    private static String summary(ImportSummary s) {
        return s + " " + s.getBlankRows() + " blank " + s.getFlaggedValues() + " " + s.getIgnoredColumns() + " "
                + s.getProblems() + " " + s.getProblemCount();
    }

    private static String failure(ImportException e) {
        return e.getMessage() + " " + e.getProblems() + " " + e.getProblemCount();
    }

    private static List<String> figures(SchoolGaps gaps) {
        List<String> figures = new ArrayList<>();
        for (String urn : gaps.getSchools()) {
            figures.add(urn + " pupils " + gaps.getPupilCount(urn));
            for (GapScore score : GapScore.values()) {
                figures.add(urn + " " + score + " " + show(gaps.meanGap(urn, score, MetricOptions.defaults())));
                if (score.hasStandard()) {
                    figures.add(urn + " " + score + " met "
                            + show(gaps.standardGap(urn, score, MetricOptions.defaults())));
                }
            }
        }
        for (GapScore score : GapScore.values()) {
            figures.add("trust " + score + " " + show(gaps.trustMeanGap(score, MetricOptions.defaults())));
        }
        figures.add("unknown " + gaps.getUnknownDisadvantageCount());
        return figures;
    }

    private static ImportOptions options(RandomGenerator random) {
        ImportOptions o = ImportOptions.defaults();
        if (random.nextInt(3) == 0) {
            o = o.withMaxFieldLength(16 + random.nextInt(60));
        }
        if (random.nextInt(3) == 0) {
            o = o.withMaxProblems(1 + random.nextInt(4));
        }
        if (random.nextInt(4) == 0) {
            o = o.withMaxRows(1 + random.nextInt(30));
        }
        if (random.nextInt(3) == 0) {
            o = o.withSkipBadRows(true);
        }
        if (random.nextInt(5) == 0) {
            o = o.withMaxFileBytes(50 + random.nextInt(5000));
        }
        return o;
    }

    /** What one read gave: the failure's message and problems, or the summary, the rows and their figures. */
    private record Outcome(String failure, String summary, List<String> rows, List<String> figures) {
    }

    private static Outcome read(byte[] file, ImportOptions options, boolean general) {
        List<PupilRow> rows = new ArrayList<>();
        try {
            ByteArrayInputStream in = new ByteArrayInputStream(file);
            ImportSummary s = general
                    ? EqualityImport.read(Layout.PUPILS, in, "pupils.csv", options, PupilRow::parse, rows::add)
                    : EqualityImport.forEachPupil(in, "pupils.csv", options, rows::add);
            List<String> shown = new ArrayList<>();
            SchoolGaps gaps = new SchoolGaps();
            for (PupilRow r : rows) {
                shown.add(describe(r));
                gaps.accept(r);
            }
            return new Outcome("", summary(s), shown, figures(gaps));
        } catch (ImportException e) {
            return new Outcome(failure(e), "", List.of(), List.of());
        }
    }

    private static String show(GapResult r) {
        return r.getStatus() + " " + r.optionalEstimate() + " " + r.getFocusN() + "/" + r.getReferenceN();
    }

    /** Every field of a row (equality of rows compares them, but a difference is easier to read this way). */
    private static String describe(PupilRow r) {
        return r.getLine() + " " + r.getPupilId() + " " + r.getSchoolUrn() + " " + r.getSex() + " " + r.getEthnicity()
                + " " + r.getSenProvision() + " " + r.getDisadvantaged() + " " + r.getEal() + " " + r.getLookedAfter()
                + " " + r.getYearGroup() + " " + r.getKs2Reading() + " " + r.getKs2Maths() + " "
                + r.getKs2WritingExpected() + " " + r.getKs4Attainment8() + " " + r.getKs4EnglishMathsGrade() + " "
                + r.getSessionsPossible() + " " + r.getSessionsMissed() + " " + r.getSuspensions() + " "
                + r.hashCode();
    }

    /** A pupils file: a header (usually the whole layout, sometimes reordered, cut or odd) and rows. */
    static byte[] file(RandomGenerator random, int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> header = new ArrayList<>(List.of(COLUMNS));
        if (random.nextInt(4) == 0) {
            java.util.Collections.shuffle(header, new java.util.Random(random.nextLong()));
        }
        if (random.nextInt(4) == 0) {
            header.remove(6 + random.nextInt(header.size() - 6));
        }
        if (random.nextInt(6) == 0) {
            header.add(random.nextInt(header.size() + 1), "notes");
        }
        int hostile = random.nextInt(4) == 0 ? 1 + random.nextInt(12) : 0;
        if (random.nextInt(10) == 0) {
            write(out, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        if (random.nextInt(20) == 0) {
            write(out, "sep=,\n");
        }
        String h = String.join(",", header);
        switch (random.nextInt(20)) {
            case 0 -> h = h.toUpperCase(Locale.ROOT);
            case 1 -> h = h.replace("pupil_id", "Pupil ID");
            case 2 -> h = h.replace("sex", "\"sex\"");
            case 3 -> h = h + ",sex";
            case 4 -> h = h.replace("ethnicity,", "");
            default -> {
                // the header as it is
            }
        }
        String end = random.nextInt(5) == 0 ? "\r\n" : "\n";
        write(out, h + end);
        int schools = 1 + random.nextInt(6);
        for (int i = 0; i < rows; i++) {
            List<String> values = new ArrayList<>();
            boolean secondary = random.nextBoolean();
            for (String c : header) {
                values.add(value(random, c, i, schools, secondary));
            }
            String lineEnd = end;
            if (hostile > 0 && random.nextInt(Math.max(1, rows / hostile)) == 0) {
                int k = random.nextInt(values.size());
                switch (random.nextInt(12)) {
                    case 0 -> values.set(k, ODD[random.nextInt(ODD.length)]);
                    case 1 -> values.set(k, "");
                    case 2 -> values.add("extra");
                    case 3 -> values.remove(k);
                    case 4 -> values.set(k, "x".repeat(10 + random.nextInt(80)));
                    case 5 -> lineEnd = "\r";
                    case 6 -> lineEnd = end + end;
                    case 7 -> {
                        values.replaceAll(v -> "");
                    }
                    case 8 -> values.set(k, "\"" + values.get(k) + "\"");
                    case 9 -> {
                        out.write(0xC3); // the first byte of a two-byte sequence, cut short
                    }
                    case 10 -> values.set(0, "P" + "9".repeat(70));
                    default -> values.set(k, ODD[random.nextInt(ODD.length)] + values.get(k));
                }
            }
            write(out, String.join(",", values) + (i == rows - 1 && random.nextInt(4) == 0 ? "" : lineEnd));
        }
        return out.toByteArray();
    }

    private static String value(RandomGenerator random, String column, int i, int schools, boolean secondary) {
        return switch (column) {
            case "pupil_id" -> "P" + i;
            case "school_urn" -> String.format(Locale.ROOT, "%06d", 100_000 + random.nextInt(schools));
            case "sex" -> pick(random, SEX);
            case "ethnicity" -> pick(random, ETHNICITY);
            case "sen" -> pick(random, SEN);
            case "disadvantaged", "eal", "looked_after", "ks2_writing_expected" -> pick(random, FLAG);
            case "year_group" -> pick(random, YEAR);
            case "ks2_reading", "ks2_maths" -> random.nextInt(20) == 0 ? "" : Integer.toString(80 + random.nextInt(41));
            case "ks4_attainment8" -> secondary ? pick(random, DECIMAL) : "";
            case "ks4_english_maths_grade" -> secondary ? pick(random, DECIMAL).replace("45.5", "4.5")
                    .replace("90", "9").replace("33.3", "3.3") : "";
            case "sessions_possible" -> Integer.toString(300 + random.nextInt(31));
            case "sessions_missed" -> Integer.toString(random.nextInt(40));
            case "suspensions" -> random.nextInt(10) == 0 ? "1" : "0";
            default -> "n" + i;
        };
    }

    private static String pick(RandomGenerator random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void write(ByteArrayOutputStream out, String text) {
        write(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(ByteArrayOutputStream out, byte[] bytes) {
        out.write(bytes, 0, bytes.length);
    }
}
