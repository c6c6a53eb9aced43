# Rewrites uses of the testkit's removed faces (0.2.0): EqualityGens.x(...) becomes
# EqualityGenerators.x(...).toGen(), and RuleCodes.X becomes Rule.X (org.equalityduty.core.assessment.Rule).
# Apply with: perl -pi docs/migration/0.2-testkit.pl $(git ls-files '*.java')
s/\bEqualityGens\.(\w+)(\((?:[^()]++|(?2))*\))/EqualityGenerators.$1$2.toGen()/g;
s/^import org\.equalityduty\.testkit\.EqualityGens;/import org.equalityduty.testkit.EqualityGenerators;/;
s/\bRuleCodes\.([A-Z_]+)\b/Rule.$1/g;
s/^import org\.equalityduty\.testkit\.RuleCodes;/import org.equalityduty.core.assessment.Rule;/;
# a file that imported both keeps one import of each
if (/^import org\.equalityduty\.(testkit\.EqualityGenerators|core\.assessment\.Rule);/) {
    $_ = "" if $seen{"$ARGV $1"}++;
}
