package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.duty.PublicationCycle;
import org.equalityduty.core.plan.EqualityPlan;
import org.jspecify.annotations.Nullable;

/**
 * The one mechanism of the "up to date" rules (objectives, equality information, progress reports): something is
 * published at least every so often under the jurisdiction's cycle; counting from the last publication on record
 * (or, where the duty allows, from a start date), it is overdue once the interval has passed on the assessment
 * date. Each rule states only what differs: the interval, the dates on record, where the count starts without one,
 * and its messages.
 */
abstract class PublicationDue implements Check {
    private final Function<PublicationCycle, Optional<Period>> interval;
    private final BiFunction<EqualityPlan, LocalDate, Optional<LocalDate>> last;
    private final Function<EqualityPlan, Optional<LocalDate>> start;
    private final @Nullable String recordedTemplate;
    private final @Nullable String unrecordedTemplate;

    /**
     * @param interval  the longest interval the cycle allows, empty if the duty has none
     * @param last  the last publication on record as of the assessment date
     * @param start  where the count starts with none on record; empty if none on record is reported at once
     * @param recordedTemplate  the message when one is on record and overdue, with {from}, {due}, {every} and
     *     {duties}; null if this rule does not report that case
     * @param unrecordedTemplate  the message when none is, with the same parameters and {asOf}; null if this rule
     *     does not report that case
     */
    PublicationDue(Function<PublicationCycle, Optional<Period>> interval,
            BiFunction<EqualityPlan, LocalDate, Optional<LocalDate>> last,
            Function<EqualityPlan, Optional<LocalDate>> start, @Nullable String recordedTemplate,
            @Nullable String unrecordedTemplate) {
        this.interval = interval;
        this.last = last;
        this.start = start;
        this.recordedTemplate = recordedTemplate;
        this.unrecordedTemplate = unrecordedTemplate;
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        Jurisdiction jurisdiction = plan.getJurisdiction();
        Optional<Period> every = interval.apply(jurisdiction.getPublicationCycle());
        if (every.isEmpty()) {
            return;
        }
        Optional<LocalDate> recorded = last.apply(plan, asOf);
        Optional<LocalDate> from = recorded.or(() -> start.apply(plan));
        if (from.isPresent() && !asOf.isAfter(from.get().plus(every.get()))) {
            return;
        }
        String template = recorded.isPresent() ? recordedTemplate : unrecordedTemplate;
        if (template == null) {
            return;
        }
        findings.add(Site.plan(), template
                .replace("{from}", from.map(LocalDate::toString).orElse(""))
                .replace("{due}", from.map(d -> d.plus(every.get()).toString()).orElse(""))
                .replace("{asOf}", asOf.toString())
                .replace("{every}", Reports.period(every.get()))
                .replace("{duties}", duties(jurisdiction)));
    }

    /** The latest of some dates on or before a date. */
    static Optional<LocalDate> lastOnOrBefore(List<LocalDate> dates, LocalDate asOf) {
        return dates.stream().filter(d -> !d.isAfter(asOf)).max(LocalDate::compareTo);
    }

    /** Names the duties of a jurisdiction, such as "the specific duties for England (...)". */
    static String duties(Jurisdiction jurisdiction) {
        String name = jurisdiction.getCode().substring(0, 1).toUpperCase(Locale.ROOT)
                + jurisdiction.getCode().substring(1);
        return "the specific duties for " + name + " (" + jurisdiction.getPublicationCycle().getInstrument() + ")";
    }
}
