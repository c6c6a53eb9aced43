package org.equalityduty.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.equalityduty.core.Action;
import org.equalityduty.core.Baseline;
import org.equalityduty.core.Benchmark;
import org.equalityduty.core.Category;
import org.equalityduty.core.Dimension;
import org.equalityduty.core.Dimensions;
import org.equalityduty.core.Direction;
import org.equalityduty.core.Disclosure;
import org.equalityduty.core.DutyAim;
import org.equalityduty.core.EqualityPlan;
import org.equalityduty.core.Group;
import org.equalityduty.core.GroupReference;
import org.equalityduty.core.Jurisdiction;
import org.equalityduty.core.KeyStage;
import org.equalityduty.core.Measure;
import org.equalityduty.core.MeasureKind;
import org.equalityduty.core.MeasureUnit;
import org.equalityduty.core.Milestone;
import org.equalityduty.core.Objective;
import org.equalityduty.core.Observation;
import org.equalityduty.core.ObservationSeries;
import org.equalityduty.core.ObservationStatus;
import org.equalityduty.core.Organisation;
import org.equalityduty.core.OrganisationType;
import org.equalityduty.core.PlanPeriod;
import org.equalityduty.core.Population;
import org.equalityduty.core.PopulationReference;
import org.equalityduty.core.ProgressRecord;
import org.equalityduty.core.ProtectedCharacteristic;
import org.equalityduty.core.PublicationRule;
import org.equalityduty.core.PublishedItem;
import org.equalityduty.core.Publisher;
import org.equalityduty.core.QualitativeCriterion;
import org.equalityduty.core.QuantitativeTarget;
import org.equalityduty.core.Recurrence;
import org.equalityduty.core.Reference;
import org.equalityduty.core.Subject;
import org.equalityduty.core.SuccessCriterion;
import org.equalityduty.core.Target;
import org.equalityduty.core.TargetKind;
import org.equalityduty.core.TimeFrame;

/**
 * Builds well-formed plans and progress records from a seed, for the round-trip properties. QuickTheories
 * generates and shrinks the seed; the same seed always builds the same value.
 *
 * <p>Local stand-in: switch to the generators of equality-testkit once that module lands.
 */
final class PlanGen {
    private static final String[] TEXTS = {"Close the gap", "Équité pour tous", "Say \"hello\" \\ goodbye",
        "Line one\nline two", "Staff feel valued 😀", "<b>not html</b>", "  leading spaces", "Tab\tseparated",
        "A", "Reduce the gap by 10%"};

    private final Random random;
    private int ids;

    private PlanGen(long seed) {
        this.random = new Random(seed);
    }

    static EqualityPlan plan(long seed) {
        return new PlanGen(seed).plan();
    }

    static ProgressRecord progress(long seed) {
        return new PlanGen(seed).progress();
    }

    private boolean maybe() {
        return random.nextBoolean();
    }

    private int upTo(int n) {
        return random.nextInt(n + 1);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String text() {
        return pick(TEXTS);
    }

    private LocalDate date() {
        return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(6000));
    }

    private BigDecimal decimal() {
        int digits = 1 + random.nextInt(12);
        BigInteger unscaled = new BigInteger(digits * 3, random);
        if (maybe()) {
            unscaled = unscaled.negate();
        }
        return new BigDecimal(unscaled, random.nextInt(25) - 4);
    }

    private BigDecimal nonNegative() {
        return decimal().abs();
    }

    private <E extends Enum<E>> List<E> subset(E[] values) {
        List<E> out = new ArrayList<>();
        for (E e : values) {
            if (random.nextInt(3) == 0) {
                out.add(e);
            }
        }
        return out;
    }

    private Category category() {
        if (random.nextInt(4) == 0) {
            return Category.of("custom_" + upTo(3), "c" + upTo(5), text(), pick(Disclosure.values()));
        }
        Dimension d = pick(Dimensions.standard().toArray(new Dimension[0]));
        return d.getCategories().get(random.nextInt(d.getCategories().size()));
    }

    private Group group() {
        Group.Builder b = Group.builder();
        List<Category> cats = new ArrayList<>();
        int n = 1 + upTo(2);
        while (cats.size() < n) {
            Category c = category();
            if (!cats.contains(c)) {
                cats.add(c);
            }
        }
        b.addAllCategories(cats);
        if (maybe()) {
            b.label(text());
        }
        return b.build();
    }

    private Reference reference() {
        switch (random.nextInt(3)) {
            case 0:
                return GroupReference.of(group());
            case 1:
                return pick(PopulationReference.values());
            default:
                Benchmark.Builder b = Benchmark.builder().label(text()).value(decimal());
                if (maybe()) {
                    b.source(text());
                }
                return b.build();
        }
    }

    private Measure measure() {
        Measure.Builder b = Measure.builder().kind(pick(MeasureKind.values())).population(pick(Population.values()));
        if (maybe()) {
            b.focusGroup(group());
            if (maybe()) {
                b.reference(reference());
            }
        }
        if (maybe()) {
            b.within(group());
        }
        b.addAllSubjects(subset(Subject.values())).addAllKeyStages(subset(KeyStage.values()));
        if (maybe()) {
            b.unit(pick(MeasureUnit.values()));
        }
        if (maybe()) {
            b.description(text());
        }
        return b.build();
    }

    private Target target() {
        TargetKind kind = pick(TargetKind.values());
        return Target.of(kind, kind == TargetKind.LEVEL ? decimal() : nonNegative());
    }

    private SuccessCriterion criterion() {
        String id = "c" + (++ids);
        switch (random.nextInt(3)) {
            case 0: {
                QuantitativeTarget.Builder b = QuantitativeTarget.builder().id(id).text(text()).measure(measure())
                        .direction(pick(Direction.values()));
                if (maybe()) {
                    Baseline.Builder base = Baseline.builder().value(decimal());
                    if (maybe()) {
                        base.date(date());
                    }
                    if (maybe()) {
                        base.source(text());
                    }
                    b.baseline(base.build());
                }
                if (maybe()) {
                    b.target(target());
                }
                if (maybe()) {
                    b.deadline(date());
                }
                for (int i = upTo(2); i > 0; i--) {
                    b.addBenchmarks(Benchmark.of(text(), decimal()));
                }
                return b.build();
            }
            case 1: {
                Milestone.Builder b = Milestone.builder().id(id).text(text());
                if (maybe()) {
                    b.due(date());
                }
                return b.build();
            }
            default: {
                QualitativeCriterion.Builder b = QualitativeCriterion.builder().id(id).text(text());
                if (maybe()) {
                    b.method(text());
                }
                if (maybe()) {
                    b.measure(measure());
                    if (maybe()) {
                        b.target(target());
                    }
                }
                return b.build();
            }
        }
    }

    private TimeFrame timeFrame() {
        switch (random.nextInt(5)) {
            case 0:
                return TimeFrame.within(Period.of(upTo(3), upTo(11), 1 + upTo(30)));
            case 1:
                return TimeFrame.dueBy(date());
            case 2:
                return TimeFrame.ongoing();
            case 3:
                return TimeFrame.ongoing(pick(Recurrence.values()));
            default:
                return TimeFrame.recurring(pick(Recurrence.values()));
        }
    }

    private Action action() {
        Action.Builder b = Action.builder().description(text());
        for (int i = upTo(2); i > 0; i--) {
            b.addResponsible(text());
        }
        for (int i = upTo(2); i > 0; i--) {
            b.addResources(text());
        }
        if (maybe()) {
            b.timeFrame(timeFrame());
        }
        for (int i = upTo(2); i > 0; i--) {
            b.addSuccessCriteria(criterion());
        }
        return b.build();
    }

    private Objective objective(int index) {
        Objective.Builder b = Objective.builder().id("o" + index).title(text())
                .addAllAims(subset(DutyAim.values()))
                .addAllCharacteristics(subset(ProtectedCharacteristic.values()))
                .addAllPopulations(subset(Population.values()));
        if (maybe()) {
            b.rationale(text());
        }
        for (int i = upTo(2); i > 0; i--) {
            b.addGroups(group());
        }
        if (maybe()) {
            b.childFriendlyVersion(text());
        }
        for (int i = upTo(3); i > 0; i--) {
            b.addActions(action());
        }
        for (int i = upTo(1); i > 0; i--) {
            b.addSuccessCriteria(criterion());
        }
        if (maybe()) {
            b.targetDate(date());
        }
        return b.build();
    }

    private Organisation organisation(boolean school) {
        Organisation.Builder b = Organisation.builder().type(school ? OrganisationType.SCHOOL : OrganisationType.TRUST)
                .name(text());
        if (maybe()) {
            b.urn(String.format("%06d", random.nextInt(1_000_000)));
        }
        if (maybe()) {
            b.employeeCount(random.nextInt(5000));
        }
        if (!school) {
            for (int i = upTo(2); i > 0; i--) {
                b.addSchools(organisation(true));
            }
        }
        return b.build();
    }

    EqualityPlan plan() {
        LocalDate start = date();
        EqualityPlan.Builder b = EqualityPlan.builder()
                .organisation(organisation(maybe()))
                .jurisdiction(pick(Jurisdiction.values()))
                .period(PlanPeriod.of(start, start.plusDays(random.nextInt(2000))));
        if (maybe()) {
            b.title(text());
        }
        if (maybe()) {
            b.publishedOn(date());
        }
        if (maybe()) {
            b.introduction(text());
        }
        for (int i = 0, n = upTo(3); i < n; i++) {
            b.addObjectives(objective(i + 1));
        }
        if (maybe()) {
            b.impactStatement(text());
        }
        for (int i = upTo(2); i > 0; i--) {
            b.addInformationPublishedOn(date());
        }
        for (int i = upTo(2); i > 0; i--) {
            b.addProgressReportDates(date());
        }
        for (int i = upTo(1); i > 0; i--) {
            PublicationRule.Builder r = PublicationRule.builder().publisher(pick(Publisher.values())).text(text())
                    .addAllItems(subset(PublishedItem.values()));
            if (maybe()) {
                r.progressUpdated(pick(Recurrence.values()));
            }
            if (maybe()) {
                r.location(text());
            }
            b.addPublicationRules(r.build());
        }
        return b.build();
    }

    ProgressRecord progress() {
        ProgressRecord.Builder b = ProgressRecord.builder().asOf(date());
        for (int s = upTo(3); s > 0; s--) {
            List<Observation> observations = new ArrayList<>();
            LocalDate d = date();
            for (int i = upTo(3); i > 0; i--) {
                d = d.plusDays(1 + random.nextInt(400));
                ObservationStatus status = random.nextInt(3) == 0 ? pick(ObservationStatus.values())
                        : ObservationStatus.AVAILABLE;
                Observation.Builder o = Observation.builder().date(d).status(status);
                if (status == ObservationStatus.AVAILABLE) {
                    BigDecimal v = decimal();
                    o.value(v);
                    if (maybe()) {
                        o.lower(v.subtract(BigDecimal.ONE)).upper(v.add(BigDecimal.TEN));
                    }
                }
                if (maybe()) {
                    o.sampleSize(random.nextInt(1000));
                }
                if (maybe()) {
                    o.note(text());
                }
                observations.add(o.build());
            }
            b.addSeries(ObservationSeries.of("c" + (++ids), observations));
        }
        for (int i = upTo(2); i > 0; i--) {
            b.putMilestonesCompleted("m" + (++ids), date());
        }
        for (int i = upTo(2); i > 0; i--) {
            b.putEvidence("e" + (++ids), text());
        }
        return b.build();
    }
}
