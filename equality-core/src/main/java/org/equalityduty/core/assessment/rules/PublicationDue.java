package org.equalityduty.core.assessment.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.equalityduty.core.assessment.AssessedPlan;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.PublicationCycle;
import org.equalityduty.core.plan.EqualityPlan;

/**
 * The one mechanism of the "up to date" rules (objectives, equality information, progress reports): something is
 * published at least every so often under the jurisdiction's cycle; counting from the last publication on record
 * (or, where the duty allows, from a start date), it is overdue once the interval has passed on the assessment
 * date. Each rule states only what differs: the interval, the dates on record, where the count starts without one,
 * its messages and its fix.
 *
 * @param <A> the constraint annotation, which names the jurisdiction
 */
abstract class PublicationDue<A extends Annotation> implements ConstraintValidator<A, AssessedPlan> {
    private final Function<A, Jurisdiction> jurisdictionOf;
    private final Function<PublicationCycle, Optional<Period>> interval;
    private final BiFunction<EqualityPlan, LocalDate, Optional<LocalDate>> last;
    private final Function<EqualityPlan, Optional<LocalDate>> start;
    private final String recordedTemplate;
    private final String unrecordedTemplate;
    private final String fix;
    private Jurisdiction jurisdiction;

    /**
     * @param jurisdictionOf  reads the jurisdiction from the annotation
     * @param interval  the longest interval the cycle allows, empty if the duty has none
     * @param last  the last publication on record as of the assessment date
     * @param start  where the count starts with none on record; empty if none on record is overdue at once
     * @param recordedTemplate  the message when one is on record, with {from}, {due}, {every} and {duties}
     * @param unrecordedTemplate  the message when none is, with the same parameters and {asOf}
     * @param fix  the suggested fix
     */
    PublicationDue(Function<A, Jurisdiction> jurisdictionOf, Function<PublicationCycle, Optional<Period>> interval,
            BiFunction<EqualityPlan, LocalDate, Optional<LocalDate>> last,
            Function<EqualityPlan, Optional<LocalDate>> start, String recordedTemplate, String unrecordedTemplate,
            String fix) {
        this.jurisdictionOf = jurisdictionOf;
        this.interval = interval;
        this.last = last;
        this.start = start;
        this.recordedTemplate = recordedTemplate;
        this.unrecordedTemplate = unrecordedTemplate;
        this.fix = fix;
    }

    @Override
    public void initialize(A annotation) {
        this.jurisdiction = jurisdictionOf.apply(annotation);
    }

    @Override
    public boolean isValid(AssessedPlan assessed, ConstraintValidatorContext context) {
        if (assessed == null) {
            return true;
        }
        Optional<Period> every = interval.apply(jurisdiction.getPublicationCycle());
        if (every.isEmpty()) {
            return true;
        }
        EqualityPlan plan = assessed.getPlan();
        LocalDate asOf = assessed.getAsOf();
        Optional<LocalDate> recorded = last.apply(plan, asOf);
        Optional<LocalDate> from = recorded.or(() -> start.apply(plan));
        if (from.isPresent() && !asOf.isAfter(from.get().plus(every.get()))) {
            return true;
        }
        // A plan that states neither a publication date nor a start gives these rules nothing to count from.
        if (from.isEmpty() && unrecordedTemplate.contains("{from}")) {
            return true;
        }
        Reports.at(context, recorded.isPresent() ? recordedTemplate : unrecordedTemplate, fix,
                "from", from.map(LocalDate::toString).orElse(""),
                "due", from.map(d -> d.plus(every.get()).toString()).orElse(""),
                "asOf", asOf.toString(), "every", Reports.period(every.get()), "duties", duties(jurisdiction));
        return false;
    }

    /** The latest of some dates on or before a date. */
    static Optional<LocalDate> lastOnOrBefore(List<LocalDate> dates, LocalDate asOf) {
        return dates.stream().filter(d -> !d.isAfter(asOf)).max(LocalDate::compareTo);
    }

    /** Names the duties of a jurisdiction, such as "the specific duties for England (...)". */
    static String duties(Jurisdiction jurisdiction) {
        String name = jurisdiction.getCode().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + jurisdiction.getCode().substring(1);
        return "the specific duties for " + name + " (" + jurisdiction.getPublicationCycle().getInstrument() + ")";
    }
}
