package org.equalityduty.core.assessment;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.equalityduty.core.constraints.DutyEngland;
import org.equalityduty.core.constraints.DutyScotland;
import org.equalityduty.core.constraints.DutyWales;
import org.equalityduty.core.constraints.InformationUpToDate;
import org.equalityduty.core.constraints.ObjectivesUpToDate;
import org.equalityduty.core.constraints.ProgressUpToDate;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.internal.ValueStyle;
import org.equalityduty.core.plan.EqualityPlan;
import org.immutables.value.Value;

/**
 * A plan together with the date it is assessed as of: the value that an assessment validates.
 *
 * <p>Constraint validators cannot take arguments, and the publication-cycle rules need a date ("are the objectives
 * overdue as of 1 September 2025?"). So the date travels with the plan in this wrapper, and the rules that need it
 * ({@link ObjectivesUpToDate}, {@link InformationUpToDate}, {@link ProgressUpToDate}) are constraints on this type,
 * one per jurisdiction in that jurisdiction's group. The plan is validated in cascade; findings report paths
 * relative to the plan ({@code objectives[1]}, not {@code plan.objectives[1]}). Reading a clock is left to the
 * caller, so results are reproducible.
 *
 * <p>Every other rule is a constraint on the plan's own types, so {@code validator.validate(plan, Smart.class)}
 * works on a bare plan too.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@ObjectivesUpToDate(jurisdiction = Jurisdiction.ENGLAND, groups = DutyEngland.class)
@ObjectivesUpToDate(jurisdiction = Jurisdiction.WALES, groups = DutyWales.class)
@ObjectivesUpToDate(jurisdiction = Jurisdiction.SCOTLAND, groups = DutyScotland.class)
@InformationUpToDate(jurisdiction = Jurisdiction.ENGLAND, groups = DutyEngland.class)
@InformationUpToDate(jurisdiction = Jurisdiction.WALES, groups = DutyWales.class)
@InformationUpToDate(jurisdiction = Jurisdiction.SCOTLAND, groups = DutyScotland.class)
@ProgressUpToDate(jurisdiction = Jurisdiction.WALES, groups = DutyWales.class)
@ProgressUpToDate(jurisdiction = Jurisdiction.SCOTLAND, groups = DutyScotland.class)
public abstract class AssessedPlan {

    AssessedPlan() {
    }

    /**
     * Gets the plan.
     *
     * @return the plan, not null
     * @since 0.1.0
     */
    @Value.Parameter
    public abstract @Valid EqualityPlan getPlan();

    /**
     * Gets the date the plan is assessed as of.
     *
     * @return the date, not null
     * @since 0.1.0
     */
    @Value.Parameter
    public abstract LocalDate getAsOf();

    /**
     * Obtains an instance.
     *
     * @param plan  the plan, not null
     * @param asOf  the date to assess as of, not null
     * @return the wrapper, not null
     * @since 0.1.0
     */
    public static AssessedPlan of(EqualityPlan plan, LocalDate asOf) {
        return ImmutableAssessedPlan.of(plan, asOf);
    }
}
