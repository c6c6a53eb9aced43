# Writes the JSON Schemas of wire format version 1. Run from this directory: python3 schema.py
# The output files are committed; SchemaTest checks them against the golden and bad documents.
import json, collections
O = collections.OrderedDict
OUT = "../main/resources/org/equalityduty/json/"
BASE = "https://equalityduty.org/schema/1/"

def enum(desc, codes):
    return O(type="string", description=desc, enum=codes)

def text(desc, maxlen, minlen=1):
    return O(type="string", description=desc, minLength=minlen, maxLength=maxlen)

def date(desc):
    return O(type="string", description=desc + " ISO-8601 calendar date, yyyy-mm-dd.", format="date",
             pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}$")

def arr(desc, items, maxitems=None, unique=False):
    a = O(type="array", description=desc, items=items)
    if maxitems: a["maxItems"] = maxitems
    if unique: a["uniqueItems"] = True
    return a

def obj(desc, props, required=()):
    o = O(type="object", description=desc)
    if required: o["required"] = list(required)
    o["properties"] = O(props)
    o["additionalProperties"] = False
    return o

def ref(name, desc):
    return O([("$ref", "#/$defs/" + name), ("description", desc)])

def number(desc):
    return O(type="number", description=desc + " Written exactly, as a JSON number (never a string); at most 20 decimal places and 30 digits before the point.")

ID = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
def ident(desc):
    return O(type="string", description=desc + " 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.", pattern=ID)

AIMS = ["eliminate_discrimination", "advance_equality_of_opportunity", "foster_good_relations"]
CHARS = ["age", "disability", "gender_reassignment", "marriage_and_civil_partnership", "pregnancy_and_maternity",
         "race", "religion_or_belief", "sex", "sexual_orientation"]
POPS = ["pupils", "staff", "job_applicants", "parents_and_community"]
RECUR = ["half_termly", "termly", "annually"]
KINDS = ["attainment_gap", "attainment_rate", "mean_score", "gap_index", "representation_share", "count", "rate",
         "pay_gap", "disclosure_rate", "survey_positive_rate", "selection_rate"]
UNITS = ["percent", "percentage_points", "count", "score", "index"]
SUBJECTS = ["reading", "writing", "maths", "grammar_punctuation_spelling", "english", "science",
            "reading_writing_maths", "english_and_maths", "attainment_8", "progress_8"]
STAGES = ["eyfs", "ks1", "ks2", "ks3", "ks4", "ks5"]
TARGETS = ["level", "change", "percentage_points", "relative_percent", "percent_as_stated"]

def header(kind, desc):
    return [("kind", O(type="string", description="The kind of document; always '%s'." % kind, const=kind)),
            ("formatVersion", O(type="integer", description="The version of the wire format. This schema describes version 1; readers reject newer versions.", const=1))]

common_defs = O()
common_defs["category"] = O(description="A category of a dimension: a reference 'dimension:code' to a standard dimension (sex, ethnicity, ethnic_group, disadvantage, sen_provision, eal, disability, staff_role), or an object describing a category of a dimension of the organisation's own.",
    oneOf=[O(type="string", description="Reference to a category of a standard dimension, such as 'sex:female' or 'sen_provision:K'.", pattern="^[a-z][a-z0-9_]{0,39}:[A-Za-z0-9][A-Za-z0-9_]{0,39}$"),
           obj("A category of a dimension of the organisation's own.", [
               ("dimension", O(type="string", description="Identifier of the dimension: lower-case letters, digits and underscores, starting with a letter.", pattern="^[a-z][a-z0-9_]{0,39}$")),
               ("code", O(type="string", description="Code of the category within its dimension: 1 to 40 letters, digits or underscores.", pattern="^[A-Za-z0-9][A-Za-z0-9_]{0,39}$")),
               ("label", O(type="string", description="Plain-English label of the category.")),
               ("disclosure", enum("Whether the category records a known value, a refusal or information not obtained; 'known' if left out.", ["known", "refused", "not_obtained"]))],
               ["dimension", "code", "label"])])
common_defs["group"] = obj("A group of people: those in every listed dimension's categories (categories of the same dimension are alternatives).", [
    ("label", text("Plain-English name of the group.", 200)),
    ("categories", arr("The categories that define the group; at least one, none repeated.", ref("category", "One category."), unique=True) | O(minItems=1))],
    ["categories"])
common_defs["benchmark"] = obj("An external value to compare with.", [
    ("label", text("What the benchmark is, such as 'National gap 2023'.", 300)),
    ("value", number("The benchmark value.")),
    ("source", text("Where the value comes from.", 500))], ["label", "value"])
common_defs["reference"] = O(description="What the focus group is compared with.", oneOf=[
    obj("Compared with another group.", [("type", O(type="string", description="Kind of reference.", const="group")), ("group", ref("group", "The group compared with."))], ["type", "group"]),
    obj("Compared with everyone in the population outside the focus group.", [("type", O(type="string", description="Kind of reference.", const="rest_of_population"))], ["type"]),
    obj("Compared with the whole population, focus group included.", [("type", O(type="string", description="Kind of reference.", const="whole_population"))], ["type"]),
    obj("Compared with an external benchmark.", [("type", O(type="string", description="Kind of reference.", const="benchmark")),
        ("label", text("What the benchmark is.", 300)), ("value", number("The benchmark value.")), ("source", text("Where the value comes from.", 500))], ["type", "label", "value"])])
common_defs["measure"] = obj("What is measured, for whom, compared with whom.", [
    ("kind", enum("The kind of measure.", KINDS)),
    ("population", enum("The population measured.", POPS)),
    ("focusGroup", ref("group", "The group the measure is about.")),
    ("reference", ref("reference", "What the focus group is compared with; needs a focusGroup.")),
    ("within", ref("group", "Restricts the measure to people in this group, such as teachers.")),
    ("subjects", arr("Subjects measured, no repeats.", enum("A subject.", SUBJECTS), unique=True)),
    ("keyStages", arr("Key stages measured, no repeats.", enum("A key stage.", STAGES), unique=True)),
    ("unit", enum("Unit of the values, if not the measure kind's natural unit.", UNITS)),
    ("description", text("Plain-English description of the measure.", 1000))], ["kind", "population"])
common_defs["target"] = obj("The value aimed for.", [
    ("kind", enum("How to read the value: a level to reach, a change, percentage points, a percentage of the baseline, or a percentage as the plan stated it (ambiguous).", TARGETS)),
    ("value", number("The target value; not negative unless the kind is 'level'."))], ["kind", "value"])
common_defs["baseline"] = obj("The starting value.", [
    ("value", number("The starting value.")),
    ("date", date("When the baseline was measured.")),
    ("source", text("Where the value comes from.", 500))], ["value"])
common_defs["successCriterion"] = O(description="How success is known: a quantitative target, a milestone or a qualitative criterion.", oneOf=[
    obj("A numeric target on a measure.", [
        ("type", O(type="string", description="Kind of criterion.", const="quantitative")),
        ("id", ident("Identifier, unique among the plan's criteria.")),
        ("text", text("The criterion as the plan states it.", 2000)),
        ("measure", ref("measure", "What is measured.")),
        ("baseline", ref("baseline", "The starting value.")),
        ("direction", enum("Which way the value should move.", ["increase", "decrease", "maintain"])),
        ("target", ref("target", "The value aimed for.")),
        ("deadline", date("When the target is to be met.")),
        ("benchmarks", arr("External values to compare progress with.", ref("benchmark", "A benchmark.")))],
        ["type", "id", "text", "measure", "direction"]),
    obj("Something to be done by a date.", [
        ("type", O(type="string", description="Kind of criterion.", const="milestone")),
        ("id", ident("Identifier, unique among the plan's criteria.")),
        ("text", text("The milestone as the plan states it.", 2000)),
        ("due", date("When the milestone is due."))], ["type", "id", "text"]),
    obj("A criterion judged rather than counted.", [
        ("type", O(type="string", description="Kind of criterion.", const="qualitative")),
        ("id", ident("Identifier, unique among the plan's criteria.")),
        ("text", text("The criterion as the plan states it.", 2000)),
        ("method", text("How it is judged, such as 'annual survey'.", 500)),
        ("measure", ref("measure", "A measure that informs the judgement.")),
        ("target", ref("target", "A value aimed for; needs a measure."))], ["type", "id", "text"])])

plan_defs = O()
plan_defs["organisation"] = obj("The school or trust.", [
    ("type", enum("Whether this is a trust or a school.", ["trust", "school"])),
    ("name", text("Name of the organisation.", 200)),
    ("urn", O(type="string", description="Unique reference number: six digits.", pattern="^[0-9]{6}$")),
    ("employeeCount", O(type="integer", description="Number of employees; a whole number, not negative.", minimum=0, maximum=2147483647)),
    ("schools", arr("The trust's schools; only a trust lists schools.", ref("organisation", "A school.")))], ["type", "name"])
plan_defs["period"] = obj("The period the plan covers; end not before start.", [
    ("start", date("First day of the period.")), ("end", date("Last day of the period."))], ["start", "end"])
plan_defs["timeFrame"] = O(description="When an action is to be done.", oneOf=[
    obj("Within a duration of the plan's start.", [("type", O(type="string", description="Kind of time frame.", const="within")),
        ("duration", O(type="string", description="ISO-8601 period of years, months, weeks or days, such as P3M; positive.", pattern="^P(?=[0-9])([0-9]{1,4}Y)?([0-9]{1,4}M)?([0-9]{1,4}W)?([0-9]{1,4}D)?$"))], ["type", "duration"]),
    obj("By a date.", [("type", O(type="string", description="Kind of time frame.", const="due_by")), ("date", date("The due date."))], ["type", "date"]),
    obj("Ongoing, optionally reviewed at intervals.", [("type", O(type="string", description="Kind of time frame.", const="ongoing")),
        ("reviewEvery", enum("How often the work is reviewed.", RECUR))], ["type"]),
    obj("Repeated at intervals.", [("type", O(type="string", description="Kind of time frame.", const="recurring")),
        ("every", enum("How often the action recurs.", RECUR))], ["type", "every"])])
plan_defs["action"] = obj("One row of an objective's action plan.", [
    ("description", text("What will be done.", 2000)),
    ("responsible", arr("People or roles responsible.", text("A person or role.", 200), 50)),
    ("resources", arr("Resources needed.", text("A resource.", 1000), 50)),
    ("timeFrame", ref("timeFrame", "When the action is to be done.")),
    ("successCriteria", arr("How success is known.", ref("successCriterion", "A criterion."), 100))], ["description"])
plan_defs["objective"] = obj("An equality objective.", [
    ("id", ident("Identifier, unique within the plan and stable across versions of it.")),
    ("title", text("The objective as published.", 1000)),
    ("rationale", text("Why the objective was chosen.", 10000)),
    ("aims", arr("Aims of the general duty (s.149(1)) the objective serves, no repeats.", enum("An aim.", AIMS), unique=True)),
    ("characteristics", arr("Protected characteristics addressed, no repeats.", enum("A protected characteristic.", CHARS), unique=True)),
    ("groups", arr("Groups addressed, including groups that are not protected characteristics such as disadvantaged pupils.", ref("group", "A group."), 100)),
    ("populations", arr("Populations the objective is about, no repeats.", enum("A population.", POPS), unique=True)),
    ("childFriendlyVersion", text("The objective written for children.", 5000)),
    ("actions", arr("The actions, in plan order.", ref("action", "An action."), 500)),
    ("successCriteria", arr("Criteria for the objective as a whole.", ref("successCriterion", "A criterion."), 100)),
    ("targetDate", date("When the objective as a whole is to be achieved."))], ["id", "title"])
plan_defs["publicationRule"] = obj("The plan's own rule about who publishes what.", [
    ("publisher", enum("Who publishes.", ["trust", "each_school"])),
    ("items", arr("What is published, no repeats.", enum("An item.", ["equality_information", "objectives", "reasons", "planned_actions", "progress"]), unique=True)),
    ("progressUpdated", enum("How often progress is updated.", RECUR)),
    ("location", text("Where it is published.", 500)),
    ("text", text("The rule as the plan states it.", 5000))], ["publisher", "text"])
plan_defs.update(common_defs)

plan = O([("$schema", "https://json-schema.org/draft/2020-12/schema"), ("$id", BASE + "equality-plan.schema.json"),
          ("title", "Equality plan, wire format version 1"),
          ("description", "A school's or trust's published equality information and objectives (public sector equality duty, Equality Act 2010 s.149). Empty optional values and empty lists are left out; fields must not be null; unknown fields are rejected.")])
plan.update(obj(plan["description"], header("equality-plan", "") + [
    ("organisation", ref("organisation", "The organisation that publishes the plan.")),
    ("jurisdiction", enum("The jurisdiction whose specific duties apply.", ["england", "wales", "scotland"])),
    ("period", ref("period", "The period the plan covers.")),
    ("title", text("The title as published.", 1000)),
    ("publishedOn", date("The date the plan was published.")),
    ("introduction", text("The plan's opening statement of its main aim.", 10000)),
    ("objectives", arr("The objectives, in plan order.", ref("objective", "An objective."), 200)),
    ("impactStatement", text("The impact the plan expects.", 10000)),
    ("informationPublishedOn", arr("Dates on which equality information was published.", date("A date."), 100)),
    ("progressReportDates", arr("Dates on which progress was or will be reported.", date("A date."), 100)),
    ("publicationRules", arr("The plan's own rules about who publishes what.", ref("publicationRule", "A rule."), 50))],
    ["kind", "formatVersion", "organisation", "jurisdiction", "period"]))
plan["$defs"] = plan_defs

prog_defs = O()
prog_defs["observation"] = obj("One value of a criterion's measure at a date, or the reason there is none.", [
    ("date", date("The date the value refers to.")),
    ("status", enum("Whether the value is available; 'available' if left out. A value is required when available and must be absent otherwise.", ["available", "not_published", "suppressed", "not_collected"])),
    ("value", number("The observed value.")),
    ("sampleSize", O(type="integer", description="Number of people the value is based on; a whole number, not negative.", minimum=0, maximum=2147483647)),
    ("lower", number("Lower end of an uncertainty interval; given with upper.")),
    ("upper", number("Upper end of an uncertainty interval; given with lower.")),
    ("note", text("A note about the value.", 1000))], ["date"])
prog_defs["series"] = obj("The observations of one success criterion.", [
    ("criterionId", ident("Identifier of the success criterion in the plan.")),
    ("observations", arr("The observations, in strictly increasing date order.", ref("observation", "An observation."), 1000))], ["criterionId"])
prog = O([("$schema", "https://json-schema.org/draft/2020-12/schema"), ("$id", BASE + "progress-record.schema.json"),
          ("title", "Progress record, wire format version 1"),
          ("description", "Progress on a plan's success criteria as of a date. Empty optional values are left out; fields must not be null; unknown fields are rejected.")])
prog.update(obj(prog["description"], header("progress-record", "") + [
    ("asOf", date("The date the record describes.")),
    ("series", arr("Observations per success criterion.", ref("series", "A series."), 1000)),
    ("milestonesCompleted", O(type="object", description="Completion dates of milestones, by criterion identifier.", additionalProperties=date("The completion date."))),
    ("evidence", O(type="object", description="Evidence for criteria, by criterion identifier.", additionalProperties=text("The evidence.", 2000)))],
    ["kind", "formatVersion", "asOf"]))
prog["$defs"] = prog_defs

QUANT_STATUSES = ["achieved", "on_track", "off_track", "inconclusive", "not_yet_due", "no_data", "not_measurable"]
STATUSES = QUANT_STATUSES + ["done", "overdue", "evidence_recorded", "no_evidence"]
def figure(desc):
    return O(type="number", description=desc + " Written exactly, as a JSON number (never a string); at most 100 decimal places and 50 digits before the point.")
def nonblank(desc):
    return O(type="string", description=desc + " Not blank.", minLength=1)

rep_defs = O()
rep_defs["period"] = obj("The period the plan covers; end not before start.", [
    ("start", date("First day of the period.")), ("end", date("Last day of the period."))], ["start", "end"])
rep_defs["resolvedTarget"] = obj("A criterion's target resolved to a value in the measure's unit, with the resolution spelt out.", [
    ("value", figure("The target value in the measure's unit.")),
    ("baseline", figure("The baseline the target was resolved from; left out for a level target with no baseline.")),
    ("baselineFromObservations", O(type="boolean", description="True if the baseline is the earliest available observation because the plan states none; false if left out. True needs a baseline.")),
    ("reading", enum("How a target stated 'by N%' was read: relative (N% of the baseline) or percentage_points; left out for other kinds of target.", ["relative", "percentage_points"])),
    ("explanation", nonblank("The resolution in plain English."))], ["value", "explanation"])
rep_defs["resolvedTarget"]["dependentRequired"] = O(baselineFromObservations=["baseline"])
crit = obj("The progress of one success criterion as of the report's date: its status, why, and the figures behind it.", [
    ("objectiveId", ident("Identifier of the objective the criterion belongs to.")),
    ("criterionId", ident("Identifier of the criterion; not repeated within the report.")),
    ("path", O(type="string", description="The criterion's path in the plan, such as objectives[1].actions[0].successCriteria[0].", pattern="^objectives\\[[0-9]{1,9}\\](\\.actions\\[[0-9]{1,9}\\])?\\.successCriteria\\[[0-9]{1,9}\\]$")),
    ("kind", enum("The kind of criterion.", ["quantitative", "milestone", "qualitative"])),
    ("status", enum("The status: quantitative criteria take achieved, on_track, off_track, inconclusive, not_yet_due, no_data or not_measurable; milestones done, overdue or not_yet_due; qualitative criteria evidence_recorded or no_evidence.", STATUSES)),
    ("explanation", nonblank("A one-line plain-English explanation of the status.")),
    ("measureStatus", enum("The status of the measure tied to a qualitative criterion; only on qualitative criteria with a measure.", QUANT_STATUSES)),
    ("deadline", date("The deadline the criterion is judged against, if one applies.")),
    ("target", ref("resolvedTarget", "The resolved target; left out if there is no numeric target or no baseline to resolve it from.")),
    ("fraction", figure("The fraction of the way from baseline to target, (latest - baseline) / (target - baseline), to 16 significant digits; 1 or more means the target is reached, negative means the measure moved away from it.")),
    ("projection", figure("The value of the least-squares trend line at the deadline, rounded half-up to 4 decimal places.")),
    ("latestValue", figure("The latest available value as of the report's date; given with latestDate.")),
    ("latestDate", date("The date of the latest available value; given with latestValue."))],
    ["objectiveId", "criterionId", "path", "kind", "status", "explanation"])
crit["dependentRequired"] = O(latestValue=["latestDate"], latestDate=["latestValue"])
def when(kind, statuses, measure):
    then = O(properties=O(status=O(description="The statuses a %s criterion takes." % kind, enum=statuses)))
    if not measure:
        then["properties"]["measureStatus"] = O([("description", "Only a qualitative criterion has a measureStatus."), ("not", O())])
    return O([("if", O(properties=O(kind=O(description="A %s criterion." % kind, const=kind)), required=["kind"])), ("then", then)])
crit["allOf"] = [when("quantitative", QUANT_STATUSES, False), when("milestone", ["done", "overdue", "not_yet_due"], False),
                 when("qualitative", ["evidence_recorded", "no_evidence"], True)]
rep_defs["criterionProgress"] = crit
rep = O([("$schema", "https://json-schema.org/draft/2020-12/schema"), ("$id", BASE + "progress-report.schema.json"),
         ("title", "Progress report, wire format version 1"),
         ("description", "The annual progress report of a plan as of a date: one entry per success criterion, in plan order, and the record entries that match no criterion. Empty optional values and empty lists are left out; fields must not be null; unknown fields are rejected.")])
rep.update(obj(rep["description"], header("progress-report", "") + [
    ("organisationName", nonblank("The name of the organisation that publishes the plan.")),
    ("period", ref("period", "The period the plan covers.")),
    ("asOf", date("The date the report is evaluated as of.")),
    ("criteria", arr("The progress of each criterion: for each objective, its own criteria, then those of each action, in plan order.", ref("criterionProgress", "A criterion's progress."))),
    ("unmatchedRecordEntries", arr("Record entries that match no criterion of the plan and were ignored, such as \"series 'o9.c1'\"; series first in record order, then milestones and evidence in identifier order.", nonblank("An entry.")))],
    ["kind", "formatVersion", "organisationName", "period", "asOf"]))
rep["$defs"] = rep_defs

for name, doc in [("equality-plan.schema.json", plan), ("progress-record.schema.json", prog),
                  ("progress-report.schema.json", rep)]:
    with open(OUT + name, "w") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
