package org.equalityduty.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.equalityduty.metrics.options.MetricOptions;
import org.equalityduty.testkit.Sample;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The import's fast paths give what the plain paths give: {@link QuoteTracker}'s block scan against its
 * character-by-character reading, the short-code table against {@link Codes#lookup}, and {@link SchoolGaps}' int
 * index of URNs against the URNs as strings (including {@code 000000}, whose number is 0).
 */
class ImportFastPathProperties {
    private static final String ALPHABET = "ab1,;\t|\"#\r\n \u00e9";

    @Test
    void blockScanTracksQuotesAndLinesAsCharacterByCharacter() {
        qt().withExamples(500).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            RandomGenerator random = Sample.random(seed);
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            char separator = ",;\t|".charAt(random.nextInt(4));
            boolean comments = random.nextBoolean();
            QuoteTracker bulk = new QuoteTracker(new StringReader(text.toString()), separator, comments, 1);
            QuoteTracker single = new QuoteTracker(new StringReader(text.toString()), separator, comments, 1);
            char[] buffer = new char[1 + random.nextInt(16)];
            try {
                while (bulk.read(buffer, 0, buffer.length) >= 0) {
                    // read to the end in blocks
                }
                while (single.read() >= 0) {
                    // read to the end one character at a time
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            String where = "text " + text.toString().replace("\r", "\\r").replace("\n", "\\n");
            assertEquals(single.line(), bulk.line(), where);
            assertEquals(single.endedInQuotes(), bulk.endedInQuotes(), where);
            assertEquals(single.quoteLine(), bulk.quoteLine(), where);
        });
    }

    @Test
    void shortCodesReadAsTheCodeTablesSay() throws ImportException {
        // Every one- and two-character value of the coded pupil columns, in both cases, as Codes.lookup reads it.
        String[] values = {"1", "0", "y", "Y", "n", "N", "m", "M", "f", "F", "e", "E", "k", "K", "r", "R", "n1",
            "N2", "6", "11", "14", "15", "x", "ZZ", "t"};
        StringBuilder csv = new StringBuilder("pupil_id,school_urn,sex,ethnicity,sen,disadvantaged,eal,year_group\n");
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            csv.append("P").append(i).append(",100001,").append(v).append(",WBRI,").append(v).append(',')
                    .append(v).append(',').append(v).append(',').append(v).append('\n');
        }
        List<PupilRow> rows = Csv.pupils(csv.toString()).getValue();
        assertEquals(values.length, rows.size());
        for (int i = 0; i < values.length; i++) {
            PupilRow row = rows.get(i);
            String v = values[i];
            assertEquals(Optional.ofNullable(Codes.lookup(Codes.SEX, v)), row.getSex(), "sex " + v);
            assertEquals(Optional.ofNullable(Codes.lookup(Codes.SEN, v)), row.getSenProvision(), "sen " + v);
            assertEquals(Optional.ofNullable(Codes.lookup(Codes.FLAG, v)), row.getDisadvantaged(), "flag " + v);
            Integer year = Codes.lookup(Codes.YEAR_GROUP, v);
            assertEquals(year == null ? "OptionalInt.empty" : "OptionalInt[" + year + "]",
                    row.getYearGroup().toString(), "year group " + v);
        }
    }

    @Test
    void schoolsAreKeptApartByUrnIncludingZero() {
        qt().withExamples(100).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            RandomGenerator random = Sample.random(seed);
            List<String> urns = new ArrayList<>();
            urns.add("000000");
            int schools = 1 + random.nextInt(300);
            for (int s = 0; s < schools; s++) {
                urns.add(String.format(java.util.Locale.ROOT, "%06d", random.nextInt(1_000_000)));
            }
            StringBuilder csv = new StringBuilder("pupil_id,school_urn,sex,ethnicity,sen,disadvantaged,ks2_reading\n");
            java.util.Map<String, Long> expected = new java.util.LinkedHashMap<>();
            int pupils = 1 + random.nextInt(2_000);
            for (int i = 0; i < pupils; i++) {
                String urn = urns.get(random.nextInt(urns.size()));
                expected.merge(urn, 1L, Long::sum);
                csv.append('P').append(i).append(',').append(urn).append(",F,WBRI,N,").append(i % 2).append(',')
                        .append(80 + random.nextInt(41)).append('\n');
            }
            SchoolGaps gaps = new SchoolGaps();
            try {
                EqualityImport.forEachPupil(Csv.bytes(csv.toString()), "pupils.csv", ImportOptions.defaults(), gaps);
            } catch (ImportException e) {
                throw new AssertionError(e.getMessage(), e);
            }
            assertEquals(new ArrayList<>(expected.keySet()), gaps.getSchools());
            for (java.util.Map.Entry<String, Long> e : expected.entrySet()) {
                assertEquals(e.getValue().longValue(), gaps.getPupilCount(e.getKey()), e.getKey());
                // Every school's pupils are in its own gap: the sizes add up to its pupils.
                var gap = gaps.meanGap(e.getKey(), GapScore.KS2_READING, MetricOptions.defaults());
                assertEquals(e.getValue().longValue(), gap.getFocusN() + gap.getReferenceN(), e.getKey());
            }
        });
    }
}
