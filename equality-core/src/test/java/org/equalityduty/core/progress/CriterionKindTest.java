package org.equalityduty.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.equalityduty.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class CriterionKindTest {
    @Test
    void eachStatusBelongsToTheKindsTheEvaluatorGivesIt() {
        assertEquals(EnumSet.of(CriterionStatus.ACHIEVED, CriterionStatus.ON_TRACK, CriterionStatus.OFF_TRACK,
                CriterionStatus.INCONCLUSIVE, CriterionStatus.NOT_YET_DUE, CriterionStatus.NO_DATA,
                CriterionStatus.NOT_MEASURABLE), CriterionKind.QUANTITATIVE.getStatuses());
        assertEquals(Set.of(CriterionStatus.DONE, CriterionStatus.OVERDUE, CriterionStatus.NOT_YET_DUE),
                CriterionKind.MILESTONE.getStatuses());
        assertEquals(Set.of(CriterionStatus.EVIDENCE_RECORDED, CriterionStatus.NO_EVIDENCE),
                CriterionKind.QUALITATIVE.getStatuses());
        EnumSet<CriterionStatus> all = EnumSet.noneOf(CriterionStatus.class);
        for (CriterionKind k : CriterionKind.values()) {
            all.addAll(k.getStatuses());
        }
        assertEquals(EnumSet.allOf(CriterionStatus.class), all);
    }

    private static CriterionProgress.Builder entry(CriterionKind kind, CriterionStatus status) {
        return CriterionProgress.builder().objectiveId("o1").criterionId("o1.c1").path("objectives[0].successCriteria[0]")
                .kind(kind).status(status).explanation("x");
    }

    @Test
    void progressEntriesTakeOnlyTheirKindsStatuses() {
        assertEquals(CriterionStatus.DONE, entry(CriterionKind.MILESTONE, CriterionStatus.DONE).build().getStatus());
        assertEquals("status 'achieved' is not a status of a milestone criterion",
                assertThrows(InvalidValueException.class,
                        () -> entry(CriterionKind.MILESTONE, CriterionStatus.ACHIEVED).build()).getMessage());
        assertEquals("measureStatus is only for the measure tied to a qualitative criterion, not a quantitative one",
                assertThrows(InvalidValueException.class, () -> entry(CriterionKind.QUANTITATIVE,
                        CriterionStatus.ACHIEVED).measureStatus(CriterionStatus.ON_TRACK).build()).getMessage());
        assertEquals("measureStatus 'done' is not a status of a measure",
                assertThrows(InvalidValueException.class, () -> entry(CriterionKind.QUALITATIVE,
                        CriterionStatus.NO_EVIDENCE).measureStatus(CriterionStatus.DONE).build()).getMessage());
        assertEquals(CriterionStatus.ON_TRACK, entry(CriterionKind.QUALITATIVE, CriterionStatus.EVIDENCE_RECORDED)
                .measureStatus(CriterionStatus.ON_TRACK).build().getMeasureStatus().orElseThrow());
    }
}
