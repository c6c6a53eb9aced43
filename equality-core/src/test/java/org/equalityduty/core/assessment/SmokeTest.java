package org.equalityduty.core.assessment;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() {
        System.out.println("GOOD " + Fixtures.assess(Fixtures.plan(Fixtures.objective())).getFindings());
        System.out.println("EMPTY " + Fixtures.assess(Fixtures.plan()).getFindings());
        var bad = Fixtures.plan(Fixtures.objective(Fixtures.quant(Fixtures.measure(org.equalityduty.core.MeasureKind.ATTAINMENT_GAP, null, false, null), null, org.equalityduty.core.Direction.INCREASE, org.equalityduty.core.TargetKind.PERCENT_AS_STATED, "10", null)));
        Fixtures.assess(bad).getFindings().forEach(f -> System.out.println(f + " | " + f.getFix()));
        System.out.println(Fixtures.assess(bad).getObjectives());
    }
}
