package org.equalityduty.paygap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks the gov.uk gender pay gap service makes of submitted figures, applied to our output before a trust
 * copies it: every figure has one decimal place; the pay gaps lie between -200.9 and 200.9; the bonus and quartile
 * shares between 0 and 100; each quartile band's male and female shares sum to 100.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class GovUkChecks {
    /**
     * The smallest pay gap the service accepts.
     *
     * @since 0.2.0
     */
    public static final BigDecimal MIN_GAP = new BigDecimal("-200.9");
    /**
     * The largest pay gap the service accepts.
     *
     * @since 0.2.0
     */
    public static final BigDecimal MAX_GAP = new BigDecimal("200.9");
    private static final BigDecimal HUNDRED = new BigDecimal("100.0");

    private GovUkChecks() {
    }

    /**
     * Checks a report's computed figures; figures not computed are not checked (the service takes them empty).
     *
     * @param report  the report, not null
     * @return the problems, one sentence each, in field order; empty if the service would accept every figure
     * @since 0.2.0
     */
    public static List<String> check(GenderPayGapReport report) {
        return check(report.getFigures());
    }

    /**
     * Checks figures by field.
     *
     * @param figures  the figures, not null
     * @return the problems, one sentence each, in field order; empty if the service would accept every figure
     * @since 0.2.0
     */
    public static List<String> check(Map<GovUkField, Figure> figures) {
        Checks.notNull(figures, "figures");
        List<String> problems = new ArrayList<>();
        for (GovUkField field : GovUkField.values()) {
            Figure figure = figures.get(field);
            if (figure == null) {
                problems.add(field.getServiceName() + " is missing");
                continue;
            }
            Optional<BigDecimal> value = figure.getValue();
            if (value.isEmpty()) {
                continue;
            }
            BigDecimal v = value.get();
            String name = field.getServiceName();
            if (v.scale() != Figure.SCALE) {
                problems.add(name + " " + v.toPlainString() + " must have exactly one decimal place");
            }
            if (field.getKind() == GovUkField.Kind.GAP) {
                if (v.compareTo(MIN_GAP) < 0 || v.compareTo(MAX_GAP) > 0) {
                    problems.add(name + " " + v.toPlainString() + " is outside the service's range -200.9 to 200.9");
                }
            } else if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
                problems.add(name + " " + v.toPlainString() + " is outside 0 to 100");
            }
            if (field.getKind() == GovUkField.Kind.QUARTILE && field.ordinal() % 2 == 0) {
                Figure partner = figures.get(field.getQuartilePartner());
                if (partner != null && partner.getValue().isPresent()
                        && v.add(partner.getValue().get()).compareTo(HUNDRED) != 0) {
                    problems.add(name + " " + v.toPlainString() + " and " + partner.getName() + " "
                            + partner.getValue().get().toPlainString() + " must sum to 100");
                }
            }
        }
        return problems;
    }
}
