package org.equalityduty.json.internal;

import org.equalityduty.core.duty.Phase;
import org.equalityduty.core.duty.SchoolType;
import org.equalityduty.core.plan.BenchmarkScope;
import org.equalityduty.core.plan.Direction;
import org.equalityduty.core.population.Disclosure;
import org.equalityduty.core.duty.DutyAim;
import org.equalityduty.core.duty.Jurisdiction;
import org.equalityduty.core.plan.KeyStage;
import org.equalityduty.core.plan.MeasureKind;
import org.equalityduty.core.plan.MeasureUnit;
import org.equalityduty.core.observation.ObservationStatus;
import org.equalityduty.core.duty.OrganisationType;
import org.equalityduty.core.duty.Population;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.duty.ProtectedCharacteristic;
import org.equalityduty.core.duty.PublishedItem;
import org.equalityduty.core.duty.Publisher;
import org.equalityduty.core.duty.Recurrence;
import org.equalityduty.core.plan.Subject;
import org.equalityduty.core.plan.TargetKind;
import org.equalityduty.core.progress.CriterionKind;
import org.equalityduty.core.progress.CriterionStatus;
import org.equalityduty.core.progress.Reading;

/**
 * Field names, discriminators and enum codes of wire format versions 1 and 2. Not part of the public API.
 *
 * <p>Field names equal the Java property names of the core types wherever a field maps to a property, so that
 * structural validation paths translate directly into JSON Pointers.
 *
 * @since 0.1.0
 */
public final class Wire {
    /** The format version of progress records and progress reports this library reads and writes. */
    public static final int FORMAT_VERSION = 1;
    /** The format version of plans this library writes; it reads 1 and 2. */
    public static final int PLAN_FORMAT_VERSION = 2;
    /** The kind of a plan document. */
    public static final String KIND_PLAN = "equality-plan";
    /** The kind of a progress record document. */
    public static final String KIND_PROGRESS = "progress-record";
    /** The kind of a progress report document. */
    public static final String KIND_REPORT = "progress-report";

    static final String KIND = "kind";
    static final String FORMAT_VERSION_FIELD = "formatVersion";
    static final String TYPE = "type";

    // EqualityPlan
    static final String ORGANISATION = "organisation";
    static final String JURISDICTION = "jurisdiction";
    static final String PERIOD = "period";
    static final String TITLE = "title";
    static final String PUBLISHED_ON = "publishedOn";
    static final String INTRODUCTION = "introduction";
    static final String OBJECTIVES = "objectives";
    static final String IMPACT_STATEMENT = "impactStatement";
    static final String INFORMATION_PUBLISHED_ON = "informationPublishedOn";
    static final String PROGRESS_REPORT_DATES = "progressReportDates";
    static final String PUBLICATION_RULES = "publicationRules";
    static final String VERSION = "version";
    static final String REVIEW = "review";
    static final String ADOPTIONS = "adoptions";
    // Period (version 2), Review
    static final String AS_WRITTEN = "asWritten";
    static final String LAST_REVIEWED = "lastReviewed";
    static final String NEXT = "next";
    // Organisation (version 2)
    static final String SCHOOL_TYPE = "schoolType";
    static final String PHASES = "phases";
    // Group (version 2)
    static final String EMPHASIS = "emphasis";
    // Benchmark (version 2)
    static final String SCOPE = "scope";
    static final String YEAR = "year";
    // Quantitative criterion (version 2)
    static final String IN_LINE_WITH = "inLineWith";
    static final String BENCHMARK = "benchmark";
    static final String TOLERANCE = "tolerance";
    // Organisation
    static final String NAME = "name";
    static final String URN = "urn";
    static final String EMPLOYEE_COUNT = "employeeCount";
    static final String SCHOOLS = "schools";
    // PlanPeriod
    static final String START = "start";
    static final String END = "end";
    // Objective
    static final String ID = "id";
    static final String RATIONALE = "rationale";
    static final String AIMS = "aims";
    static final String CHARACTERISTICS = "characteristics";
    static final String GROUPS = "groups";
    static final String POPULATIONS = "populations";
    static final String CHILD_FRIENDLY_VERSION = "childFriendlyVersion";
    static final String ACTIONS = "actions";
    static final String SUCCESS_CRITERIA = "successCriteria";
    static final String TARGET_DATE = "targetDate";
    // Action
    static final String DESCRIPTION = "description";
    static final String RESPONSIBLE = "responsible";
    static final String RESOURCES = "resources";
    static final String TIME_FRAME = "timeFrame";
    // TimeFrame
    static final String DURATION = "duration";
    static final String DATE = "date";
    static final String REVIEW_EVERY = "reviewEvery";
    static final String EVERY = "every";
    static final String TF_WITHIN = "within";
    static final String TF_DUE_BY = "due_by";
    static final String TF_ONGOING = "ongoing";
    static final String TF_RECURRING = "recurring";
    // SuccessCriterion
    static final String TEXT = "text";
    static final String MEASURE = "measure";
    static final String BASELINE = "baseline";
    static final String DIRECTION = "direction";
    static final String TARGET = "target";
    static final String DEADLINE = "deadline";
    static final String BENCHMARKS = "benchmarks";
    static final String DUE = "due";
    static final String METHOD = "method";
    static final String SC_QUANTITATIVE = "quantitative";
    static final String SC_MILESTONE = "milestone";
    static final String SC_QUALITATIVE = "qualitative";
    // Measure
    static final String POPULATION = "population";
    static final String FOCUS_GROUP = "focusGroup";
    static final String REFERENCE = "reference";
    static final String WITHIN = "within";
    static final String SUBJECTS = "subjects";
    static final String KEY_STAGES = "keyStages";
    static final String UNIT = "unit";
    // Reference
    static final String GROUP = "group";
    static final String REF_GROUP = "group";
    static final String REF_BENCHMARK = "benchmark";
    // Benchmark, Baseline, Target
    static final String LABEL = "label";
    static final String VALUE = "value";
    static final String SOURCE = "source";
    static final String SHARES = "shares";
    static final String PERCENT = "percent";
    static final String COUNT = "count";
    static final String DENOMINATOR = "denominator";
    // Group, Category
    static final String CATEGORIES = "categories";
    static final String DIMENSION = "dimension";
    static final String CODE = "code";
    static final String DISCLOSURE = "disclosure";
    // PublicationRule
    static final String PUBLISHER = "publisher";
    static final String ITEMS = "items";
    static final String PROGRESS_UPDATED = "progressUpdated";
    static final String LOCATION = "location";
    // ProgressRecord, ObservationSeries, Observation
    static final String AS_OF = "asOf";
    static final String SERIES = "series";
    static final String MILESTONES_COMPLETED = "milestonesCompleted";
    static final String EVIDENCE = "evidence";
    static final String CRITERION_ID = "criterionId";
    static final String OBSERVATIONS = "observations";
    static final String STATUS = "status";
    static final String SAMPLE_SIZE = "sampleSize";
    static final String LOWER = "lower";
    static final String UPPER = "upper";
    static final String NOTE = "note";
    // ProgressReport, CriterionProgress, ResolvedTarget
    static final String ORGANISATION_NAME = "organisationName";
    static final String CRITERIA = "criteria";
    static final String UNMATCHED_RECORD_ENTRIES = "unmatchedRecordEntries";
    static final String OBJECTIVE_ID = "objectiveId";
    static final String PATH = "path";
    static final String EXPLANATION = "explanation";
    static final String MEASURE_STATUS = "measureStatus";
    static final String FRACTION = "fraction";
    static final String PROJECTION = "projection";
    static final String LATEST_VALUE = "latestValue";
    static final String LATEST_DATE = "latestDate";
    static final String BASELINE_FROM_OBSERVATIONS = "baselineFromObservations";
    static final String READING = "reading";

    static final EnumCodec<Jurisdiction> JURISDICTIONS =
            new EnumCodec<>(Jurisdiction.class, Jurisdiction::getCode, "jurisdiction");
    static final EnumCodec<OrganisationType> ORGANISATION_TYPES =
            new EnumCodec<>(OrganisationType.class, OrganisationType::getCode, "organisation type");
    static final EnumCodec<DutyAim> DUTY_AIMS = new EnumCodec<>(DutyAim.class, DutyAim::getCode, "duty aim");
    static final EnumCodec<ProtectedCharacteristic> CHARACTERISTICS_CODES = new EnumCodec<>(
            ProtectedCharacteristic.class, ProtectedCharacteristic::getCode, "protected characteristic");
    static final EnumCodec<Population> POPULATIONS_CODES =
            new EnumCodec<>(Population.class, Population::getCode, "population");
    static final EnumCodec<Recurrence> RECURRENCES =
            new EnumCodec<>(Recurrence.class, Recurrence::getCode, "recurrence");
    static final EnumCodec<Direction> DIRECTIONS = new EnumCodec<>(Direction.class, Direction::getCode, "direction");
    static final EnumCodec<TargetKind> TARGET_KINDS =
            new EnumCodec<>(TargetKind.class, TargetKind::getCode, "target kind");
    static final EnumCodec<MeasureKind> MEASURE_KINDS =
            new EnumCodec<>(MeasureKind.class, MeasureKind::getCode, "measure kind");
    static final EnumCodec<MeasureUnit> MEASURE_UNITS =
            new EnumCodec<>(MeasureUnit.class, MeasureUnit::getCode, "unit");
    static final EnumCodec<Subject> SUBJECTS_CODES = new EnumCodec<>(Subject.class, Subject::getCode, "subject");
    static final EnumCodec<KeyStage> KEY_STAGES_CODES =
            new EnumCodec<>(KeyStage.class, KeyStage::getCode, "key stage");
    static final EnumCodec<Disclosure> DISCLOSURES =
            new EnumCodec<>(Disclosure.class, Disclosure::getCode, "disclosure");
    static final EnumCodec<Publisher> PUBLISHERS = new EnumCodec<>(Publisher.class, Publisher::getCode, "publisher");
    static final EnumCodec<PublishedItem> PUBLISHED_ITEMS =
            new EnumCodec<>(PublishedItem.class, PublishedItem::getCode, "published item");
    static final EnumCodec<ObservationStatus> OBSERVATION_STATUSES =
            new EnumCodec<>(ObservationStatus.class, ObservationStatus::getCode, "observation status");
    static final EnumCodec<PopulationReference> POPULATION_REFERENCES =
            new EnumCodec<>(PopulationReference.class, PopulationReference::getCode, "population reference");

    static final EnumCodec<SchoolType> SCHOOL_TYPES =
            new EnumCodec<>(SchoolType.class, SchoolType::getCode, "school type");
    static final EnumCodec<Phase> PHASES_CODES = new EnumCodec<>(Phase.class, Phase::getCode, "phase");
    static final EnumCodec<BenchmarkScope> BENCHMARK_SCOPES =
            new EnumCodec<>(BenchmarkScope.class, BenchmarkScope::getCode, "benchmark scope");

    /** The codes of format version 1, whose constants come first in each enum. */
    static final EnumCodec<Population> POPULATIONS_CODES_V1 = POPULATIONS_CODES.first(4);
    static final EnumCodec<TargetKind> TARGET_KINDS_V1 = TARGET_KINDS.first(5);
    static final EnumCodec<MeasureKind> MEASURE_KINDS_V1 = MEASURE_KINDS.first(11);
    /** The standard dimensions of format version 1. */
    static final java.util.List<String> DIMENSIONS_V1 = java.util.List.of("sex", "ethnicity", "ethnic_group",
            "disadvantage", "sen_provision", "eal", "disability", "staff_role");

    static final EnumCodec<CriterionKind> CRITERION_KINDS =
            new EnumCodec<>(CriterionKind.class, CriterionKind::getCode, "criterion kind");
    static final EnumCodec<CriterionStatus> CRITERION_STATUSES =
            new EnumCodec<>(CriterionStatus.class, CriterionStatus::getCode, "criterion status");
    static final EnumCodec<Reading> READINGS = new EnumCodec<>(Reading.class, Reading::getCode, "reading");

    /** The enums that have a wire form of their own (population references are written as references). */
    static final java.util.List<EnumCodec<?>> ENUMS = java.util.List.of(JURISDICTIONS, ORGANISATION_TYPES, DUTY_AIMS,
            CHARACTERISTICS_CODES, POPULATIONS_CODES, RECURRENCES, DIRECTIONS, TARGET_KINDS, MEASURE_KINDS,
            MEASURE_UNITS, SUBJECTS_CODES, KEY_STAGES_CODES, DISCLOSURES, PUBLISHERS, PUBLISHED_ITEMS,
            OBSERVATION_STATUSES, CRITERION_KINDS, CRITERION_STATUSES, READINGS, SCHOOL_TYPES, PHASES_CODES,
            BENCHMARK_SCOPES);

    /**
     * Gets the enums that have a wire form of their own.
     *
     * @return the codecs, not null
     */
    public static java.util.List<EnumCodec<?>> enums() {
        return ENUMS;
    }

    private Wire() {
    }
}
