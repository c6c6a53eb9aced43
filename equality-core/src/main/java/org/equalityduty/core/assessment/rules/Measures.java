package org.equalityduty.core.assessment.rules;

import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Group;

/** Facts about measures and objectives that several rules share. */
final class Measures {
    private Measures() {
    }

    /** A share bounded by 0% and 100%: a share kind, or a non-gap measure stated in percent. */
    static boolean isShare(Measure m) {
        return m.getKind().isShare()
                || (!m.getKind().isGap() && m.getUnit().filter(u -> u == MeasureUnit.PERCENT).isPresent());
    }

    /** A count of people or events. */
    static boolean isCount(Measure m) {
        return m.getKind() == MeasureKind.COUNT
                || m.getUnit().filter(u -> u == MeasureUnit.COUNT).isPresent();
    }

    /** A kind that means nothing without a focus group: gaps, representation and selection. */
    static boolean needsFocusGroup(MeasureKind kind) {
        return kind.isGap() || kind == MeasureKind.REPRESENTATION_SHARE || kind == MeasureKind.SELECTION_RATE;
    }

    /** The kind in words, such as "attainment gap". */
    static String words(MeasureKind kind) {
        return kind.getCode().replace('_', ' ');
    }

    /** Whether a group names a category of a standard dimension tied to a protected characteristic. */
    static boolean isProtected(Group g) {
        return g.getCategories().stream().anyMatch(c -> Dimensions.find(c.getDimensionId())
                .flatMap(d -> d.getCharacteristic()).isPresent());
    }

    /** Whether an objective addresses a protected characteristic, directly or through one of its groups. */
    static boolean addressesProtected(Objective o) {
        return !o.getCharacteristics().isEmpty() || o.getGroups().stream().anyMatch(Measures::isProtected);
    }

    /** Describes a group for a message: its label, or its categories' labels, quoted. */
    static String describe(Group g) {
        return "'" + g.getLabel().orElseGet(() -> g.getCategories().stream().map(c -> c.getLabel())
                .collect(java.util.stream.Collectors.joining(" / "))) + "'";
    }
}
