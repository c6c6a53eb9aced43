package org.equalityduty.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.plan.TargetKind;
import org.junit.jupiter.api.Test;

/** Every wire code reads back to its constant; any other string is rejected, never mapped by accident. */
class CodesProperties {

    private static final Set<String> MEASURE_KIND_CODES = Stream.of(MeasureKind.values())
            .map(MeasureKind::getCode).collect(Collectors.toSet());

    @Test
    void everyCodeReadsBack() {
        for (MeasureKind k : MeasureKind.values()) {
            assertEquals(k, MeasureKind.fromCode(k.getCode()));
        }
        for (TargetKind k : TargetKind.values()) {
            assertEquals(k, TargetKind.fromCode(k.getCode()));
        }
        for (Jurisdiction j : Jurisdiction.values()) {
            assertEquals(j, Jurisdiction.fromCode(j.getCode()));
        }
        for (PopulationReference r : PopulationReference.values()) {
            assertEquals(r, PopulationReference.fromCode(r.getCode()));
        }
    }

    @Test
    void otherStringsAreRejected() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 30))
                .assuming(s -> !MEASURE_KIND_CODES.contains(s))
                .checkAssert(s -> assertThrows(InvalidValueException.class, () -> MeasureKind.fromCode(s)));
    }
}
