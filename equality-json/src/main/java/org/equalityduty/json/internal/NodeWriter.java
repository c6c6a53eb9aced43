package org.equalityduty.json.internal;

import static org.equalityduty.json.internal.Wire.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.AdoptedObjective;
import org.equalityduty.core.plan.Adoption;
import org.equalityduty.core.plan.PlanDate;
import org.equalityduty.core.plan.ReviewSchedule;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.population.Disclosure;
import org.equalityduty.core.plan.DueBy;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.plan.Ongoing;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.duty.PublicationRule;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Recurring;
import org.equalityduty.core.plan.Reference;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.core.plan.WithinDuration;
import org.equalityduty.core.progress.CriterionProgress;
import org.equalityduty.core.progress.ProgressReport;
import org.equalityduty.core.progress.ResolvedTarget;

/**
 * Converts core values to JSON trees: plans in wire format version 2, progress records and reports in version 1. Not part of the public API.
 *
 * <p>Output is deterministic: fields in a fixed order, sets in enum declaration order, maps sorted by key,
 * empty optional values and empty collections omitted, decimals written exactly (their scale preserved).
 *
 * @since 0.1.0
 */
public final class NodeWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NodeWriter() {
    }

    /**
     * Writes a plan document, with its kind and format version.
     *
     * @param plan  the plan, not null
     * @return the document, not null
     */
    public static ObjectNode planDocument(EqualityPlan plan) {
        ObjectNode o = header(KIND_PLAN, PLAN_FORMAT_VERSION);
        o.set(ORGANISATION, organisation(plan.getOrganisation()));
        o.put(JURISDICTION, JURISDICTIONS.code(plan.getJurisdiction()));
        if (plan.getPeriod().isPresent() || plan.getOpenEndedStart().isPresent() || plan.getPeriodAsWritten().isPresent()) {
            ObjectNode p = plan.getPeriod().map(NodeWriter::period).orElseGet(NODES::objectNode);
            plan.getOpenEndedStart().ifPresent(d -> p.put(START, d.toString()));
            text(p, AS_WRITTEN, plan.getPeriodAsWritten());
            o.set(PERIOD, p);
        }
        plan.getReview().ifPresent(r -> o.set(REVIEW, review(r)));
        text(o, TITLE, plan.getTitle());
        text(o, VERSION, plan.getVersion());
        date(o, PUBLISHED_ON, plan.getPublishedOn());
        text(o, INTRODUCTION, plan.getIntroduction());
        codes(o, AIMS, DUTY_AIMS.sortedCodes(plan.getAims()));
        list(o, ADOPTIONS, plan.getAdoptions(), NodeWriter::adoption);
        list(o, OBJECTIVES, plan.getObjectives(), NodeWriter::objective);
        text(o, IMPACT_STATEMENT, plan.getImpactStatement());
        dates(o, INFORMATION_PUBLISHED_ON, plan.getInformationPublishedOn());
        dates(o, PROGRESS_REPORT_DATES, plan.getProgressReportDates());
        list(o, PUBLICATION_RULES, plan.getPublicationRules(), NodeWriter::publicationRule);
        return o;
    }

    /**
     * Writes a progress record document, with its kind and format version.
     *
     * @param record  the record, not null
     * @return the document, not null
     */
    public static ObjectNode progressDocument(ProgressRecord record) {
        ObjectNode o = header(KIND_PROGRESS);
        o.put(AS_OF, record.getAsOf().toString());
        list(o, SERIES, record.getSeries(), NodeWriter::series);
        if (!record.getMilestonesCompleted().isEmpty()) {
            ObjectNode m = o.putObject(MILESTONES_COMPLETED);
            new TreeMap<>(record.getMilestonesCompleted()).forEach((k, v) -> m.put(k, v.toString()));
        }
        if (!record.getEvidence().isEmpty()) {
            ObjectNode m = o.putObject(EVIDENCE);
            new TreeMap<>(record.getEvidence()).forEach(m::put);
        }
        return o;
    }

    /**
     * Writes a progress report document, with its kind and format version.
     *
     * @param report  the report, not null
     * @return the document, not null
     */
    public static ObjectNode progressReportDocument(ProgressReport report) {
        ObjectNode o = header(KIND_REPORT);
        o.put(ORGANISATION_NAME, report.getOrganisationName());
        ObjectNode period = NODES.objectNode();
        period.put(START, report.getPeriod().getStart().toString());
        period.put(END, report.getPeriod().getEnd().toString());
        o.set(PERIOD, period);
        o.put(AS_OF, report.getAsOf().toString());
        list(o, CRITERIA, report.getCriteria(), NodeWriter::criterionProgress);
        codes(o, UNMATCHED_RECORD_ENTRIES, report.getUnmatchedRecordEntries());
        return o;
    }

    /**
     * Writes the progress of one criterion.
     *
     * @param progress  the progress, not null
     * @return the node, not null
     */
    public static ObjectNode criterionProgress(CriterionProgress progress) {
        ObjectNode o = NODES.objectNode();
        o.put(OBJECTIVE_ID, progress.getObjectiveId());
        o.put(CRITERION_ID, progress.getCriterionId());
        o.put(PATH, progress.getPath());
        o.put(KIND, CRITERION_KINDS.code(progress.getKind()));
        o.put(STATUS, CRITERION_STATUSES.code(progress.getStatus()));
        o.put(EXPLANATION, progress.getExplanation());
        progress.getMeasureStatus().ifPresent(s -> o.put(MEASURE_STATUS, CRITERION_STATUSES.code(s)));
        date(o, DEADLINE, progress.getDeadline());
        progress.getTarget().ifPresent(t -> o.set(TARGET, resolvedTarget(t)));
        progress.getFraction().ifPresent(v -> o.put(FRACTION, v));
        progress.getProjection().ifPresent(v -> o.put(PROJECTION, v));
        progress.getLatestValue().ifPresent(v -> o.put(LATEST_VALUE, v));
        date(o, LATEST_DATE, progress.getLatestDate());
        return o;
    }

    /**
     * Writes a resolved target; {@code baselineFromObservations} only when true.
     *
     * @param target  the target, not null
     * @return the node, not null
     */
    public static ObjectNode resolvedTarget(ResolvedTarget target) {
        ObjectNode o = NODES.objectNode();
        o.put(VALUE, target.getValue());
        target.getBaseline().ifPresent(v -> o.put(BASELINE, v));
        if (target.isBaselineFromObservations()) {
            o.put(BASELINE_FROM_OBSERVATIONS, true);
        }
        target.getReading().ifPresent(r -> o.put(READING, READINGS.code(r)));
        o.put(EXPLANATION, target.getExplanation());
        return o;
    }

    private static ObjectNode header(String kind) {
        return header(kind, FORMAT_VERSION);
    }

    private static ObjectNode header(String kind, int version) {
        ObjectNode o = NODES.objectNode();
        o.put(KIND, kind);
        o.put(FORMAT_VERSION_FIELD, version);
        return o;
    }

    /**
     * Writes a review schedule.
     *
     * @param review  the review, not null
     * @return the node, not null
     */
    public static ObjectNode review(ReviewSchedule review) {
        ObjectNode o = NODES.objectNode();
        review.getLastReviewed().ifPresent(d -> o.put(LAST_REVIEWED, d.toString()));
        review.getNext().ifPresent(d -> o.put(NEXT, d.toString()));
        review.getEvery().ifPresent(d -> o.put(EVERY, d.toString()));
        text(o, AS_WRITTEN, review.getAsWritten());
        return o;
    }

    /**
     * Writes an adoption.
     *
     * @param adoption  the adoption, not null
     * @return the node, not null
     */
    public static ObjectNode adoption(Adoption adoption) {
        ObjectNode o = NODES.objectNode();
        o.put(ORGANISATION, adoption.getOrganisation());
        text(o, VERSION, adoption.getVersion());
        ArrayNode a = o.putArray(OBJECTIVES);
        for (AdoptedObjective objective : adoption.getObjectives()) {
            ObjectNode e = a.addObject();
            e.put(ID, objective.getId());
            text(e, TITLE, objective.getTitle());
        }
        return o;
    }

    /**
     * Writes an organisation.
     *
     * @param org  the organisation, not null
     * @return the node, not null
     */
    public static ObjectNode organisation(Organisation org) {
        ObjectNode o = NODES.objectNode();
        o.put(TYPE, ORGANISATION_TYPES.code(org.getType()));
        o.put(NAME, org.getName());
        text(o, URN, org.getUrn());
        org.getSchoolType().ifPresent(t -> o.put(SCHOOL_TYPE, SCHOOL_TYPES.code(t)));
        codes(o, PHASES, PHASES_CODES.sortedCodes(org.getPhases()));
        if (org.getEmployeeCount().isPresent()) {
            o.put(EMPLOYEE_COUNT, org.getEmployeeCount().getAsInt());
        }
        list(o, SCHOOLS, org.getSchools(), NodeWriter::organisation);
        return o;
    }

    /**
     * Writes a plan period.
     *
     * @param period  the period, not null
     * @return the node, not null
     */
    public static ObjectNode period(PlanPeriod period) {
        ObjectNode o = NODES.objectNode();
        // A day is written as the day itself: a version 1 period may have a year outside PlanDate's 1000 to 9999.
        o.put(START, period.getStartAsStated().map(PlanDate::toString).orElse(period.getStart().toString()));
        o.put(END, period.getEndAsStated().map(PlanDate::toString).orElse(period.getEnd().toString()));
        return o;
    }

    /**
     * Writes an objective.
     *
     * @param objective  the objective, not null
     * @return the node, not null
     */
    public static ObjectNode objective(Objective objective) {
        ObjectNode o = NODES.objectNode();
        o.put(ID, objective.getId());
        o.put(TITLE, objective.getTitle());
        text(o, RATIONALE, objective.getRationale());
        codes(o, AIMS, DUTY_AIMS.sortedCodes(objective.getAims()));
        codes(o, CHARACTERISTICS, CHARACTERISTICS_CODES.sortedCodes(objective.getCharacteristics()));
        list(o, GROUPS, objective.getGroups(), NodeWriter::group);
        codes(o, POPULATIONS, POPULATIONS_CODES.sortedCodes(objective.getPopulations()));
        text(o, CHILD_FRIENDLY_VERSION, objective.getChildFriendlyVersion());
        list(o, ACTIONS, objective.getActions(), NodeWriter::action);
        list(o, SUCCESS_CRITERIA, objective.getSuccessCriteria(), NodeWriter::criterion);
        stated(o, TARGET_DATE, objective.getTargetDateAsStated(), objective.getTargetDate());
        return o;
    }

    /**
     * Writes an action.
     *
     * @param action  the action, not null
     * @return the node, not null
     */
    public static ObjectNode action(Action action) {
        ObjectNode o = NODES.objectNode();
        o.put(DESCRIPTION, action.getDescription());
        codes(o, RESPONSIBLE, action.getResponsible());
        codes(o, RESOURCES, action.getResources());
        action.getTimeFrame().ifPresent(t -> o.set(TIME_FRAME, timeFrame(t)));
        list(o, SUCCESS_CRITERIA, action.getSuccessCriteria(), NodeWriter::criterion);
        return o;
    }

    /**
     * Writes a time frame.
     *
     * @param timeFrame  the time frame, not null
     * @return the node, not null
     */
    public static ObjectNode timeFrame(TimeFrame timeFrame) {
        ObjectNode o = NODES.objectNode();
        timeFrame.accept(new TimeFrame.Visitor<Void>() {
            @Override
            public Void within(WithinDuration t) {
                o.put(TYPE, TF_WITHIN);
                o.put(DURATION, t.getDuration().toString());
                return null;
            }

            @Override
            public Void dueBy(DueBy t) {
                o.put(TYPE, TF_DUE_BY);
                o.put(DATE, t.getDateAsStated().map(PlanDate::toString).orElse(t.getDate().toString()));
                return null;
            }

            @Override
            public Void ongoing(Ongoing t) {
                o.put(TYPE, TF_ONGOING);
                t.getReviewEvery().ifPresent(r -> o.put(REVIEW_EVERY, RECURRENCES.code(r)));
                return null;
            }

            @Override
            public Void recurring(Recurring t) {
                o.put(TYPE, TF_RECURRING);
                o.put(EVERY, RECURRENCES.code(t.getEvery()));
                return null;
            }
        });
        return o;
    }

    /**
     * Writes a success criterion.
     *
     * @param criterion  the criterion, not null
     * @return the node, not null
     */
    public static ObjectNode criterion(SuccessCriterion criterion) {
        return criterion.accept(new SuccessCriterion.Visitor<ObjectNode>() {
            @Override
            public ObjectNode quantitative(QuantitativeTarget c) {
                ObjectNode o = start(SC_QUANTITATIVE, c);
                o.set(MEASURE, measure(c.getMeasure()));
                c.getBaseline().ifPresent(b -> o.set(BASELINE, baseline(b)));
                if (c.isDirectionStated()) {
                    o.put(DIRECTION, DIRECTIONS.code(c.getDirection()));
                }
                c.getTarget().ifPresent(t -> o.set(TARGET, target(t)));
                c.getInLineWith().ifPresent(t -> {
                    ObjectNode i = o.putObject(IN_LINE_WITH);
                    i.set(BENCHMARK, benchmark(t.getBenchmark()));
                    t.getTolerance().ifPresent(v -> i.put(TOLERANCE, v));
                });
                stated(o, DEADLINE, c.getDeadlineAsStated(), c.getDeadline());
                list(o, BENCHMARKS, c.getBenchmarks(), NodeWriter::benchmark);
                return o;
            }

            @Override
            public ObjectNode milestone(Milestone c) {
                ObjectNode o = start(SC_MILESTONE, c);
                stated(o, DUE, c.getDueAsStated(), c.getDue());
                return o;
            }

            @Override
            public ObjectNode qualitative(QualitativeCriterion c) {
                ObjectNode o = start(SC_QUALITATIVE, c);
                text(o, METHOD, c.getMethod());
                c.getMeasure().ifPresent(m -> o.set(MEASURE, measure(m)));
                c.getTarget().ifPresent(t -> o.set(TARGET, target(t)));
                return o;
            }

            private ObjectNode start(String type, SuccessCriterion c) {
                ObjectNode o = NODES.objectNode();
                o.put(TYPE, type);
                o.put(ID, c.getId());
                o.put(TEXT, c.getText());
                return o;
            }
        });
    }

    /**
     * Writes a measure.
     *
     * @param measure  the measure, not null
     * @return the node, not null
     */
    public static ObjectNode measure(Measure measure) {
        ObjectNode o = NODES.objectNode();
        o.put(KIND, MEASURE_KINDS.code(measure.getKind()));
        o.put(POPULATION, POPULATIONS_CODES.code(measure.getPopulation()));
        measure.getFocusGroup().ifPresent(g -> o.set(FOCUS_GROUP, group(g)));
        measure.getReference().ifPresent(r -> o.set(REFERENCE, reference(r)));
        measure.getWithin().ifPresent(g -> o.set(WITHIN, group(g)));
        codes(o, SUBJECTS, SUBJECTS_CODES.sortedCodes(measure.getSubjects()));
        codes(o, KEY_STAGES, KEY_STAGES_CODES.sortedCodes(measure.getKeyStages()));
        measure.getUnit().ifPresent(u -> o.put(UNIT, MEASURE_UNITS.code(u)));
        text(o, DESCRIPTION, measure.getDescription());
        return o;
    }

    /**
     * Writes a reference.
     *
     * @param reference  the reference, not null
     * @return the node, not null
     */
    public static ObjectNode reference(Reference reference) {
        return reference.accept(new Reference.Visitor<ObjectNode>() {
            @Override
            public ObjectNode group(GroupReference r) {
                ObjectNode o = NODES.objectNode();
                o.put(TYPE, REF_GROUP);
                o.set(GROUP, NodeWriter.group(r.getGroup()));
                return o;
            }

            @Override
            public ObjectNode population(PopulationReference r) {
                ObjectNode o = NODES.objectNode();
                o.put(TYPE, POPULATION_REFERENCES.code(r));
                return o;
            }

            @Override
            public ObjectNode benchmark(Benchmark r) {
                ObjectNode o = NODES.objectNode();
                o.put(TYPE, REF_BENCHMARK);
                o.setAll(NodeWriter.benchmark(r));
                return o;
            }
        });
    }

    /**
     * Writes a benchmark (without a type field).
     *
     * @param benchmark  the benchmark, not null
     * @return the node, not null
     */
    public static ObjectNode benchmark(Benchmark benchmark) {
        ObjectNode o = NODES.objectNode();
        o.put(LABEL, benchmark.getLabel());
        benchmark.getValue().ifPresent(v -> o.put(VALUE, v));
        benchmark.getScope().ifPresent(v -> o.put(SCOPE, BENCHMARK_SCOPES.code(v)));
        benchmark.getGroup().ifPresent(g -> o.set(GROUP, group(g)));
        text(o, SOURCE, benchmark.getSource());
        stated(o, YEAR, benchmark.getYear(), Optional.empty());
        return o;
    }

    /**
     * Writes a baseline.
     *
     * @param baseline  the baseline, not null
     * @return the node, not null
     */
    public static ObjectNode baseline(Baseline baseline) {
        ObjectNode o = NODES.objectNode();
        o.put(VALUE, baseline.getValue());
        stated(o, DATE, baseline.getDateAsStated(), baseline.getDate());
        text(o, SOURCE, baseline.getSource());
        return o;
    }

    /**
     * Writes a target.
     *
     * @param target  the target, not null
     * @return the node, not null
     */
    public static ObjectNode target(Target target) {
        ObjectNode o = NODES.objectNode();
        o.put(KIND, TARGET_KINDS.code(target.getKind()));
        o.put(VALUE, target.getValue());
        return o;
    }

    /**
     * Writes a group.
     *
     * @param group  the group, not null
     * @return the node, not null
     */
    public static ObjectNode group(Group group) {
        ObjectNode o = NODES.objectNode();
        text(o, LABEL, group.getLabel());
        if (group.isDefined()) {
            ArrayNode a = o.putArray(CATEGORIES);
            for (Category c : group.getCategories()) {
                if (isStandard(c)) {
                    a.add(c.getDimensionId() + ":" + c.getCode());
                } else {
                    a.add(category(c));
                }
            }
        }
        group.getEmphasis().ifPresent(e -> o.set(EMPHASIS, group(e)));
        return o;
    }

    private static boolean isStandard(Category c) {
        return Dimensions.find(c.getDimensionId())
                .flatMap(d -> d.getCategories().stream().filter(c::equals).findFirst())
                .isPresent();
    }

    /**
     * Writes a category in object form.
     *
     * @param category  the category, not null
     * @return the node, not null
     */
    public static ObjectNode category(Category category) {
        ObjectNode o = NODES.objectNode();
        o.put(DIMENSION, category.getDimensionId());
        o.put(CODE, category.getCode());
        o.put(LABEL, category.getLabel());
        if (category.getDisclosure() != Disclosure.KNOWN) {
            o.put(DISCLOSURE, DISCLOSURES.code(category.getDisclosure()));
        }
        return o;
    }

    /**
     * Writes a publication rule.
     *
     * @param rule  the rule, not null
     * @return the node, not null
     */
    public static ObjectNode publicationRule(PublicationRule rule) {
        ObjectNode o = NODES.objectNode();
        o.put(PUBLISHER, PUBLISHERS.code(rule.getPublisher()));
        codes(o, ITEMS, PUBLISHED_ITEMS.sortedCodes(rule.getItems()));
        rule.getProgressUpdated().ifPresent(r -> o.put(PROGRESS_UPDATED, RECURRENCES.code(r)));
        text(o, LOCATION, rule.getLocation());
        o.put(TEXT, rule.getText());
        return o;
    }

    /**
     * Writes an observation series.
     *
     * @param series  the series, not null
     * @return the node, not null
     */
    public static ObjectNode series(ObservationSeries series) {
        ObjectNode o = NODES.objectNode();
        o.put(CRITERION_ID, series.getCriterionId());
        list(o, OBSERVATIONS, series.getObservations(), NodeWriter::observation);
        return o;
    }

    /**
     * Writes an observation.
     *
     * @param observation  the observation, not null
     * @return the node, not null
     */
    public static ObjectNode observation(Observation observation) {
        ObjectNode o = NODES.objectNode();
        o.put(DATE, observation.getDate().toString());
        if (observation.getStatus() != ObservationStatus.AVAILABLE) {
            o.put(STATUS, OBSERVATION_STATUSES.code(observation.getStatus()));
        }
        observation.getValue().ifPresent(v -> o.put(VALUE, v));
        if (observation.getSampleSize().isPresent()) {
            o.put(SAMPLE_SIZE, observation.getSampleSize().getAsInt());
        }
        observation.getLower().ifPresent(v -> o.put(LOWER, v));
        observation.getUpper().ifPresent(v -> o.put(UPPER, v));
        text(o, NOTE, observation.getNote());
        return o;
    }

    private static void text(ObjectNode o, String field, Optional<String> value) {
        value.ifPresent(v -> o.put(field, v));
    }

    /** A date as stated if coarser than a day, else the day itself (a version 1 day may lie outside PlanDate's years). */
    private static void stated(ObjectNode o, String field, Optional<PlanDate> stated, Optional<LocalDate> day) {
        if (stated.isPresent()) {
            o.put(field, stated.get().toString());
        } else {
            day.ifPresent(v -> o.put(field, v.toString()));
        }
    }

    private static void date(ObjectNode o, String field, Optional<LocalDate> value) {
        value.ifPresent(v -> o.put(field, v.toString()));
    }

    private static void dates(ObjectNode o, String field, List<LocalDate> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.forEach(d -> a.add(d.toString()));
        }
    }

    private static void codes(ObjectNode o, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.forEach(a::add);
        }
    }

    private static <T> void list(ObjectNode o, String field, List<T> values,
            java.util.function.Function<T, ObjectNode> write) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.forEach(v -> a.add(write.apply(v)));
        }
    }

}
