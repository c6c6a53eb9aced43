package org.equalityduty.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCodesTest {

    @Test
    void codesAreTheSharedStrings() {
        assertEquals(List.of("smart.not-measurable", "smart.ambiguous-target", "smart.no-baseline",
                "smart.direction-contradicts", "smart.share-out-of-range", "smart.reduction-exceeds-baseline",
                "smart.negative-count", "smart.not-time-bound", "smart.deadline-outside-period", "smart.not-specific",
                "smart.not-relevant"), RuleCodes.all());
    }
}
