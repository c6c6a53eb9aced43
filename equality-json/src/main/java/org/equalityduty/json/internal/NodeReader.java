package org.equalityduty.json.internal;

import static org.equalityduty.json.internal.Wire.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.equalityduty.core.plan.Action;
import org.equalityduty.core.plan.AdoptedObjective;
import org.equalityduty.core.plan.Adoption;
import org.equalityduty.core.plan.DueBy;
import org.equalityduty.core.plan.InLineWith;
import org.equalityduty.core.plan.PlanDate;
import org.equalityduty.core.plan.ReviewSchedule;
import org.equalityduty.core.plan.StatedShare;
import org.equalityduty.core.plan.Baseline;
import org.equalityduty.core.plan.Benchmark;
import org.equalityduty.core.population.Category;
import org.equalityduty.core.population.Dimension;
import org.equalityduty.core.population.Dimensions;
import org.equalityduty.core.plan.EqualityPlan;
import org.equalityduty.core.population.Group;
import org.equalityduty.core.plan.GroupReference;
import org.equalityduty.core.InvalidValueException;
import org.equalityduty.core.plan.Measure;
import org.equalityduty.core.plan.Milestone;
import org.equalityduty.core.plan.Objective;
import org.equalityduty.core.observation.Observation;
import org.equalityduty.core.observation.ObservationSeries;
import org.equalityduty.core.duty.Organisation;
import org.equalityduty.core.plan.PlanPeriod;
import org.equalityduty.core.plan.PopulationReference;
import org.equalityduty.core.observation.ProgressRecord;
import org.equalityduty.core.duty.PublicationRule;
import org.equalityduty.core.plan.QualitativeCriterion;
import org.equalityduty.core.plan.QuantitativeTarget;
import org.equalityduty.core.plan.Reference;
import org.equalityduty.core.plan.SuccessCriterion;
import org.equalityduty.core.plan.Target;
import org.equalityduty.core.plan.TimeFrame;
import org.equalityduty.core.progress.CriterionKind;
import org.equalityduty.core.progress.CriterionProgress;
import org.equalityduty.core.progress.CriterionStatus;
import org.equalityduty.core.progress.ProgressReport;
import org.equalityduty.core.progress.ResolvedTarget;
import org.jspecify.annotations.NullUnmarked;

/**
 * Maps JSON trees in wire format versions 1 and 2 to core values, reporting every problem with a JSON Pointer and
 * carrying on after each, so that one read lists them all. Not part of the public API; not thread-safe.
 *
 * <p>Each method returns null when its part of the document had a problem (already recorded); a value is built
 * only from parts that had none, and the caller builds nothing once any problem is recorded.
 *
 * <p>Structural validation of a plan or a progress record is done while mapping, where each field's pointer is
 * known: every default-group Bean Validation constraint that the value read would have ({@code @NotBlank},
 * {@code @Size}, {@code @Pattern} through every {@code @Valid}, and {@code @UniqueIds}) is checked on the text or
 * list as it is read, with the validators' own definitions and messages. Those problems are held back and reported
 * only when the document has no other problem, sorted by the Bean Validation path and message (the order of
 * {@code EqualityValidation.validate}), so that a document reads with exactly the problems a Bean Validation pass
 * over the value would give, without bootstrapping a validator.
 *
 * @since 0.1.0
 */
// Its readers return null to mean "a problem was recorded here" (see above); not null-checked until they stop.
@NullUnmarked
public final class NodeReader {
    /** Most digits before the decimal point of a value a plan states. */
    static final int MAX_INTEGER_DIGITS = EqualityPlan.MAX_INTEGER_DIGITS;
    /** Most decimal places of a value a plan states. */
    static final int MAX_DECIMAL_PLACES = EqualityPlan.MAX_DECIMAL_PLACES;

    private static final Pattern DATE_TEXT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /**
     * The largest number of years, months or days in a duration: four digits, as the pattern reads, so that every
     * duration read is written back (as years, months and days) in a form that reads again.
     */
    static final int MAX_DURATION_FIELD = 9999;
    /** The form of a duration, as a pattern: {@link #period} reads it by hand, and the tests compare the two. */
    static final String PERIOD_REGEX = "P(?=[0-9])([0-9]{1,4}Y)?([0-9]{1,4}M)?([0-9]{1,4}W)?([0-9]{1,4}D)?";

    private static final String[] PLAN_FIELDS = {KIND, FORMAT_VERSION_FIELD, ORGANISATION, JURISDICTION, PERIOD,
        TITLE, PUBLISHED_ON, INTRODUCTION, OBJECTIVES, IMPACT_STATEMENT, INFORMATION_PUBLISHED_ON,
        PROGRESS_REPORT_DATES, PUBLICATION_RULES};
    private static final String[] PLAN_FIELDS_V2 = {KIND, FORMAT_VERSION_FIELD, ORGANISATION, JURISDICTION, PERIOD,
        REVIEW, TITLE, VERSION, PUBLISHED_ON, INTRODUCTION, AIMS, ADOPTIONS, OBJECTIVES, IMPACT_STATEMENT,
        INFORMATION_PUBLISHED_ON, PROGRESS_REPORT_DATES, PUBLICATION_RULES};
    private static final String[] PROGRESS_FIELDS = {KIND, FORMAT_VERSION_FIELD, AS_OF, SERIES,
        MILESTONES_COMPLETED, EVIDENCE};
    private static final String[] REPORT_FIELDS = {KIND, FORMAT_VERSION_FIELD, ORGANISATION_NAME, PERIOD, AS_OF,
        CRITERIA, UNMATCHED_RECORD_ENTRIES};

    /**
     * Most digits before the decimal point of a figure in a progress report: computed figures, such as a trend
     * projected years ahead, may exceed the limits of plan values.
     */
    static final int MAX_REPORT_INTEGER_DIGITS = 50;
    /**
     * Most decimal places of a figure in a progress report: a fraction computed to 16 significant digits may be
     * very small.
     */
    static final int MAX_REPORT_DECIMAL_PLACES = 100;

    private static final Pattern ID_TEXT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern CRITERION_PATH_TEXT =
            Pattern.compile("objectives\\[[0-9]{1,9}\\](\\.actions\\[[0-9]{1,9}\\])?\\.successCriteria\\[[0-9]{1,9}\\]");
    private final Problems problems;
    private final boolean validate;
    /** Whether the document being read is checked structurally (a plan or record, with {@link #validate}). */
    private boolean checking;
    /** The pointer of the document being checked. */
    private String root = "";
    /** The structural problems found so far, reported if the document has no other problem. */
    private final List<Pending> pending = new ArrayList<>();
    /**
     * The format version of the plan being read: 1 or 2, from its header. Progress records and reports are read as
     * version 1; a part read on its own (through the Jackson module) as version 2, the version written.
     */
    private int version = PLAN_FORMAT_VERSION;
    /** The last day of the period of the plan being read, once read; null if it states none. */
    private LocalDate planEnd;
    /** Whether the period of the plan being read had a problem, so that its end is not known. */
    private boolean periodBroken;

    /**
     * Creates a reader.
     *
     * @param problems  receives the problems, not null
     * @param validate  whether to run structural validation on the plans and records read
     */
    public NodeReader(Problems problems, boolean validate) {
        this.problems = problems;
        this.validate = validate;
    }

    // ---------------------------------------------------------------------------------------------- documents

    /**
     * Reads a plan document.
     *
     * @param node  the document, not null
     * @param at  the pointer of the document, not null
     * @return the plan, null if there were problems
     */
    public EqualityPlan planDocument(JsonNode node, Pointer at) {
        int before = problems.count();
        planEnd = null;
        periodBroken = false;
        startChecks(at);
        if (!header(node, at, KIND_PLAN, "an equality plan", PLAN_FORMAT_VERSION)) {
            return null;
        }
        JsonNode v = node.get(FORMAT_VERSION_FIELD);
        version = v != null && v.isIntegralNumber() && v.canConvertToInt() && v.intValue() == 2 ? 2 : 1;
        JsonNode o = object(node, at, "an equality plan document", v2() ? PLAN_FIELDS_V2 : PLAN_FIELDS);
        if (o == null) {
            return null;
        }
        EqualityPlan.Builder b = EqualityPlan.builder();
        set(required(o, at, ORGANISATION, this::organisation), b::organisation);
        set(required(o, at, JURISDICTION, (n, p) -> code(n, p, JURISDICTIONS)), b::jurisdiction);
        if (v2()) {
            PeriodV2 period = optional(o, at, PERIOD, this::periodV2);
            periodBroken = period == null && o.has(PERIOD);
            if (period != null) {
                set(period.period, b::period);
                set(period.openStart, b::openEndedStart);
                set(period.asWritten, b::periodAsWritten);
                planEnd = period.period == null ? null : period.period.getEnd();
            }
            set(optional(o, at, REVIEW, this::review), b::review);
            set(optional(o, at, VERSION, (n, p) -> optionalText(nonBlank(n, p), p, 100, true)), b::version);
            set(optional(o, at, ADOPTIONS, (n, p) -> sized(list(n, p, this::adoption), p, 20)), b::addAllAdoptions);
        } else {
            PlanPeriod period = required(o, at, PERIOD, this::period);
            set(period, b::period);
            planEnd = period == null ? null : period.getEnd();
        }
        set(optional(o, at, TITLE, (n, p) -> optionalText(text(n, p), p, 1000, true)), b::title);
        set(optional(o, at, PUBLISHED_ON, this::date), b::publishedOn);
        set(optional(o, at, INTRODUCTION, (n, p) -> optionalText(text(n, p), p, 10000, true)), b::introduction);
        if (v2()) {
            set(optional(o, at, AIMS, (n, p) -> codes(n, p, DUTY_AIMS)), b::addAllAims);
        }
        List<Objective> objectives = optional(o, at, OBJECTIVES, (n, p) -> sized(list(n, p, this::objective), p, 200));
        set(objectives, b::addAllObjectives);
        if (objectives != null) {
            uniqueIds(objectives, at.child(OBJECTIVES));
        }
        set(optional(o, at, IMPACT_STATEMENT, (n, p) -> optionalText(text(n, p), p, 10000, true)),
                b::impactStatement);
        set(optional(o, at, INFORMATION_PUBLISHED_ON, (n, p) -> sized(list(n, p, this::date), p, 100)),
                b::addAllInformationPublishedOn);
        set(optional(o, at, PROGRESS_REPORT_DATES, (n, p) -> sized(list(n, p, this::date), p, 100)),
                b::addAllProgressReportDates);
        set(optional(o, at, PUBLICATION_RULES, (n, p) -> sized(list(n, p, this::publicationRule), p, 50)),
                b::addAllPublicationRules);
        EqualityPlan plan = build(before, o, at, "equality plan", b::build);
        return plan == null ? null : validated(plan);
    }

    /**
     * Reads a progress record document.
     *
     * @param node  the document, not null
     * @param at  the pointer of the document, not null
     * @return the record, null if there were problems
     */
    public ProgressRecord progressDocument(JsonNode node, Pointer at) {
        int before = problems.count();
        version = 1;
        startChecks(at);
        if (!header(node, at, KIND_PROGRESS, "a progress record")) {
            return null;
        }
        JsonNode o = object(node, at, "a progress record document", PROGRESS_FIELDS);
        if (o == null) {
            return null;
        }
        ProgressRecord.Builder b = ProgressRecord.builder();
        set(required(o, at, AS_OF, this::date), b::asOf);
        set(optional(o, at, SERIES, (n, p) -> sized(list(n, p, this::series), p, 1000)), b::addAllSeries);
        set(optional(o, at, MILESTONES_COMPLETED, (n, p) -> map(n, p, this::date)), b::putAllMilestonesCompleted);
        Map<String, String> evidence = optional(o, at, EVIDENCE, (n, p) -> map(n, p, this::text));
        if (evidence != null) {
            for (Map.Entry<String, String> e : evidence.entrySet()) {
                String s = e.getValue();
                if (checking && (s.isEmpty() || s.length() > 2000)) {
                    // A map value's path names its key; a key is any text, so the path is made here, not parsed
                    pending.add(new Pending(EVIDENCE + "[" + e.getKey() + "].<map value>",
                            at.child(EVIDENCE).child(e.getKey()).toString(), size(1, 2000)));
                }
            }
            b.putAllEvidence(evidence);
        }
        ProgressRecord record = build(before, o, at, "progress record", b::build);
        return record == null ? null : validated(record);
    }

    /**
     * Reads a progress report document.
     *
     * @param node  the document, not null
     * @param at  the pointer of the document, not null
     * @return the report, null if there were problems
     */
    public ProgressReport progressReportDocument(JsonNode node, Pointer at) {
        int before = problems.count();
        version = 1;
        if (!header(node, at, KIND_REPORT, "a progress report")) {
            return null;
        }
        JsonNode o = object(node, at, "a progress report document", REPORT_FIELDS);
        if (o == null) {
            return null;
        }
        ProgressReport.Builder b = ProgressReport.builder();
        set(required(o, at, ORGANISATION_NAME, this::nonBlank), b::organisationName);
        set(required(o, at, PERIOD, this::period), b::period);
        set(required(o, at, AS_OF, this::date), b::asOf);
        List<CriterionProgress> criteria = optional(o, at, CRITERIA, (n, p) -> list(n, p, this::criterionProgress));
        if (criteria != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < criteria.size(); i++) {
                String id = criteria.get(i).getCriterionId();
                if (!seen.add(id)) {
                    problems.add(at.child(CRITERIA).child(i).child(CRITERION_ID),
                            "criterion identifier '" + id + "' is already used earlier in the report");
                }
            }
            b.addAllCriteria(criteria);
        }
        set(optional(o, at, UNMATCHED_RECORD_ENTRIES, (n, p) -> list(n, p, this::nonBlank)),
                b::addAllUnmatchedRecordEntries);
        return build(before, o, at, "progress report", b::build);
    }

    /**
     * Checks the kind and format version; returns false if reading cannot sensibly go on.
     */
    private boolean v2() {
        return version >= 2;
    }

    private boolean header(JsonNode node, Pointer at, String kind, String noun) {
        return header(node, at, kind, noun, FORMAT_VERSION);
    }

    private boolean header(JsonNode node, Pointer at, String kind, String noun, int formatVersion) {
        if (!(node instanceof ObjectNode)) {
            problems.add(at, "must be a JSON object: " + noun + " document starting with {\"kind\":\"" + kind
                    + "\",\"formatVersion\":" + formatVersion + "}");
            return false;
        }
        JsonNode k = node.get(KIND);
        if (k == null) {
            problems.add(at, "required field 'kind' is missing; it must be '" + kind + "'");
        } else if (!(k instanceof TextNode)) {
            problems.add(at.child(KIND), "must be the text '" + kind + "'");
        } else if (!k.textValue().equals(kind)) {
            String other = k.textValue();
            if (other.equals(KIND_PLAN) || other.equals(KIND_PROGRESS) || other.equals(KIND_REPORT)) {
                problems.add(at.child(KIND), "this is " + (other.equals(KIND_PLAN) ? "an equality plan"
                        : other.equals(KIND_PROGRESS) ? "a progress record" : "a progress report")
                        + " document ('" + other + "'), not '" + kind + "'");
                return false;
            }
            problems.add(at.child(KIND), "'" + Problems.abbreviate(other)
                    + "' is not a document kind; it must be '" + kind + "'");
        }
        JsonNode v = node.get(FORMAT_VERSION_FIELD);
        Pointer vat = at.child(FORMAT_VERSION_FIELD);
        if (v == null) {
            problems.add(at, "required field 'formatVersion' is missing; this library writes version " + formatVersion);
        } else if (!v.isIntegralNumber()) {
            problems.add(vat, "must be a whole number, such as " + formatVersion);
        } else if (v.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(formatVersion)) > 0) {
            problems.add(vat, "unsupported version: format version " + Problems.abbreviate(v.bigIntegerValue().toString())
                    + " is newer than this library reads (" + formatVersion + "); upgrade equality-json to read it");
            return false;
        } else if (v.bigIntegerValue().signum() <= 0) {
            problems.add(vat, "unsupported version: format versions start at 1");
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------- parts

    /**
     * Reads an organisation.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public Organisation organisation(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = v2() ? object(node, at, "an organisation", TYPE, NAME, URN, SCHOOL_TYPE, PHASES, EMPLOYEE_COUNT,
                SCHOOLS) : object(node, at, "an organisation", TYPE, NAME, URN, EMPLOYEE_COUNT, SCHOOLS);
        if (o == null) {
            return null;
        }
        Organisation.Builder b = Organisation.builder();
        set(required(o, at, TYPE, (n, p) -> code(n, p, ORGANISATION_TYPES)), b::type);
        set(required(o, at, NAME, (n, p) -> requiredText(text(n, p), p, 200)), b::name);
        set(optional(o, at, URN, this::text), b::urn);
        set(optional(o, at, SCHOOL_TYPE, (n, p) -> code(n, p, SCHOOL_TYPES)), b::schoolType);
        set(optional(o, at, PHASES, (n, p) -> codes(n, p, PHASES_CODES)), b::addAllPhases);
        Integer count = optional(o, at, EMPLOYEE_COUNT, this::integer);
        if (count != null) {
            b.employeeCount(count);
        }
        set(optional(o, at, SCHOOLS, (n, p) -> list(n, p, this::organisation)), b::addAllSchools);
        return build(before, o, at, "organisation", b::build);
    }

    /**
     * Reads a plan period.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public PlanPeriod period(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "a period", START, END);
        if (o == null) {
            return null;
        }
        if (v2()) {
            PlanDate from = required(o, at, START, this::boundDate);
            PlanDate to = required(o, at, END, this::boundDate);
            return build(before, o, at, "period", () -> PlanPeriod.of(from, to));
        }
        LocalDate start = required(o, at, START, this::date);
        LocalDate end = required(o, at, END, this::date);
        return build(before, o, at, "period", () -> PlanPeriod.of(start, end));
    }

    /** What the period of a version 2 plan says: a whole period, an open-ended start, words, or some of these. */
    static final class PeriodV2 {
        PlanPeriod period;
        PlanDate openStart;
        String asWritten;
    }

    /**
     * Reads the period of a version 2 plan: a start and an end, a start alone, or the plan's words.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    PeriodV2 periodV2(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "a period", START, END, AS_WRITTEN);
        if (o == null) {
            return null;
        }
        PlanDate start = optional(o, at, START, this::boundDate);
        PlanDate end = optional(o, at, END, this::boundDate);
        String words = optional(o, at, AS_WRITTEN, (n, p) -> optionalText(words(n, p), p, 300, true, "periodAsWritten"));
        if (!o.has(START) && !o.has(END) && !o.has(AS_WRITTEN)) {
            problems.add(at, "a period needs a start, an end or asWritten; leave the period out if the plan states none");
        } else if (o.has(END) && !o.has(START)) {
            problems.add(at.child(END), "a period with an end needs its start; if the plan states only its "
                    + "end, give asWritten");
        }
        PeriodV2 out = new PeriodV2();
        out.asWritten = words;
        if (end == null) {
            out.openStart = start;
            return problems.count() > before ? null : out;
        }
        return build(before, o, at, "period", () -> {
            out.period = PlanPeriod.of(start, end);
            return out;
        });
    }

    private PlanDate boundDate(JsonNode node, Pointer at) {
        PlanDate d = statedDate(node, at);
        if (d != null && d.getPrecision() == PlanDate.Precision.END_OF_PLAN) {
            problems.add(at, "'end_of_plan' cannot bound the period itself; give a date");
            return null;
        }
        return d;
    }

    private String words(JsonNode node, Pointer at) {
        String s = nonBlank(node, at);
        if (s != null && s.length() > 300) {
            problems.add(at, "is too long: at most 300 characters");
            return null;
        }
        return s;
    }

    /**
     * Reads a review schedule.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public ReviewSchedule review(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "a review", LAST_REVIEWED, NEXT, EVERY, AS_WRITTEN);
        if (o == null) {
            return null;
        }
        ReviewSchedule.Builder b = ReviewSchedule.builder();
        set(optional(o, at, LAST_REVIEWED, this::statedDate), b::lastReviewed);
        set(optional(o, at, NEXT, this::dueDate), b::next);
        set(optional(o, at, EVERY, this::period2), b::every);
        set(optional(o, at, AS_WRITTEN, (n, p) -> optionalText(words(n, p), p, 300, true)), b::asWritten);
        if (o.size() == 0) {
            problems.add(at, "a review needs at least one of lastReviewed, next, every and asWritten");
        }
        return build(before, o, at, "review", b::build);
    }

    /**
     * Reads an adoption of another plan's objectives.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public Adoption adoption(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "an adoption", ORGANISATION, VERSION, OBJECTIVES);
        if (o == null) {
            return null;
        }
        Adoption.Builder b = Adoption.builder();
        set(required(o, at, ORGANISATION, (n, p) -> requiredText(nonBlank(n, p), p, 200)), b::organisation);
        set(optional(o, at, VERSION, (n, p) -> optionalText(nonBlank(n, p), p, 100, true)), b::version);
        List<AdoptedObjective> objectives = required(o, at, OBJECTIVES,
                (n, p) -> sized(list(n, p, this::adoptedObjective), p, 200));
        if (objectives != null) {
            if (objectives.isEmpty()) {
                problems.add(at.child(OBJECTIVES), "must list at least one adopted objective");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < objectives.size(); i++) {
                if (!seen.add(objectives.get(i).getId())) {
                    problems.add(at.child(OBJECTIVES).child(i).child(ID),
                            "objective '" + objectives.get(i).getId() + "' is already adopted earlier in this list");
                }
            }
            b.addAllObjectives(objectives);
        }
        return build(before, o, at, "adoption", b::build);
    }

    private AdoptedObjective adoptedObjective(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "an adopted objective", ID, TITLE);
        if (o == null) {
            return null;
        }
        AdoptedObjective.Builder b = AdoptedObjective.builder();
        set(required(o, at, ID, (n, p) -> identifier(n, p, "id")), b::id);
        set(optional(o, at, TITLE, (n, p) -> optionalText(nonBlank(n, p), p, 1000, true)), b::title);
        return build(before, o, at, "adopted objective", b::build);
    }

    /**
     * Reads an objective.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public Objective objective(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "an objective", ID, TITLE, RATIONALE, AIMS, CHARACTERISTICS, GROUPS,
                POPULATIONS, CHILD_FRIENDLY_VERSION, ACTIONS, SUCCESS_CRITERIA, TARGET_DATE);
        if (o == null) {
            return null;
        }
        Objective.Builder b = Objective.builder();
        set(required(o, at, ID, this::text), b::id);
        set(required(o, at, TITLE, (n, p) -> requiredText(text(n, p), p, 1000)), b::title);
        set(optional(o, at, RATIONALE, (n, p) -> optionalText(text(n, p), p, 10000, true)), b::rationale);
        set(optional(o, at, AIMS, (n, p) -> codes(n, p, DUTY_AIMS)), b::addAllAims);
        set(optional(o, at, CHARACTERISTICS, (n, p) -> codes(n, p, CHARACTERISTICS_CODES)), b::addAllCharacteristics);
        set(optional(o, at, GROUPS, (n, p) -> sized(list(n, p, this::group), p, 100)), b::addAllGroups);
        set(optional(o, at, POPULATIONS, (n, p) -> codes(n, p, populations())), b::addAllPopulations);
        set(optional(o, at, CHILD_FRIENDLY_VERSION, (n, p) -> optionalText(text(n, p), p, 5000, true)),
                b::childFriendlyVersion);
        set(optional(o, at, ACTIONS, (n, p) -> sized(list(n, p, this::action), p, 500)), b::addAllActions);
        set(optional(o, at, SUCCESS_CRITERIA, (n, p) -> sized(list(n, p, this::criterion), p, 100)),
                b::addAllSuccessCriteria);
        if (v2()) {
            PlanDate d = optional(o, at, TARGET_DATE, this::dueDate);
            if (d != null) {
                stated(d, b::targetDate, b::targetDateAsStated);
            }
        } else {
            set(optional(o, at, TARGET_DATE, this::date), b::targetDate);
        }
        return build(before, o, at, "objective", b::build);
    }

    /**
     * Reads an action.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public Action action(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "an action", DESCRIPTION, RESPONSIBLE, RESOURCES, TIME_FRAME, SUCCESS_CRITERIA);
        if (o == null) {
            return null;
        }
        Action.Builder b = Action.builder();
        set(required(o, at, DESCRIPTION, (n, p) -> requiredText(text(n, p), p, 2000)), b::description);
        set(optional(o, at, RESPONSIBLE, (n, p) -> sized(list(n, p, (e, q) -> element(text(e, q), q, 200)), p, 50)),
                b::addAllResponsible);
        set(optional(o, at, RESOURCES, (n, p) -> sized(list(n, p, (e, q) -> element(text(e, q), q, 1000)), p, 50)),
                b::addAllResources);
        set(optional(o, at, TIME_FRAME, this::timeFrame), b::timeFrame);
        set(optional(o, at, SUCCESS_CRITERIA, (n, p) -> sized(list(n, p, this::criterion), p, 100)),
                b::addAllSuccessCriteria);
        return build(before, o, at, "action", b::build);
    }

    /**
     * Reads a time frame.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public TimeFrame timeFrame(JsonNode node, Pointer at) {
        int before = problems.count();
        String type = type(node, at, "a time frame", TF_WITHIN, TF_DUE_BY, TF_ONGOING, TF_RECURRING);
        if (type == null) {
            return null;
        }
        switch (type) {
            case TF_WITHIN: {
                JsonNode o = object(node, at, "a 'within' time frame", TYPE, DURATION);
                Period duration = required(o, at, DURATION, this::period2);
                return build(before, o, at, "time frame", () -> TimeFrame.within(duration));
            }
            case TF_DUE_BY: {
                JsonNode o = object(node, at, "a 'due_by' time frame", TYPE, DATE);
                if (v2()) {
                    PlanDate stated = required(o, at, DATE, this::dueDate);
                    return build(before, o, at, "time frame", () -> DueBy.of(stated, resolve(stated)));
                }
                LocalDate date = required(o, at, DATE, this::date);
                return build(before, o, at, "time frame", () -> TimeFrame.dueBy(date));
            }
            case TF_ONGOING: {
                JsonNode o = object(node, at, "an 'ongoing' time frame", TYPE, REVIEW_EVERY);
                var every = optional(o, at, REVIEW_EVERY, (n, p) -> code(n, p, RECURRENCES));
                return build(before, o, at, "time frame",
                        () -> every == null ? TimeFrame.ongoing() : TimeFrame.ongoing(every));
            }
            default: {
                JsonNode o = object(node, at, "a 'recurring' time frame", TYPE, EVERY);
                var every = required(o, at, EVERY, (n, p) -> code(n, p, RECURRENCES));
                return build(before, o, at, "time frame", () -> TimeFrame.recurring(every));
            }
        }
    }

    /**
     * Reads a success criterion.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public SuccessCriterion criterion(JsonNode node, Pointer at) {
        int before = problems.count();
        String type = type(node, at, "a success criterion", SC_QUANTITATIVE, SC_MILESTONE, SC_QUALITATIVE);
        if (type == null) {
            return null;
        }
        switch (type) {
            case SC_QUANTITATIVE: {
                JsonNode o = v2() ? object(node, at, "a quantitative criterion", TYPE, ID, TEXT, MEASURE, BASELINE,
                        DIRECTION, TARGET, IN_LINE_WITH, DEADLINE, BENCHMARKS)
                        : object(node, at, "a quantitative criterion", TYPE, ID, TEXT, MEASURE, BASELINE,
                        DIRECTION, TARGET, DEADLINE, BENCHMARKS);
                QuantitativeTarget.Builder b = QuantitativeTarget.builder();
                set(required(o, at, ID, this::text), b::id);
                set(required(o, at, TEXT, (n, p) -> requiredText(text(n, p), p, 2000)), b::text);
                set(required(o, at, MEASURE, this::measure), b::measure);
                set(optional(o, at, BASELINE, this::baseline), b::baseline);
                Target target = optional(o, at, TARGET, this::target);
                set(target, b::target);
                InLineWith inLineWith = optional(o, at, IN_LINE_WITH, this::inLineWith);
                set(inLineWith, b::inLineWith);
                if (v2() && !o.has(DIRECTION)) {
                    boolean threshold = o.has(IN_LINE_WITH) || o.path(TARGET).path(KIND).asText().startsWith("at_");
                    if (!threshold) {
                        problems.add(at, "required field 'direction' is missing; it may be left out only when the "
                                + "target is at_least or at_most or the criterion has inLineWith");
                    } else {
                        QuantitativeTarget.impliedDirection(Optional.ofNullable(target),
                                Optional.ofNullable(inLineWith)).ifPresent(d -> b.direction(d).directionStated(false));
                    }
                } else {
                    set(required(o, at, DIRECTION, (n, p) -> code(n, p, DIRECTIONS)), b::direction);
                }
                if (v2()) {
                    PlanDate d = optional(o, at, DEADLINE, this::dueDate);
                    if (d != null) {
                        stated(d, b::deadline, b::deadlineAsStated);
                    }
                } else {
                    set(optional(o, at, DEADLINE, this::date), b::deadline);
                }
                set(optional(o, at, BENCHMARKS, (n, p) -> list(n, p, this::benchmark)), b::addAllBenchmarks);
                return build(before, o, at, "success criterion", b::build);
            }
            case SC_MILESTONE: {
                JsonNode o = object(node, at, "a milestone", TYPE, ID, TEXT, DUE);
                Milestone.Builder b = Milestone.builder();
                set(required(o, at, ID, this::text), b::id);
                set(required(o, at, TEXT, (n, p) -> requiredText(text(n, p), p, 2000)), b::text);
                if (v2()) {
                    PlanDate d = optional(o, at, DUE, this::dueDate);
                    if (d != null) {
                        stated(d, b::due, b::dueAsStated);
                    }
                } else {
                    set(optional(o, at, DUE, this::date), b::due);
                }
                return build(before, o, at, "success criterion", b::build);
            }
            default: {
                JsonNode o = object(node, at, "a qualitative criterion", TYPE, ID, TEXT, METHOD, MEASURE, TARGET);
                QualitativeCriterion.Builder b = QualitativeCriterion.builder();
                set(required(o, at, ID, this::text), b::id);
                set(required(o, at, TEXT, (n, p) -> requiredText(text(n, p), p, 2000)), b::text);
                set(optional(o, at, METHOD, (n, p) -> optionalText(text(n, p), p, 500, false)), b::method);
                set(optional(o, at, MEASURE, this::measure), b::measure);
                set(optional(o, at, TARGET, this::target), b::target);
                return build(before, o, at, "success criterion", b::build);
            }
        }
    }

    /**
     * Reads a measure.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public Measure measure(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "a measure", KIND, POPULATION, FOCUS_GROUP, REFERENCE, WITHIN, SUBJECTS,
                KEY_STAGES, UNIT, DESCRIPTION);
        if (o == null) {
            return null;
        }
        Measure.Builder b = Measure.builder();
        set(required(o, at, KIND, (n, p) -> code(n, p, v2() ? MEASURE_KINDS : MEASURE_KINDS_V1)), b::kind);
        set(required(o, at, POPULATION, (n, p) -> code(n, p, populations())), b::population);
        set(optional(o, at, FOCUS_GROUP, this::group), b::focusGroup);
        set(optional(o, at, REFERENCE, this::reference), b::reference);
        set(optional(o, at, WITHIN, this::group), b::within);
        set(optional(o, at, SUBJECTS, (n, p) -> codes(n, p, SUBJECTS_CODES)), b::addAllSubjects);
        set(optional(o, at, KEY_STAGES, (n, p) -> codes(n, p, KEY_STAGES_CODES)), b::addAllKeyStages);
        set(optional(o, at, UNIT, (n, p) -> code(n, p, MEASURE_UNITS)), b::unit);
        set(optional(o, at, DESCRIPTION, (n, p) -> optionalText(text(n, p), p, 1000, false)), b::description);
        if (o.has(REFERENCE) && !o.has(FOCUS_GROUP)) {
            problems.add(at.child(REFERENCE), "a reference needs a focusGroup to compare with");
        }
        return build(before, o, at, "measure", b::build);
    }

    /**
     * Reads a reference.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public Reference reference(JsonNode node, Pointer at) {
        int before = problems.count();
        List<String> types = new ArrayList<>();
        types.add(REF_GROUP);
        types.addAll(POPULATION_REFERENCES.codes());
        types.add(REF_BENCHMARK);
        String type = type(node, at, "a reference", types.toArray(new String[0]));
        if (type == null) {
            return null;
        }
        if (type.equals(REF_GROUP)) {
            JsonNode o = object(node, at, "a group reference", TYPE, GROUP);
            Group group = required(o, at, GROUP, this::group);
            return build(before, o, at, "reference", () -> GroupReference.of(group));
        }
        if (type.equals(REF_BENCHMARK)) {
            JsonNode o = v2() ? object(node, at, "a benchmark reference", TYPE, LABEL, VALUE, SCOPE, GROUP, SOURCE, YEAR)
                    : object(node, at, "a benchmark reference", TYPE, LABEL, VALUE, SOURCE);
            return benchmarkFields(before, o, at);
        }
        JsonNode o = object(node, at, "a '" + type + "' reference", TYPE);
        PopulationReference population = POPULATION_REFERENCES.find(type);
        return build(before, o, at, "reference", () -> population);
    }

    /**
     * Reads a benchmark (without a type field).
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public Benchmark benchmark(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = v2() ? object(node, at, "a benchmark", LABEL, VALUE, SCOPE, GROUP, SOURCE, YEAR)
                : object(node, at, "a benchmark", LABEL, VALUE, SOURCE);
        return o == null ? null : benchmarkFields(before, o, at);
    }

    private Benchmark benchmarkFields(int before, JsonNode o, Pointer at) {
        Benchmark.Builder b = Benchmark.builder();
        set(required(o, at, LABEL, (n, p) -> requiredText(text(n, p), p, 300)), b::label);
        if (v2()) {
            set(optional(o, at, VALUE, this::decimal), b::value);
            set(optional(o, at, SCOPE, (n, p) -> code(n, p, BENCHMARK_SCOPES)), b::scope);
            set(optional(o, at, GROUP, this::group), b::group);
        } else {
            set(required(o, at, VALUE, this::decimal), b::value);
        }
        set(optional(o, at, SOURCE, (n, p) -> optionalText(text(n, p), p, 500, false)), b::source);
        PlanDate year = optional(o, at, YEAR, this::statedDate);
        if (year != null && year.getPrecision() == PlanDate.Precision.END_OF_PLAN) {
            problems.add(at.child(YEAR), "the year of a benchmark must be a date, not end_of_plan");
        } else {
            set(year, b::year);
        }
        return build(before, o, at, "benchmark", b::build);
    }

    /**
     * Reads an in-line-with threshold.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public InLineWith inLineWith(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "an in-line-with threshold", BENCHMARK, TOLERANCE);
        if (o == null) {
            return null;
        }
        InLineWith.Builder b = InLineWith.builder();
        set(required(o, at, BENCHMARK, this::benchmark), b::benchmark);
        BigDecimal tolerance = optional(o, at, TOLERANCE, this::decimal);
        if (tolerance != null && tolerance.signum() < 0) {
            problems.add(at.child(TOLERANCE), "must not be negative: it is how far from the benchmark "
                    + "still counts as in line");
        }
        set(tolerance, b::tolerance);
        return build(before, o, at, "in-line-with threshold", b::build);
    }

    /**
     * Reads a baseline.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public Baseline baseline(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = v2() ? object(node, at, "a baseline", VALUE, DATE, SOURCE, SHARES)
                : object(node, at, "a baseline", VALUE, DATE, SOURCE);
        if (o == null) {
            return null;
        }
        Baseline.Builder b = Baseline.builder();
        set(required(o, at, VALUE, this::decimal), b::value);
        if (v2()) {
            PlanDate d = optional(o, at, DATE, this::statedDate);
            if (d != null && d.getPrecision() == PlanDate.Precision.END_OF_PLAN) {
                problems.add(at.child(DATE), "a baseline's date must be a date, not end_of_plan");
            } else if (d != null) {
                b.date(d);
            }
        } else {
            set(optional(o, at, DATE, this::date), b::date);
        }
        set(optional(o, at, SOURCE, (n, p) -> optionalText(text(n, p), p, 500, false)), b::source);
        set(optional(o, at, SHARES, (n, p) -> sized(list(n, p, this::share), p, 20)), b::addAllShares);
        return build(before, o, at, "baseline", b::build);
    }

    /**
     * Reads a percentage stated with its count (version 2).
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    StatedShare share(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "a stated share", LABEL, PERCENT, COUNT, DENOMINATOR);
        if (o == null) {
            return null;
        }
        StatedShare.Builder b = StatedShare.builder();
        set(optional(o, at, LABEL, (n, p) -> optionalText(words(n, p), p, 300, true)), b::label);
        set(required(o, at, PERCENT, this::decimal), b::percent);
        Integer count = required(o, at, COUNT, this::integer);
        if (count != null) {
            b.count(count);
        }
        Integer denominator = required(o, at, DENOMINATOR, this::integer);
        if (denominator != null) {
            b.denominator(denominator);
        }
        return build(before, o, at, "stated share", b::build);
    }

    /**
     * Reads a target.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public Target target(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "a target", KIND, VALUE);
        if (o == null) {
            return null;
        }
        var kind = required(o, at, KIND, (n, p) -> code(n, p, v2() ? TARGET_KINDS : TARGET_KINDS_V1));
        BigDecimal value = required(o, at, VALUE, this::decimal);
        return build(before, o, at, "target", () -> Target.of(kind, value));
    }

    /**
     * Reads a group.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public Group group(JsonNode node, Pointer at) {
        return group(node, at, true);
    }

    private Group group(JsonNode node, Pointer at, boolean withEmphasis) {
        int before = problems.count();
        JsonNode o = !v2() ? object(node, at, "a group", LABEL, CATEGORIES)
                : withEmphasis ? object(node, at, "a group", LABEL, CATEGORIES, EMPHASIS)
                : object(node, at, "an emphasis", LABEL, CATEGORIES);
        if (o == null) {
            return null;
        }
        Group.Builder b = Group.builder();
        // An emphasis is not cascaded to (Group.getEmphasis() has no @Valid), so its label is not checked.
        set(optional(o, at, LABEL, (n, p) -> withEmphasis ? optionalText(text(n, p), p, 200, false) : text(n, p)),
                b::label);
        List<Category> categories = v2() ? optional(o, at, CATEGORIES, (n, p) -> list(n, p, this::category))
                : required(o, at, CATEGORIES, (n, p) -> list(n, p, this::category));
        if (v2() && !o.has(LABEL) && !o.has(CATEGORIES)) {
            problems.add(at, "a group needs categories, or a label alone for a group the plan names without defining "
                    + "it");
        }
        if (withEmphasis) {
            set(optional(o, at, EMPHASIS, (n, p) -> group(n, p, false)), b::emphasis);
        }
        if (categories != null) {
            Set<Category> seen = new HashSet<>();
            for (int i = 0; i < categories.size(); i++) {
                if (!seen.add(categories.get(i))) {
                    problems.add(at.child(CATEGORIES).child(i),
                            "repeats category '" + Problems.abbreviate(categories.get(i).toString()) + "'");
                }
            }
            b.addAllCategories(categories);
        }
        return build(before, o, at, "group", b::build);
    }

    /**
     * Reads a category, either as a reference {@code dimension:code} to a standard dimension or as an object.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public Category category(JsonNode node, Pointer at) {
        if (node instanceof TextNode) {
            String ref = node.textValue();
            int colon = ref.indexOf(':');
            if (colon <= 0) {
                problems.add(at, "'" + Problems.abbreviate(ref)
                        + "' must name a category as dimension:code, such as sex:female");
                return null;
            }
            String id = ref.substring(0, colon);
            String code = ref.substring(colon + 1);
            Optional<Dimension> dimension = Dimensions.find(id).filter(d -> v2() || DIMENSIONS_V1.contains(d.getId()));
            if (dimension.isEmpty()) {
                problems.add(at, "'" + Problems.abbreviate(id) + "' is not a standard dimension; use one of "
                        + standardDimensions() + ", or describe the category as an object with dimension, code "
                        + "and label");
                return null;
            }
            for (Category c : dimension.get().getCategories()) {
                if (c.getCode().equals(code)) {
                    return c;
                }
            }
            problems.add(at, "dimension '" + id + "' has no category '" + Problems.abbreviate(code) + "'; use one of "
                    + String.join(", ", dimension.get().getCategories().stream().map(Category::getCode)
                            .toArray(String[]::new)));
            return null;
        }
        int before = problems.count();
        if (!(node instanceof ObjectNode)) {
            problems.add(at, "must be a category reference such as \"sex:female\", or an object with dimension, "
                    + "code and label");
            return null;
        }
        JsonNode o = object(node, at, "a category", DIMENSION, CODE, LABEL, DISCLOSURE);
        Category.Builder b = Category.builder();
        set(required(o, at, DIMENSION, this::text), b::dimensionId);
        set(required(o, at, CODE, this::text), b::code);
        set(required(o, at, LABEL, this::text), b::label);
        set(optional(o, at, DISCLOSURE, (n, p) -> code(n, p, DISCLOSURES)), b::disclosure);
        return build(before, o, at, "category", b::build, "dimensionId", DIMENSION);
    }

    private String standardDimensions() {
        return String.join(", ", Dimensions.standard().stream().map(Dimension::getId)
                .filter(id -> v2() || DIMENSIONS_V1.contains(id)).toArray(String[]::new));
    }

    private EnumCodec<org.equalityduty.core.duty.Population> populations() {
        return v2() ? POPULATIONS_CODES : POPULATIONS_CODES_V1;
    }

    /**
     * Reads a date as a plan states it (format version 2): a day, a month, a year, an academic year, a term or the
     * end of the plan, which needs the plan's period end.
     */
    private PlanDate statedDate(JsonNode node, Pointer at) {
        String s = text(node, at);
        if (s == null) {
            return null;
        }
        LocalDate day = day(s);
        if (day != null) {
            return PlanDate.of(day); // what PlanDate.parse gives for a day, without its patterns and formatter
        }
        PlanDate d;
        try {
            d = PlanDate.parse(s);
        } catch (InvalidValueException ex) {
            problems.add(at, ex.getMessage());
            return null;
        }
        return d;
    }

    /** Reads a stated date that is due or ends something: the end of the plan needs the plan's period end. */
    private PlanDate dueDate(JsonNode node, Pointer at) {
        PlanDate d = statedDate(node, at);
        if (d != null && d.getPrecision() == PlanDate.Precision.END_OF_PLAN && planEnd == null) {
            if (!periodBroken) {
                problems.add(at, "'end_of_plan' needs the plan's period end, and this plan states none");
            }
            return null;
        }
        return d;
    }

    /** Resolves a stated date to the day it stands for as an end or a deadline; null (with a problem) if it cannot. */
    private LocalDate resolve(PlanDate d) {
        return d.resolveLast(Optional.ofNullable(planEnd)).orElse(null);
    }

    /** Sets an exact date and the date as stated from a stated date, reporting an end of plan that has no end. */
    private void stated(PlanDate d, java.util.function.Consumer<LocalDate> exact,
            java.util.function.Consumer<PlanDate> asStated) {
        if (d.isDay()) {
            exact.accept(d.last().orElseThrow());
            return;
        }
        LocalDate day = resolve(d);
        if (day != null) {
            exact.accept(day);
        }
        asStated.accept(d);
    }

    /**
     * Reads a publication rule.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public PublicationRule publicationRule(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "a publication rule", PUBLISHER, ITEMS, PROGRESS_UPDATED, LOCATION, TEXT);
        if (o == null) {
            return null;
        }
        PublicationRule.Builder b = PublicationRule.builder();
        set(required(o, at, PUBLISHER, (n, p) -> code(n, p, PUBLISHERS)), b::publisher);
        set(optional(o, at, ITEMS, (n, p) -> codes(n, p, PUBLISHED_ITEMS)), b::addAllItems);
        set(optional(o, at, PROGRESS_UPDATED, (n, p) -> code(n, p, RECURRENCES)), b::progressUpdated);
        set(optional(o, at, LOCATION, (n, p) -> optionalText(text(n, p), p, 500, true)), b::location);
        set(required(o, at, TEXT, (n, p) -> requiredText(text(n, p), p, 5000)), b::text);
        return build(before, o, at, "publication rule", b::build);
    }

    /**
     * Reads an observation series.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public ObservationSeries series(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "an observation series", CRITERION_ID, OBSERVATIONS);
        if (o == null) {
            return null;
        }
        ObservationSeries.Builder b = ObservationSeries.builder();
        set(required(o, at, CRITERION_ID, this::text), b::criterionId);
        List<Observation> observations = optional(o, at, OBSERVATIONS,
                (n, p) -> sized(list(n, p, this::observation), p, 1000));
        if (observations != null) {
            for (int i = 1; i < observations.size(); i++) {
                LocalDate date = observations.get(i).getDate();
                LocalDate previous = observations.get(i - 1).getDate();
                if (!date.isAfter(previous)) {
                    problems.add(at.child(OBSERVATIONS).child(i).child(DATE),
                            "observations must be in increasing date order, but " + date + " follows " + previous);
                }
            }
            b.addAllObservations(observations);
        }
        return build(before, o, at, "observation series", b::build);
    }

    /**
     * Reads an observation.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public Observation observation(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "an observation", DATE, STATUS, VALUE, SAMPLE_SIZE, LOWER, UPPER, NOTE);
        if (o == null) {
            return null;
        }
        Observation.Builder b = Observation.builder();
        set(required(o, at, DATE, this::date), b::date);
        set(optional(o, at, STATUS, (n, p) -> code(n, p, OBSERVATION_STATUSES)), b::status);
        set(optional(o, at, VALUE, this::decimal), b::value);
        Integer size = optional(o, at, SAMPLE_SIZE, this::integer);
        if (size != null) {
            b.sampleSize(size);
        }
        set(optional(o, at, LOWER, this::decimal), b::lower);
        set(optional(o, at, UPPER, this::decimal), b::upper);
        set(optional(o, at, NOTE, (n, p) -> optionalText(text(n, p), p, 1000, false)), b::note);
        return build(before, o, at, "observation", b::build);
    }

    /**
     * Reads the progress of one criterion, as a progress report lists it.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public CriterionProgress criterionProgress(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "a criterion's progress", OBJECTIVE_ID, CRITERION_ID, PATH, KIND, STATUS,
                EXPLANATION, MEASURE_STATUS, DEADLINE, TARGET, FRACTION, PROJECTION, LATEST_VALUE, LATEST_DATE);
        if (o == null) {
            return null;
        }
        CriterionProgress.Builder b = CriterionProgress.builder();
        set(required(o, at, OBJECTIVE_ID, (n, p) -> identifier(n, p, OBJECTIVE_ID)), b::objectiveId);
        set(required(o, at, CRITERION_ID, (n, p) -> identifier(n, p, CRITERION_ID)), b::criterionId);
        set(required(o, at, PATH, this::criterionPath), b::path);
        CriterionKind kind = required(o, at, KIND, (n, p) -> code(n, p, CRITERION_KINDS));
        set(kind, b::kind);
        CriterionStatus status = required(o, at, STATUS, (n, p) -> code(n, p, CRITERION_STATUSES));
        set(status, b::status);
        set(required(o, at, EXPLANATION, this::nonBlank), b::explanation);
        CriterionStatus measureStatus = optional(o, at, MEASURE_STATUS, (n, p) -> code(n, p, CRITERION_STATUSES));
        set(measureStatus, b::measureStatus);
        set(optional(o, at, DEADLINE, this::date), b::deadline);
        set(optional(o, at, TARGET, this::resolvedTarget), b::target);
        set(optional(o, at, FRACTION, this::figure), b::fraction);
        set(optional(o, at, PROJECTION, this::figure), b::projection);
        set(optional(o, at, LATEST_VALUE, this::figure), b::latestValue);
        set(optional(o, at, LATEST_DATE, this::date), b::latestDate);
        if (kind != null && status != null && !kind.allows(status)) {
            problems.add(at.child(STATUS), "'" + status.getCode() + "' is not a status of a "
                    + kind.getCode() + " criterion; use one of " + statusCodes(kind));
        }
        if (measureStatus != null) {
            if (kind != null && kind != CriterionKind.QUALITATIVE) {
                problems.add(at.child(MEASURE_STATUS),
                        "only a qualitative criterion has a measureStatus, for the measure tied to it");
            } else if (!CriterionKind.QUANTITATIVE.allows(measureStatus)) {
                problems.add(at.child(MEASURE_STATUS), "'" + measureStatus.getCode()
                        + "' is not a status of a measure; use one of " + statusCodes(CriterionKind.QUANTITATIVE));
            }
        }
        if (o.has(LATEST_VALUE) != o.has(LATEST_DATE)) {
            problems.add(at.child(o.has(LATEST_VALUE) ? LATEST_VALUE : LATEST_DATE),
                    "latestValue and latestDate must be given together");
        }
        return build(before, o, at, "criterion's progress", b::build);
    }

    private static String statusCodes(CriterionKind kind) {
        return String.join(", ", CRITERION_STATUSES.sortedCodes(kind.getStatuses()));
    }

    /**
     * Reads a resolved target, as a progress report gives it.
     *
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @return the value, null if there were problems
     */
    public ResolvedTarget resolvedTarget(JsonNode node, Pointer at) {
        int before = problems.count();
        JsonNode o = object(node, at, "a resolved target", VALUE, BASELINE, BASELINE_FROM_OBSERVATIONS, READING,
                EXPLANATION);
        if (o == null) {
            return null;
        }
        ResolvedTarget.Builder b = ResolvedTarget.builder();
        set(required(o, at, VALUE, this::figure), b::value);
        set(optional(o, at, BASELINE, this::figure), b::baseline);
        Boolean fromObservations = optional(o, at, BASELINE_FROM_OBSERVATIONS, this::bool);
        b.baselineFromObservations(fromObservations != null && fromObservations);
        set(optional(o, at, READING, (n, p) -> code(n, p, READINGS)), b::reading);
        set(required(o, at, EXPLANATION, this::nonBlank), b::explanation);
        if (fromObservations != null && fromObservations && !o.has(BASELINE)) {
            problems.add(at.child(BASELINE_FROM_OBSERVATIONS),
                    "a baseline taken from the observations needs the baseline value");
        }
        return build(before, o, at, "resolved target", b::build);
    }

    // ---------------------------------------------------------------------------------------------- scalars

    private String nonBlank(JsonNode node, Pointer at) {
        String s = text(node, at);
        if (s != null && s.isBlank()) {
            problems.add(at, "must not be blank");
            return null;
        }
        return s;
    }

    private String identifier(JsonNode node, Pointer at, String field) {
        String s = text(node, at);
        if (s != null && !ID_TEXT.matcher(s).matches()) {
            problems.add(at, field + " '" + Problems.abbreviate(s)
                    + "' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
            return null;
        }
        return s;
    }

    private String criterionPath(JsonNode node, Pointer at) {
        String s = text(node, at);
        if (s != null && !CRITERION_PATH_TEXT.matcher(s).matches()) {
            problems.add(at, "'" + Problems.abbreviate(s) + "' must be a criterion's path in the plan, such as "
                    + "objectives[0].successCriteria[1] or objectives[1].actions[0].successCriteria[0]");
            return null;
        }
        return s;
    }

    private Boolean bool(JsonNode node, Pointer at) {
        if (!node.isBoolean()) {
            problems.add(at, "must be true or false, not " + describe(node));
            return null;
        }
        return node.booleanValue();
    }

    /** A decimal figure of a progress report: read exactly, with wider limits than plan values. */
    private BigDecimal figure(JsonNode node, Pointer at) {
        return decimal(node, at, MAX_REPORT_DECIMAL_PLACES, MAX_REPORT_INTEGER_DIGITS);
    }

    private BigDecimal decimal(JsonNode node, Pointer at) {
        return decimal(node, at, MAX_DECIMAL_PLACES, MAX_INTEGER_DIGITS);
    }

    private String text(JsonNode node, Pointer at) {
        if (!(node instanceof TextNode)) {
            problems.add(at, "must be text (a JSON string), not " + describe(node));
            return null;
        }
        return node.textValue();
    }

    private LocalDate date(JsonNode node, Pointer at) {
        String s = text(node, at);
        if (s == null) {
            return null;
        }
        LocalDate valid = day(s);
        if (valid != null) {
            return valid;
        }
        if (!DATE_TEXT.matcher(s).matches()) {
            problems.add(at, "'" + Problems.abbreviate(s) + "' must be a date written yyyy-mm-dd, such as 2024-07-31");
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(s);
        } catch (DateTimeException ex) {
            problems.add(at, "'" + s + "' is not a date in the calendar");
            return null;
        }
        if (day.getYear() < 1000) {
            // the years a stated date may have (format version 2), so that every date read can be written back
            problems.add(at, "'" + s + "' must be a date from the year 1000 to 9999");
            return null;
        }
        return day;
    }

    /**
     * Reads a day written {@code yyyy-mm-dd} in the years 1000 to 9999 by hand, as {@code LocalDate.parse} would
     * read it: the common case of {@link #date} and of a stated date, without a pattern and a formatter per date.
     *
     * @param s  the text, not null
     * @return the day, or null for any other text (the callers' full checks then say what is wrong with it)
     */
    static @org.jspecify.annotations.Nullable LocalDate day(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 1000 || month < 1 || month > 12 || day < 1
                || day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The value of the ASCII digits {@code s[from, to)}, or -1 if any is not one. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    @SuppressWarnings("JavaPeriodGetDays") // the days field on its own is what is limited, as the message says
    private Period period2(JsonNode node, Pointer at) {
        String s = text(node, at);
        if (s == null) {
            return null;
        }
        Period period = period(s);
        if (period == null) {
            problems.add(at, "'" + Problems.abbreviate(s)
                    + "' must be an ISO-8601 period of years, months, weeks or days, such as P3M or P1Y6M");
            return null;
        }
        if (period.getDays() > MAX_DURATION_FIELD) {
            // Weeks are kept as days, and written as days: P9999W would be written P69993D and not read back.
            problems.add(at, "'" + s + "' is too long: it comes to " + period.getDays() + " days, and a duration has at "
                    + "most " + MAX_DURATION_FIELD + " days (a week counts as 7 days)");
            return null;
        }
        return period;
    }

    /**
     * Reads a duration of the {@link #PERIOD_REGEX} form by hand, as {@code Period.parse} reads it (weeks become
     * seven days each, added to the days): {@code P}, then at least one of years, months, weeks and days, in that
     * order, each one to four ASCII digits and its letter.
     *
     * @param s  the text, not null
     * @return the period, or null if the text has another form
     */
    static @org.jspecify.annotations.Nullable Period period(String s) {
        int n = s.length();
        if (n < 3 || s.charAt(0) != 'P') {
            return null;
        }
        int[] fields = new int[4]; // years, months, weeks, days
        int next = 0; // the first field that may still come
        int i = 1;
        while (i < n) {
            int start = i;
            int value = 0;
            while (i < n && i - start < 5 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                value = value * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start || i - start > 4 || i == n) {
                return null;
            }
            int field = "YMWD".indexOf(s.charAt(i));
            if (field < next) {
                return null; // not a unit letter (-1), or out of order, or repeated
            }
            fields[field] = value;
            next = field + 1;
            i++;
        }
        return Period.of(fields[0], fields[1], fields[2] * 7 + fields[3]);
    }

    private Integer integer(JsonNode node, Pointer at) {
        if (!(node instanceof NumericNode)) {
            problems.add(at, "must be a whole number, not " + describe(node));
            return null;
        }
        if (!node.isIntegralNumber()) {
            problems.add(at, "must be a whole number, without a decimal point or exponent");
            return null;
        }
        if (!node.canConvertToInt()) {
            problems.add(at, "is too large; the largest allowed is " + Integer.MAX_VALUE);
            return null;
        }
        return node.intValue();
    }

    private BigDecimal decimal(JsonNode node, Pointer at, int maxPlaces, int maxIntegerDigits) {
        if (!(node instanceof NumericNode)) {
            problems.add(at, "must be a number, not " + describe(node));
            return null;
        }
        BigDecimal value = node.decimalValue();
        if (value.scale() > maxPlaces) {
            problems.add(at, "has more than " + maxPlaces + " decimal places");
            return null;
        }
        // In long arithmetic: precision() - scale() overflows an int for 1e2147483647.
        if ((long) value.precision() - value.scale() > maxIntegerDigits) {
            problems.add(at, "is too large; at most " + maxIntegerDigits + " digits before the decimal point");
            return null;
        }
        return value;
    }

    /**
     * Reads an enum constant from its code.
     *
     * @param <E> the enum type
     * @param node  the node, not null
     * @param at  its pointer, not null
     * @param codec  the codes, not null
     * @return the value, null if there were problems
     */
    public <E extends Enum<E>> E code(JsonNode node, Pointer at, EnumCodec<E> codec) {
        String s = text(node, at);
        if (s == null) {
            return null;
        }
        E value = codec.find(s);
        if (value == null) {
            problems.add(at, "'" + Problems.abbreviate(s) + "' is not a " + codec.noun() + " code; use one of "
                    + codec.expected());
        }
        return value;
    }

    private <E extends Enum<E>> Set<E> codes(JsonNode node, Pointer at, EnumCodec<E> codec) {
        List<E> list = list(node, at, (n, p) -> code(n, p, codec));
        if (list == null) {
            return null;
        }
        Set<E> set = EnumSet.noneOf(codec.type());
        for (int i = 0; i < list.size(); i++) {
            if (!set.add(list.get(i))) {
                problems.add(at.child(i), "repeats '" + codec.code(list.get(i)) + "'");
            }
        }
        return set;
    }

    private <T> List<T> list(JsonNode node, Pointer at, Part<T> element) {
        if (!(node instanceof ArrayNode)) {
            problems.add(at, "must be a list (a JSON array), not " + describe(node));
            return null;
        }
        int before = problems.count();
        List<T> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            Pointer p = at.child(i);
            if (e instanceof NullNode) {
                problems.add(p, "must not be null");
                continue;
            }
            out.add(element.read(e, p));
        }
        return problems.count() > before ? null : out;
    }

    private <T> Map<String, T> map(JsonNode node, Pointer at, Part<T> value) {
        if (!(node instanceof ObjectNode)) {
            problems.add(at, "must be an object whose field names are criterion identifiers, not " + describe(node));
            return null;
        }
        int before = problems.count();
        Map<String, T> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Pointer p = at.child(e.getKey());
            if (e.getValue() instanceof NullNode) {
                problems.add(p, "must not be null");
                continue;
            }
            out.put(e.getKey(), value.read(e.getValue(), p));
        }
        return problems.count() > before ? null : out;
    }

    private static String describe(JsonNode node) {
        switch (node.getNodeType()) {
            case STRING:
                return "text";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return node.booleanValue() ? "true" : "false";
            case ARRAY:
                return "a list";
            case OBJECT:
                return "an object";
            case NULL:
                return "null";
            default:
                return "an unsupported value";
        }
    }

    // ---------------------------------------------------------------------------------------------- structure

    /** Reads one part of the document at a pointer. */
    @FunctionalInterface
    interface Part<T> {
        T read(JsonNode node, Pointer at);
    }

    private static <T> void set(T value, java.util.function.Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    /**
     * Checks that a node is an object and reports fields it should not have. Returns null if not an object.
     */
    private JsonNode object(JsonNode node, Pointer at, String noun, String... fields) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof ObjectNode)) {
            problems.add(at, "must be " + noun + " (a JSON object), not " + describe(node));
            return null;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!contains(fields, name)) {
                problems.add(at.child(name), "'" + Problems.abbreviate(name) + "' is not a field of "
                        + noun + "; the fields are " + String.join(", ", new LinkedHashSet<>(List.of(fields))));
            }
        }
        return node;
    }

    /**
     * Reads the discriminator {@code type} of a sealed family; returns null (with a problem) if it is missing or
     * not one of the choices.
     */
    private String type(JsonNode node, Pointer at, String noun, String... choices) {
        if (!(node instanceof ObjectNode)) {
            problems.add(at, "must be " + noun + " (a JSON object with a 'type'), not " + describe(node));
            return null;
        }
        JsonNode t = node.get(TYPE);
        if (t == null) {
            problems.add(at, "required field 'type' is missing; it says which kind of " + noun.substring(noun.indexOf(' ') + 1)
                    + " this is: " + String.join(", ", choices));
            return null;
        }
        String s = text(t, at.child(TYPE));
        if (s == null) {
            return null;
        }
        if (!contains(choices, s)) {
            problems.add(at.child(TYPE), "'" + Problems.abbreviate(s) + "' is not a type of "
                    + noun.substring(noun.indexOf(' ') + 1) + "; use one of " + String.join(", ", choices));
            return null;
        }
        return s;
    }

    private static boolean contains(String[] names, String name) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private <T> T required(JsonNode o, Pointer at, String field, Part<T> part) {
        if (o == null) {
            return null;
        }
        JsonNode n = o.get(field);
        if (n == null) {
            problems.add(at, "required field '" + field + "' is missing");
            return null;
        }
        if (n instanceof NullNode) {
            problems.add(at.child(field), "must not be null");
            return null;
        }
        return part.read(n, at.child(field));
    }

    private <T> T optional(JsonNode o, Pointer at, String field, Part<T> part) {
        if (o == null) {
            return null;
        }
        JsonNode n = o.get(field);
        if (n == null) {
            return null;
        }
        if (n instanceof NullNode) {
            problems.add(at.child(field), "must not be null; leave the field out if there is no value");
            return null;
        }
        return part.read(n, at.child(field));
    }

    /**
     * Builds a value if its part of the document had no problem, turning a broken invariant into a problem at
     * the field the message names (or at the object). Returns null on any problem.
     */
    private <T> T build(int before, JsonNode o, Pointer at, String noun, Supplier<T> builder, String... aliases) {
        if (o == null || problems.count() > before) {
            return null;
        }
        try {
            return builder.get();
        } catch (InvalidValueException ex) {
            String message = ex.getMessage();
            problems.add(pointerFor(message, o, at, aliases), message);
        } catch (RuntimeException ex) {
            // Builders report missing attributes with Java names; never pass those on.
            problems.add(at, "is not a valid " + noun);
        }
        return null;
    }

    private static Pointer pointerFor(String message, JsonNode o, Pointer at, String... aliases) {
        for (int i = 0; i + 1 < aliases.length; i += 2) {
            if (message.startsWith(aliases[i] + " ") && o.has(aliases[i + 1])) {
                return at.child(aliases[i + 1]);
            }
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (message.startsWith(name + " ")) {
                return at.child(name);
            }
        }
        return at;
    }

    /**
     * Reports the structural problems held back while mapping a document that had no other problem, in the order
     * of {@code EqualityValidation.validate}; returns the value if there were none, else null.
     */
    private <T> T validated(T value) {
        checking = false;
        if (pending.isEmpty()) {
            return value;
        }
        List<Pending> found = new ArrayList<>(pending);
        pending.clear();
        found.sort(null);
        Pending previous = null;
        for (Pending p : found) {
            // EqualityValidation.validate lists each (path, message) once
            if (previous == null || p.compareTo(previous) != 0) {
                problems.add(p.pointer, p.message);
            }
            previous = p;
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- structure

    /**
     * core's {@code Texts.NOT_BLANK}, the {@code @Pattern} of optional texts (core's internal package is not
     * exported; {@code StructureConstraintsTest} checks that the two are the same).
     */
    static final String NOT_BLANK_REGEX = "(?s).*\\S.*";

    /**
     * Checks whether a text matches {@link #NOT_BLANK_REGEX}, without a regular expression: whether it has a
     * character that {@code \S} matches, one other than the six that {@code \s} matches by default (space, tab,
     * line feed, vertical tab, form feed, carriage return). A surrogate is never one of those six, so working on
     * chars rather than code points gives the same answer.
     *
     * @param s  the text, not null
     * @return true if the pattern matches
     */
    static boolean notBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** The message of {@code @NotBlank}, and of the {@code @Pattern} of optional texts. */
    private static final String BLANK = "must not be blank";

    /** A structural problem held back until the document is known to have no other problem. */
    private static final class Pending implements Comparable<Pending> {
        /** The Bean Validation path of the problem, such as {@code objectives[0].title}: what problems sort by. */
        final String path;
        final String pointer;
        final String message;

        Pending(String path, String pointer, String message) {
            this.path = path;
            this.pointer = pointer;
            this.message = message;
        }

        @Override
        public int compareTo(Pending other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : message.compareTo(other.message);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Pending p && compareTo(p) == 0;
        }

        @Override
        public int hashCode() {
            return path.hashCode() * 31 + message.hashCode();
        }
    }

    private void startChecks(Pointer at) {
        checking = validate;
        root = at.toString();
        pending.clear();
    }

    /** The message of {@code @Size}, as Hibernate Validator words it. */
    private static String size(int min, int max) {
        return "size must be between " + min + " and " + max;
    }

    /** Holds back a problem at a pointer inside the document being checked. */
    private void pend(Pointer at, String suffix, String message) {
        String pointer = at.toString();
        pending.add(new Pending(path(pointer) + suffix, pointer, message));
    }

    /**
     * The Bean Validation path of a pointer in the document being checked: {@code /objectives/1/actions/0} is
     * {@code objectives[1].actions[0]}. A plan's field names are never all digits, so each such token is an index.
     */
    private String path(String at) {
        StringBuilder out = new StringBuilder(at.length() + 8);
        int i = root.length();
        while (i < at.length()) {
            int end = at.indexOf('/', i + 1);
            if (end < 0) {
                end = at.length();
            }
            String token = at.substring(i + 1, end);
            if (!token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9')) {
                out.append('[').append(token).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(token.replace("~1", "/").replace("~0", "~"));
            }
            i = end;
        }
        return out.toString();
    }

    /** {@code @NotBlank @Size(max = max)} on a text the value requires. */
    private String requiredText(String s, Pointer at, int max) {
        if (checking && s != null) {
            if (s.isBlank()) { // Hibernate Validator's @NotBlank: String.isBlank
                pend(at, "", BLANK);
            }
            if (s.length() > max) {
                pend(at, "", size(0, max));
            }
        }
        return s;
    }

    /** {@code @NotBlank @Size(max = max)} on a text in a list. */
    private String element(String s, Pointer at, int max) {
        if (checking && s != null) {
            if (s.isBlank()) { // Hibernate Validator's @NotBlank: String.isBlank
                pend(at, ".<list element>", BLANK);
            }
            if (s.length() > max) {
                pend(at, ".<list element>", size(0, max));
            }
        }
        return s;
    }

    /** {@code Optional<@Size(min = 1, max = max) String>}, with {@code @Pattern(NOT_BLANK)} if {@code notBlank}. */
    private String optionalText(String s, Pointer at, int max, boolean notBlank) {
        return optionalText(s, at, max, notBlank, null);
    }

    /**
     * The same, for a property whose Bean Validation path is given (the path of the pointer when null): the period
     * in words is the plan's {@code periodAsWritten}, written in the period.
     */
    private String optionalText(String s, Pointer at, int max, boolean notBlank, String path) {
        if (checking && s != null) {
            if (s.isEmpty() || s.length() > max) {
                pending.add(new Pending(path != null ? path : path(at.toString()), at.toString(), size(1, max)));
            }
            if (notBlank && !notBlank(s)) {
                pending.add(new Pending(path != null ? path : path(at.toString()), at.toString(), BLANK));
            }
        }
        return s;
    }

    /** {@code @Size(max = max)} on a list. */
    private <T> List<T> sized(List<T> list, Pointer at, int max) {
        if (checking && list != null && list.size() > max) {
            pend(at, "", size(0, max));
        }
        return list;
    }

    /**
     * {@code @UniqueIds}: objective identifiers, and success criterion identifiers across the whole plan, are
     * unique; each repeat is reported where it is used again, as {@code UniqueIdsValidator} reports it.
     */
    private void uniqueIds(List<Objective> objectives, Pointer at) {
        if (!checking) {
            return;
        }
        Set<String> objectiveIds = new HashSet<>();
        Set<String> criterionIds = new HashSet<>();
        for (int o = 0; o < objectives.size(); o++) {
            Objective objective = objectives.get(o);
            Pointer oat = at.child(o);
            if (!objectiveIds.add(objective.getId())) {
                pend(oat.child(ID), "", "objective identifier '" + objective.getId()
                        + "' is already used earlier in the plan");
            }
            List<SuccessCriterion> own = objective.getSuccessCriteria();
            for (int c = 0; c < own.size(); c++) {
                if (!criterionIds.add(own.get(c).getId())) {
                    pend(oat.child(SUCCESS_CRITERIA).child(c).child(ID), "",
                            "success criterion identifier '" + own.get(c).getId() + "' is already used earlier in the plan");
                }
            }
            List<Action> actions = objective.getActions();
            for (int a = 0; a < actions.size(); a++) {
                List<SuccessCriterion> criteria = actions.get(a).getSuccessCriteria();
                Pointer aat = oat.child(ACTIONS).child(a);
                for (int c = 0; c < criteria.size(); c++) {
                    if (!criterionIds.add(criteria.get(c).getId())) {
                        pend(aat.child(SUCCESS_CRITERIA).child(c).child(ID), "",
                                "success criterion identifier '" + criteria.get(c).getId()
                                        + "' is already used earlier in the plan");
                    }
                }
            }
        }
    }
}
