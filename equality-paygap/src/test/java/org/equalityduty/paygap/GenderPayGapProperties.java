package org.equalityduty.paygap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the six figures over generated workforces with many tied rates: input order never changes a figure;
 * the bands hold every full-pay relevant employee; each band's shares sum to 100; and the mean and median gaps agree
 * with an independent sort-based computation.
 */
class GenderPayGapProperties {
    private static final LocalDate SNAPSHOT = LocalDate.of(2025, 3, 31);

    /** An employee as an int: bit 0 the sex, bits 1.. a rate index (few distinct rates, so many ties). */
    private static Gen<List<Integer>> workforces() {
        return lists().of(integers().between(0, 2 * 12 - 1)).ofSizeBetween(1, 120);
    }

    private static List<PayRecord> records(List<Integer> codes) {
        List<PayRecord> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            int c = codes.get(i);
            int rate = c >> 1;
            out.add(PayRecord.of("e" + i, (c & 1) == 0 ? Sex.MALE : Sex.FEMALE, (10 + rate) + "." + (rate % 3) + "5",
                    rate % 4 == 0 ? "0" : Integer.toString(rate * 10)));
        }
        return out;
    }

    @Test
    void inputOrderNeverChangesAnyFigure() {
        qt().forAll(workforces(), integers().all()).checkAssert((codes, seed) -> {
            List<PayRecord> records = records(codes);
            List<PayRecord> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(GenderPayGap.calculate(records, SNAPSHOT), GenderPayGap.calculate(shuffled, SNAPSHOT));
        });
    }

    /** Rates with six decimal places take the BigDecimal path, four or fewer the primitive one: same answers. */
    @Test
    void primitiveAndDecimalPathsAgree() {
        qt().forAll(workforces()).checkAssert(codes -> {
            List<PayRecord> records = records(codes);
            List<PayRecord> sixPlaces = new ArrayList<>();
            for (PayRecord r : records) {
                sixPlaces.add(PayRecord.of(r.getId(), r.getSex(), r.getHourlyPay().get().getHourlyRate().setScale(6)
                        .toPlainString(), r.getBonusPay().get().setScale(6).toPlainString()));
            }
            assertEquals(GenderPayGap.calculate(records, SNAPSHOT), GenderPayGap.calculate(sixPlaces, SNAPSHOT));
        });
    }

    @Test
    void bandsHoldEveryoneAndSharesSumToOneHundred() {
        qt().forAll(workforces()).checkAssert(codes -> {
            GenderPayGapReport r = GenderPayGap.calculate(records(codes), SNAPSHOT);
            long n = r.getFullPayRelevantMen() + r.getFullPayRelevantWomen();
            assertEquals(n, r.getQuartiles().stream().mapToLong(QuartileBand::getSize).sum());
            assertEquals(r.getFullPayRelevantMen(), r.getQuartiles().stream().mapToLong(QuartileBand::getMen).sum());
            long[] ends = Quartiles.ends(n);
            for (int b = 0; b < 4; b++) {
                assertEquals(ends[b + 1] - ends[b], r.getQuartiles().get(b).getSize(), "band " + b);
            }
            // Pay gaps may legitimately fall outside the service's range (the checks say so); nothing else may fail.
            assertEquals(List.of(), GovUkChecks.check(r).stream()
                    .filter(p -> !p.contains("outside the service's range")).collect(Collectors.toList()));
        });
    }

    @Test
    void gapsAgreeWithASortBasedComputation() {
        qt().forAll(workforces()).checkAssert(codes -> {
            List<PayRecord> records = records(codes);
            GenderPayGapReport r = GenderPayGap.calculate(records, SNAPSHOT);
            List<BigDecimal> men = new ArrayList<>();
            List<BigDecimal> women = new ArrayList<>();
            for (PayRecord p : records) {
                (p.getSex() == Sex.MALE ? men : women).add(p.getHourlyPay().get().getHourlyRate());
            }
            if (men.isEmpty() || women.isEmpty()) {
                assertEquals(FigureStatus.NOT_COMPUTED, r.getFigure(GovUkField.DIFF_MEAN_HOURLY_PERCENT).getStatus());
                return;
            }
            // Exactly, as fractions: (A - B) / A = (sumA / nA - sumB / nB) / (sumA / nA) = (sumA nB - sumB nA) /
            // (sumA nB). Means to a fixed number of places misround a gap that is exactly half way at the published
            // place: men 335.00 over 22 and women 247.90 over 16 give exactly -1.75%, published -1.8 half up, where
            // means to 60 places give -1.74999...% and -1.7 (a case this property found).
            BigDecimal a = sum(men).multiply(BigDecimal.valueOf(women.size()));
            BigDecimal b = sum(women).multiply(BigDecimal.valueOf(men.size()));
            BigDecimal expectedMean = a.subtract(b).multiply(BigDecimal.valueOf(100)).divide(a, 1, RoundingMode.HALF_UP);
            BigDecimal ma = sortedMedian(men);
            BigDecimal mb = sortedMedian(women);
            BigDecimal expectedMedian = ma.subtract(mb).multiply(BigDecimal.valueOf(100)).divide(ma, 1,
                    RoundingMode.HALF_UP);
            assertEquals(expectedMean, r.getFigure(GovUkField.DIFF_MEAN_HOURLY_PERCENT).getValue().get());
            assertEquals(expectedMedian, r.getFigure(GovUkField.DIFF_MEDIAN_HOURLY_PERCENT).getValue().get());
            assertTrue(r.getFigure(GovUkField.DIFF_MEAN_HOURLY_PERCENT).getReason().isEmpty());
        });
    }

    private static BigDecimal sum(List<BigDecimal> xs) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal x : xs) {
            sum = sum.add(x);
        }
        return sum;
    }

    private static BigDecimal sortedMedian(List<BigDecimal> xs) {
        List<BigDecimal> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : s.get(n / 2 - 1).add(s.get(n / 2)).divide(BigDecimal.valueOf(2));
    }
}
