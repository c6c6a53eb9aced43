package org.equalityduty.imports;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.testkit.EqualityGenerators;
import org.equalityduty.testkit.Pupil;
import org.equalityduty.testkit.Sample;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Pupils drawn by the testkit, written as CSV with a random mix of spreadsheet habits (column order, header case
 * and spacing, quoting, whitespace, CRLF or LF, a byte order mark, a {@code sep=} line, blank rows), read back as
 * the same pupils.
 */
class ImportProperties {
    private static final List<String> COLUMNS = List.of("pupil_id", "school_urn", "sex", "ethnicity", "sen",
            "disadvantaged", "ks2_reading", "ks2_maths");

    @Test
    void pupilsSurviveAnyMixOfSpreadsheetHabits() {
        Gen<Long> seeds = SourceDSL.longs().all();
        qt().withExamples(150).forAll(seeds).checkAssert(seed -> {
            RandomGenerator random = Sample.random(seed);
            List<Pupil> pupils = EqualityGenerators.pupilCohorts().apply(random);
            List<String> order = new ArrayList<>(COLUMNS);
            java.util.Collections.shuffle(order, new java.util.Random(seed));
            char sep = random.nextBoolean() ? ',' : ';';
            String eol = random.nextBoolean() ? "\r\n" : "\n";
            StringBuilder csv = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
            if (sep == ';') {
                csv.append("sep=;").append(eol);
            }
            List<String> header = new ArrayList<>();
            for (String c : order) {
                String h = random.nextBoolean() ? c.toUpperCase(Locale.ROOT) : c;
                header.add(random.nextBoolean() ? " " + h.replace('_', ' ') + " " : h);
            }
            csv.append(String.join(String.valueOf(sep), header)).append(eol);
            for (int i = 0; i < pupils.size(); i++) {
                Pupil p = pupils.get(i);
                List<String> fields = new ArrayList<>();
                for (String c : order) {
                    String v = value(p, c, i);
                    int habit = random.nextInt(4);
                    fields.add(habit == 0 ? "\"" + v + "\"" : habit == 1 ? " " + v + " " : v);
                }
                csv.append(String.join(String.valueOf(sep), fields)).append(eol);
                if (random.nextInt(20) == 0) {
                    csv.append(eol);
                }
            }
            List<PupilRow> rows;
            try {
                rows = Csv.pupils(csv.toString()).getValue();
            } catch (ImportException e) {
                throw new AssertionError(e.getMessage() + "\n" + csv, e);
            }
            org.junit.jupiter.api.Assertions.assertEquals(pupils.size(), rows.size());
            for (int i = 0; i < pupils.size(); i++) {
                Pupil p = pupils.get(i);
                PupilRow r = rows.get(i);
                org.junit.jupiter.api.Assertions.assertEquals("P" + i, r.getPupilId());
                org.junit.jupiter.api.Assertions.assertEquals(Optional.of(p.sex()), r.getSex());
                org.junit.jupiter.api.Assertions.assertEquals(Optional.of(p.ethnicity()), r.getEthnicity());
                org.junit.jupiter.api.Assertions.assertEquals(Optional.of(p.senProvision()), r.getSenProvision());
                org.junit.jupiter.api.Assertions.assertEquals(Optional.of(p.disadvantaged()), r.getDisadvantaged());
                org.junit.jupiter.api.Assertions.assertEquals(p.ks2().map(k -> k.reading()).orElse(-1),
                        r.getKs2Reading().orElse(-1));
                org.junit.jupiter.api.Assertions.assertEquals(p.ks2().map(k -> k.maths()).orElse(-1),
                        r.getKs2Maths().orElse(-1));
            }
        });
    }

    private static String value(Pupil p, String column, int i) {
        switch (column) {
            case "pupil_id":
                return "P" + i;
            case "school_urn":
                return "100001";
            case "sex":
                return p.sex().equals(Dimensions.SEX.category("male")) ? "M" : "F";
            case "ethnicity":
                return p.ethnicity().name();
            case "sen":
                return p.senProvision().getCode();
            case "disadvantaged":
                return p.disadvantaged() ? "1" : "0";
            case "ks2_reading":
                return p.ks2().map(k -> Integer.toString(k.reading())).orElse("");
            default:
                return p.ks2().map(k -> Integer.toString(k.maths())).orElse("");
        }
    }
}
