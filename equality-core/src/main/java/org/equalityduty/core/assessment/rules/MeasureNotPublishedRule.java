package org.equalityduty.core.assessment.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equalityduty.core.duty.Phase;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Subject;

/**
 * Rule {@code smart.measure-not-published}: a criterion relies on a DfE measure that is not published for academic
 * years the criterion covers, so it cannot be judged on published data in those years: a status, not a
 * contradiction, but one the plan should plan for (docs/domain.md, section 3).
 *
 * <p>The years, with their sources (read through stored copies of the pages, December 2026):
 * <ul>
 * <li>KS2 progress: not for 2023/24 and 2024/25 (no KS1 results for those pupils), as {@link Measure#notPublishedReason}
 * records after DfE, "Primary school accountability in 2025: technical guide" (gov.uk, updated 11 September 2025);
 * and not for 2019/20 and 2020/21, when the KS2 tests themselves were cancelled;</li>
 * <li>Progress 8: not for 2024/25 and 2025/26 (no KS2 results for those pupils), as {@link Measure#notPublishedReason}
 * records after DfE, "Secondary accountability measures" (gov.uk, updated 5 December 2024, "to confirm the approach
 * to KS4 school performance measures for 2025 and 2026"); and not for 2019/20 and 2020/21;</li>
 * <li>every KS1, KS2 and KS4 result at school level: not for 2019/20 and 2020/21, when the assessments and exams were
 * cancelled and DfE published no institution-level data (DfE, "School and college accountability: 2020 to 2021
 * academic year", gov.uk, 19 July 2021; "Primary school performance tables 2020: statistics release
 * cancelled").</li>
 * </ul>
 * A progress measure that names no key stage is judged by the organisation's phases (primary: KS2; secondary: KS4);
 * with neither, or both, a year counts only if neither measure is published in it. The years a criterion covers run
 * from the plan's start to the criterion's deadline (or its objective's target date, or the plan's end), as
 * {@link StatedPeriod#window} reads them when the plan does not state them.
 *
 * @since 0.2.0
 */
public final class MeasureNotPublishedRule implements Check {
    /** First year (the autumn's) of the academic years with no school-level results: 2019/20 and 2020/21. */
    private static final int CANCELLED_FROM = 2019;
    private static final int CANCELLED_TO = 2020;
    /**
     * The academic years looked at, by their autumn's year: far wider than any year a measure is missing, so that a
     * plan with extreme dates is checked in bounded time.
     */
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;
    private static final Set<MeasureKind> ATTAINMENT = EnumSet.of(MeasureKind.ATTAINMENT_GAP,
            MeasureKind.ATTAINMENT_RATE, MeasureKind.MEAN_SCORE, MeasureKind.GAP_INDEX);

    /**
     * Creates the check.
     *
     * @since 0.2.0
     */
    public MeasureNotPublishedRule() {
    }

    @Override
    public void run(EqualityPlan plan, LocalDate asOf, Findings findings) {
        LocalDate[] window = StatedPeriod.window(plan, asOf);
        Set<Phase> phases = plan.getOrganisation().getPhases();
        for (Walk.At at : Walk.criteria(plan)) {
            Optional<Measure> measure = measure(at);
            if (measure.isEmpty() || measure.get().getPopulation() != Population.PUPILS) {
                continue;
            }
            List<Measure> candidates = candidates(measure.get(), phases);
            if (candidates.isEmpty()) {
                continue;
            }
            LocalDate end = Walk.date(at.criterion()).or(() -> at.objective().getTargetDate()).orElse(window[1]);
            List<String> years = new ArrayList<>();
            String reason = "";
            for (int y = Math.max(window[0].getYear() - 1, FIRST_YEAR); y <= Math.min(end.getYear(), LAST_YEAR); y++) {
                LocalDate first = LocalDate.of(y, 9, 1);
                LocalDate last = LocalDate.of(y + 1, 8, 31);
                if (first.isAfter(end) || last.isBefore(window[0])) {
                    continue;
                }
                Optional<String> why = reason(candidates, y);
                if (why.isPresent()) {
                    years.add(y + "/" + String.format("%02d", (y + 1) % 100));
                    reason = why.get();
                }
            }
            if (!years.isEmpty()) {
                boolean progress = isProgress(measure.get());
                findings.add(at.site(), "This criterion relies on " + (progress ? "a progress measure" : "school-level "
                        + "results") + " in " + String.join(", ", years) + ", when " + (progress ? "it is" : "they are")
                        + " not published: " + reason + ".");
            }
        }
    }

    /** Why no candidate is published for the academic year starting in {@code y}, empty if one is. */
    private static Optional<String> reason(List<Measure> candidates, int y) {
        String last = "";
        for (Measure m : candidates) {
            Optional<String> why = y >= CANCELLED_FROM && y <= CANCELLED_TO
                    ? Optional.of("the 2019/20 and 2020/21 assessments and exams were cancelled, and no school-level "
                            + "results were published")
                    : m.notPublishedReason(LocalDate.of(y, 9, 1));
            if (why.isEmpty()) {
                return Optional.empty();
            }
            last = why.get();
        }
        return Optional.of(candidates.size() > 1 ? "neither KS2 progress nor Progress 8 is published then" : last);
    }

    /**
     * The DfE measures the criterion may rely on: a progress score at the key stages it names or, naming none, those
     * of the organisation's phases; an attainment measure at KS1, KS2 or KS4 (for the cancelled years only).
     */
    static List<Measure> candidates(Measure m, Set<Phase> phases) {
        List<Measure> out = new ArrayList<>();
        if (isProgress(m)) {
            boolean ks2 = m.getKeyStages().contains(KeyStage.KS2);
            boolean ks4 = m.getKeyStages().contains(KeyStage.KS4) || m.getSubjects().contains(Subject.PROGRESS_8);
            if (!ks2 && !ks4) {
                ks2 = !phases.contains(Phase.SECONDARY) || phases.contains(Phase.PRIMARY);
                ks4 = !phases.contains(Phase.PRIMARY) || phases.contains(Phase.SECONDARY);
            }
            if (ks2) {
                out.add(progress(KeyStage.KS2));
            }
            if (ks4) {
                out.add(progress(KeyStage.KS4));
            }
        } else if (ATTAINMENT.contains(m.getKind()) && (m.getKeyStages().contains(KeyStage.KS1)
                || m.getKeyStages().contains(KeyStage.KS2) || m.getKeyStages().contains(KeyStage.KS4))) {
            out.add(m);
        }
        return out;
    }

    private static Measure progress(KeyStage keyStage) {
        return Measure.builder().kind(MeasureKind.PROGRESS_SCORE).population(Population.PUPILS)
                .addKeyStages(keyStage).build();
    }

    private static boolean isProgress(Measure m) {
        return m.getKind() == MeasureKind.PROGRESS_SCORE || m.getSubjects().contains(Subject.PROGRESS_8);
    }

    private static Optional<Measure> measure(Walk.At at) {
        if (at.criterion() instanceof QuantitativeTarget q) {
            return Optional.of(q.getMeasure());
        }
        if (at.criterion() instanceof QualitativeCriterion q) {
            return q.getMeasure();
        }
        return Optional.empty();
    }
}
