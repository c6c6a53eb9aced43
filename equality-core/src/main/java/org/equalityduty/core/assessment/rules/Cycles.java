package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalityduty.core.duty.Jurisdiction;

/** Helpers for the publication-cycle rules. */
final class Cycles {
    private Cycles() {
    }

    /** The latest date on or before the given day. */
    static Optional<LocalDate> lastOnOrBefore(List<LocalDate> dates, LocalDate asOf) {
        return dates.stream().filter(d -> !d.isAfter(asOf)).max(LocalDate::compareTo);
    }

    /** The duties in words, such as "the specific duties for England (SI 2017/353)". */
    static String duties(Jurisdiction jurisdiction) {
        String name = jurisdiction.getCode().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + jurisdiction.getCode().substring(1);
        return "the specific duties for " + name + " (" + jurisdiction.getPublicationCycle().getInstrument() + ")";
    }
}
