# Rewrites fully qualified names moved by the split of equality-core into packages by concept (0.2.0).
# Apply with: sed -i -E -f docs/migration/0.2-core-moves.sed $(git ls-files '*.java')
#
# Every name written here is a public type of an exported package (the build checks it). What was removed has no
# new name, so no line here: the rule constraint annotations of org.equalityduty.core.assessment (@Measurable,
# @HasBaseline, ... 21 of them) with their validators, their groups (Smart, Duty, DutyEngland, DutyWales,
# DutyScotland, ChildFriendly), AssessedPlan and SuggestedFix (see CHANGELOG.md, Removed):
# validator.validate(plan, Smart.class) becomes PlanAssessor.assess(validator, plan, asOf) filtered by rule code.
# org.equalityduty.core.validation.UniqueIdsValidator is no longer API: Hibernate Validator finds it by itself, so
# code that named it (a validator registered by hand) drops that line.

s/\borg\.equalityduty\.core\.Action\b/org.equalityduty.core.plan.Action/g
s/\borg\.equalityduty\.core\.Baseline\b/org.equalityduty.core.plan.Baseline/g
s/\borg\.equalityduty\.core\.Benchmark\b/org.equalityduty.core.plan.Benchmark/g
s/\borg\.equalityduty\.core\.Category\b/org.equalityduty.core.population.Category/g
s/\borg\.equalityduty\.core\.CensusEthnicity\b/org.equalityduty.core.population.CensusEthnicity/g
s/\borg\.equalityduty\.core\.Dimension\b/org.equalityduty.core.population.Dimension/g
s/\borg\.equalityduty\.core\.Dimensions\b/org.equalityduty.core.population.Dimensions/g
s/\borg\.equalityduty\.core\.Direction\b/org.equalityduty.core.plan.Direction/g
s/\borg\.equalityduty\.core\.Disclosure\b/org.equalityduty.core.population.Disclosure/g
s/\borg\.equalityduty\.core\.DueBy\b/org.equalityduty.core.plan.DueBy/g
s/\borg\.equalityduty\.core\.DutyAim\b/org.equalityduty.core.duty.DutyAim/g
s/\borg\.equalityduty\.core\.DutyLimb\b/org.equalityduty.core.duty.DutyLimb/g
s/\borg\.equalityduty\.core\.EqualityPlan\b/org.equalityduty.core.plan.EqualityPlan/g
s/\borg\.equalityduty\.core\.EthnicGroup\b/org.equalityduty.core.population.EthnicGroup/g
s/\borg\.equalityduty\.core\.Group\b/org.equalityduty.core.population.Group/g
s/\borg\.equalityduty\.core\.GroupReference\b/org.equalityduty.core.plan.GroupReference/g
s/\borg\.equalityduty\.core\.Jurisdiction\b/org.equalityduty.core.duty.Jurisdiction/g
s/\borg\.equalityduty\.core\.KeyStage\b/org.equalityduty.core.plan.KeyStage/g
s/\borg\.equalityduty\.core\.Measure\b/org.equalityduty.core.plan.Measure/g
s/\borg\.equalityduty\.core\.MeasureKind\b/org.equalityduty.core.plan.MeasureKind/g
s/\borg\.equalityduty\.core\.MeasureUnit\b/org.equalityduty.core.plan.MeasureUnit/g
s/\borg\.equalityduty\.core\.Milestone\b/org.equalityduty.core.plan.Milestone/g
s/\borg\.equalityduty\.core\.Objective\b/org.equalityduty.core.plan.Objective/g
s/\borg\.equalityduty\.core\.Observation\b/org.equalityduty.core.observation.Observation/g
s/\borg\.equalityduty\.core\.ObservationSeries\b/org.equalityduty.core.observation.ObservationSeries/g
s/\borg\.equalityduty\.core\.ObservationStatus\b/org.equalityduty.core.observation.ObservationStatus/g
s/\borg\.equalityduty\.core\.Ongoing\b/org.equalityduty.core.plan.Ongoing/g
s/\borg\.equalityduty\.core\.Organisation\b/org.equalityduty.core.duty.Organisation/g
s/\borg\.equalityduty\.core\.OrganisationType\b/org.equalityduty.core.duty.OrganisationType/g
s/\borg\.equalityduty\.core\.PlanPeriod\b/org.equalityduty.core.plan.PlanPeriod/g
s/\borg\.equalityduty\.core\.Population\b/org.equalityduty.core.duty.Population/g
s/\borg\.equalityduty\.core\.PopulationReference\b/org.equalityduty.core.plan.PopulationReference/g
s/\borg\.equalityduty\.core\.ProgressRecord\b/org.equalityduty.core.observation.ProgressRecord/g
s/\borg\.equalityduty\.core\.ProtectedCharacteristic\b/org.equalityduty.core.duty.ProtectedCharacteristic/g
s/\borg\.equalityduty\.core\.PublicationCycle\b/org.equalityduty.core.duty.PublicationCycle/g
s/\borg\.equalityduty\.core\.PublicationRule\b/org.equalityduty.core.duty.PublicationRule/g
s/\borg\.equalityduty\.core\.PublishedItem\b/org.equalityduty.core.duty.PublishedItem/g
s/\borg\.equalityduty\.core\.Publisher\b/org.equalityduty.core.duty.Publisher/g
s/\borg\.equalityduty\.core\.QualitativeCriterion\b/org.equalityduty.core.plan.QualitativeCriterion/g
s/\borg\.equalityduty\.core\.QuantitativeTarget\b/org.equalityduty.core.plan.QuantitativeTarget/g
s/\borg\.equalityduty\.core\.Recurrence\b/org.equalityduty.core.duty.Recurrence/g
s/\borg\.equalityduty\.core\.Recurring\b/org.equalityduty.core.plan.Recurring/g
s/\borg\.equalityduty\.core\.Reference\b/org.equalityduty.core.plan.Reference/g
s/\borg\.equalityduty\.core\.Subject\b/org.equalityduty.core.plan.Subject/g
s/\borg\.equalityduty\.core\.SuccessCriterion\b/org.equalityduty.core.plan.SuccessCriterion/g
s/\borg\.equalityduty\.core\.Target\b/org.equalityduty.core.plan.Target/g
s/\borg\.equalityduty\.core\.TargetKind\b/org.equalityduty.core.plan.TargetKind/g
s/\borg\.equalityduty\.core\.TimeFrame\b/org.equalityduty.core.plan.TimeFrame/g
s/\borg\.equalityduty\.core\.WithinDuration\b/org.equalityduty.core.plan.WithinDuration/g
s/\borg\.equalityduty\.core\.assessment\.Severity\b/org.equalityduty.core.constraints.Severity/g
s/\borg\.equalityduty\.core\.validation\.UniqueIds\b/org.equalityduty.core.constraints.UniqueIds/g
