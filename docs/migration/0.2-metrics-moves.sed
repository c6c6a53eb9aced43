# equality-metrics 0.2.0: packages split by concept, and renamed types.
# Apply to Java sources, Markdown and text:  sed -i -f docs/migration/0.2-metrics-moves.sed FILE...
# Idempotent: applying it twice changes nothing more. It rewrites fully-qualified names (imports included) and the
# simple names of renamed types; it never touches org.equalityduty.core.Reference.
# Do not apply it to CHANGELOG.md: it names the old types on purpose.

# options: how to compute, and what a focus group is compared with
s/\borg\.equalityduty\.metrics\.MetricOptions\b/org.equalityduty.metrics.options.MetricOptions/g
s/\borg\.equalityduty\.metrics\.Polarity\b/org.equalityduty.metrics.options.Polarity/g
s/\borg\.equalityduty\.metrics\.Reference\b/org.equalityduty.metrics.options.Comparison/g

# results: every figure with its status and reason
s/\borg\.equalityduty\.metrics\.MetricStatus\b/org.equalityduty.metrics.results.MetricStatus/g
s/\borg\.equalityduty\.metrics\.Ahead\b/org.equalityduty.metrics.results.Ahead/g
s/\borg\.equalityduty\.metrics\.GapMeasure\b/org.equalityduty.metrics.results.GapMeasure/g
s/\borg\.equalityduty\.metrics\.GapResult\b/org.equalityduty.metrics.results.GapResult/g
s/\borg\.equalityduty\.metrics\.GapIndexResult\b/org.equalityduty.metrics.results.GapIndexResult/g
s/\borg\.equalityduty\.metrics\.ShareResult\b/org.equalityduty.metrics.results.ShareResult/g
s/\borg\.equalityduty\.metrics\.DiversityResult\b/org.equalityduty.metrics.results.DiversityResult/g
s/\borg\.equalityduty\.metrics\.BenchmarkComparison\b/org.equalityduty.metrics.results.BenchmarkComparison/g
s/\borg\.equalityduty\.metrics\.StageRate\b/org.equalityduty.metrics.results.StageRate/g
s/\borg\.equalityduty\.metrics\.Change\.Absolute\b/org.equalityduty.metrics.results.AbsoluteChange/g
s/\borg\.equalityduty\.metrics\.Change\.Relative\b/org.equalityduty.metrics.results.RelativeChange/g

# accumulators: mergeable summaries, histograms and per-category / per-school collections
s/\borg\.equalityduty\.metrics\.Summary\b/org.equalityduty.metrics.accumulators.Summary/g
s/\borg\.equalityduty\.metrics\.Proportion\b/org.equalityduty.metrics.accumulators.Proportion/g
s/\borg\.equalityduty\.metrics\.Intersection\b/org.equalityduty.metrics.accumulators.Intersection/g
s/\borg\.equalityduty\.metrics\.GapIndex\b/org.equalityduty.metrics.accumulators.GapIndex/g
s/\borg\.equalityduty\.metrics\.Selection\b/org.equalityduty.metrics.accumulators.Selection/g
s/\borg\.equalityduty\.metrics\.GroupedSummaries\b/org.equalityduty.metrics.accumulators.CategorySummaries/g
s/\borg\.equalityduty\.metrics\.GroupedCounts\b/org.equalityduty.metrics.accumulators.CategoryCounts/g
s/\borg\.equalityduty\.metrics\.GroupedGaps\b/org.equalityduty.metrics.accumulators.PerSchoolGaps/g

# functions: pure static functions over summaries, counts and values
s/\borg\.equalityduty\.metrics\.Gaps\b/org.equalityduty.metrics.functions.Gaps/g
s/\borg\.equalityduty\.metrics\.Representation\b/org.equalityduty.metrics.functions.Representation/g
s/\borg\.equalityduty\.metrics\.Change\b/org.equalityduty.metrics.functions.Change/g

# Simple names of renamed types. "Grouped" now says what it groups by.
s/\bGroupedSummaries\b/CategorySummaries/g
s/\bGroupedCounts\b/CategoryCounts/g
s/\bGroupedGaps\b/PerSchoolGaps/g
s/\bChange\.Absolute\b/AbsoluteChange/g
s/\bChange\.Relative\b/RelativeChange/g
# metrics' Reference is now Comparison: rewrite only its own static factories and nested Kind, which core's
# sealed Reference does not have, so core's Reference is left alone.
s/\bReference\.\(restOfPopulation\|wholePopulation\|namedGroup\|externalBenchmark\|Kind\)\b/Comparison.\1/g
# A variable or constant declared with metrics' Reference and initialised from one of its factories.
s/\bReference\(\s\+[A-Za-z_][A-Za-z0-9_]*\s*=\s*Comparison\.\)/Comparison\1/g
