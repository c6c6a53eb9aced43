package org.equalityduty.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The independent intruder ({@link Intruder}, mixed-integer programming on ojAlgo) attacks random publications
 * protected by the library: one-way, two-way, linked, shared-row, trust-of-schools and subtotal tables, with
 * thresholds 5 and 10, both zero policies and both costs. Fresh random seeds every run (QuickTheories reports the
 * failing seed). Asserted for every publication: no primary count is shown, and no primary count's whole-number
 * interval is narrower than the protection width.
 */
class IntruderProperties {
    /** 10,000 publications per run across the two properties. */
    private static final int EXAMPLES = 5_000;

    private final Map<String, AtomicInteger> kinds = new TreeMap<>();
    private final AtomicInteger primaries = new AtomicInteger();
    private final AtomicInteger withheld = new AtomicInteger();

    private void attack(long seed, boolean zerosPublished) {
        RandomPublications.Case c = RandomPublications.generate(seed, zerosPublished);
        java.util.Random rnd = new java.util.Random(seed ^ 0x5DEECE66DL);
        int k = rnd.nextBoolean() ? 10 : 5;
        DisclosureRules rules = DisclosureRules.defaults().withThreshold(k)
                .withZeroPolicy(zerosPublished ? ZeroPolicy.PUBLISH : ZeroPolicy.SUPPRESS)
                .withCost(rnd.nextBoolean() ? SuppressionCost.CELL_VALUE : SuppressionCost.CELL_COUNT);
        ProtectedPublication out = DisclosureControl.protect(c.publication(), rules);
        kinds.computeIfAbsent(c.kind(), x -> new AtomicInteger()).incrementAndGet();
        if (out.getStatus() != ProtectionStatus.PROTECTED) {
            withheld.incrementAndGet();
        }
        Intruder intruder = c.brief().apply(out);
        for (Intruder.Pos p : intruder.positions()) {
            long v = intruder.value(p);
            boolean primary = v > 0 && v < k || v == 0 && !zerosPublished;
            if (!primary) {
                continue;
            }
            primaries.incrementAndGet();
            assertTrue(!intruder.isShown(p), c.kind() + " seed " + seed + ": primary " + p + " = " + v + " is shown");
            Intruder.Range range = intruder.attack(p);
            assertTrue(range.lo() <= v && v <= range.hi(), "the truth lies in the intruder's range");
            assertTrue(range.width() >= rules.getProtectionWidth(), c.kind() + " seed " + seed + ": primary " + p
                    + " = " + v + " narrowed to " + range);
        }
    }

    @Test
    void noPrimaryIsNarrowerThanTheWidthWhenZerosArePublished() {
        qt().withExamples(EXAMPLES).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> attack(seed, true));
        report();
    }

    @Test
    void noPrimaryIsNarrowerThanTheWidthWhenZerosAreSuppressed() {
        qt().withExamples(EXAMPLES).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> attack(seed, false));
        report();
    }

    private void report() {
        int total = kinds.values().stream().mapToInt(AtomicInteger::get).sum();
        assertEquals(6, kinds.size(), "every kind of publication was generated: " + kinds);
        assertTrue(primaries.get() > total, "the publications had primaries to protect: " + primaries);
        // Fail closed must be the exception, not the way the property is met.
        assertTrue(withheld.get() * 20 < total, "withheld " + withheld + " of " + total);
        System.out.println("intruder: " + total + " publications " + kinds + ", " + primaries + " primary cells"
                + " attacked (" + Intruder.MIPS + " bounds needed the integer programme), " + withheld
                + " withheld in part or whole");
    }
}
