package org.equalityduty.paygap;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.equalityduty.core.population.CensusEthnicity;
import org.equalityduty.core.population.Disclosure;
import org.equalityduty.core.population.EthnicGroup;

/**
 * How employees are grouped for a pay gap by a characteristic other than sex: which attribute of a
 * {@link PayRecord} is read, how its code maps to a group (or to "not disclosed"), and the reference group every
 * other group is compared with (the 2023 ethnicity pay reporting guidance asks employers to state it).
 *
 * <p>Ready-made groupings: census ethnicity, detailed (each census code) or aggregated to the major groups that
 * {@link CensusEthnicity#getMajorGroup()} rolls up to; and disability.
 *
 * <p>This class is immutable and thread-safe if the classifier is.
 *
 * @since 0.2.0
 */
public final class Grouping {
    /**
     * The attribute read by the ethnicity groupings.
     *
     * @since 0.2.0
     */
    public static final String ETHNICITY = "ethnicity";
    /**
     * The attribute read by the disability grouping.
     *
     * @since 0.2.0
     */
    public static final String DISABILITY = "disability";

    private final String name;
    private final String attribute;
    private final Function<String, Optional<String>> classifier;
    private final String reference;

    private Grouping(String name, String attribute, Function<String, Optional<String>> classifier,
            String reference) {
        this.name = Checks.notNull(name, "name");
        this.attribute = Checks.notNull(attribute, "attribute");
        this.classifier = Checks.notNull(classifier, "classifier");
        this.reference = Checks.notNull(reference, "reference");
    }

    /**
     * Obtains a grouping.
     *
     * @param name  the grouping's name, for example "ethnicity (detailed)", not null
     * @param attribute  the {@link PayRecord#getAttributes() attribute} read, not null
     * @param classifier  maps an attribute value to its group, or to empty for "not disclosed"; may throw
     *        {@link org.equalityduty.core.InvalidValueException} for an unknown code; not null
     * @param reference  the reference group, not null
     * @return the grouping, not null
     * @since 0.2.0
     */
    public static Grouping of(String name, String attribute, Function<String, Optional<String>> classifier,
            String reference) {
        return new Grouping(name, attribute, classifier, reference);
    }

    /**
     * Obtains the detailed census ethnicity grouping: each main census code is a group, labelled with the code's
     * label; {@code REFU}, {@code NOBT} and an absent or empty code are not disclosed.
     *
     * @param reference  the reference group's census code, for example {@code WBRI}, not null
     * @return the grouping, not null
     * @throws org.equalityduty.core.InvalidValueException if the reference is not a disclosed census code
     * @since 0.2.0
     */
    public static Grouping censusEthnicityDetailed(String reference) {
        CensusEthnicity ref = CensusEthnicity.parse(Checks.notNull(reference, "reference"));
        if (ref.getDisclosure() != Disclosure.KNOWN) {
            throw Checks.invalid("reference", reference, "a disclosed ethnicity code");
        }
        return new Grouping("ethnicity (detailed)", ETHNICITY, code -> census(code).map(CensusEthnicity::getLabel),
                ref.getLabel());
    }

    /**
     * Obtains the aggregated census ethnicity grouping: the major groups (White, Mixed, Asian, Black, Chinese, Any
     * other ethnic group) that core's {@link CensusEthnicity#getMajorGroup()} rolls each code up to.
     *
     * @param reference  the reference major group, not null
     * @return the grouping, not null
     * @throws org.equalityduty.core.InvalidValueException if the reference is {@link EthnicGroup#UNCLASSIFIED}
     * @since 0.2.0
     */
    public static Grouping censusEthnicityAggregated(EthnicGroup reference) {
        Checks.notNull(reference, "reference");
        if (reference == EthnicGroup.UNCLASSIFIED) {
            throw Checks.invalid("reference", reference.getLabel(), "a classified ethnic group");
        }
        return new Grouping("ethnicity (aggregated)", ETHNICITY,
                code -> census(code).map(c -> c.getMajorGroup().getLabel()), reference.getLabel());
    }

    /**
     * Obtains the disability grouping: {@code Y}/{@code yes} is "Disabled", {@code N}/{@code no} is "Not
     * disabled" (the reference), anything else or an absent value is not disclosed.
     *
     * @return the grouping, not null
     * @since 0.2.0
     */
    public static Grouping disability() {
        return new Grouping("disability", DISABILITY, code -> {
            switch (code.trim().toLowerCase(Locale.ROOT)) {
                case "y", "yes" -> {
                    return Optional.of("Disabled");
                }
                case "n", "no" -> {
                    return Optional.of("Not disabled");
                }
                default -> {
                    return Optional.empty();
                }
            }
        }, "Not disabled");
    }

    private static Optional<CensusEthnicity> census(String code) {
        if (code.isBlank()) {
            return Optional.empty();
        }
        CensusEthnicity c = CensusEthnicity.parse(code.trim());
        return c.getDisclosure() == Disclosure.KNOWN ? Optional.of(c) : Optional.empty();
    }

    /**
     * Gets the grouping's name.
     *
     * @return the name, not null
     * @since 0.2.0
     */
    public String getName() {
        return name;
    }

    /**
     * Gets the attribute read.
     *
     * @return the attribute name, not null
     * @since 0.2.0
     */
    public String getAttribute() {
        return attribute;
    }

    /**
     * Gets the reference group.
     *
     * @return the reference group's label, not null
     * @since 0.2.0
     */
    public String getReference() {
        return reference;
    }

    /**
     * Classifies a record: its group, or empty if the attribute is absent or not disclosed.
     *
     * @param record  the record, not null
     * @return the group, or empty for not disclosed, not null
     * @throws org.equalityduty.core.InvalidValueException if the code is unknown (the message names the record)
     * @since 0.2.0
     */
    public Optional<String> classify(PayRecord record) {
        String value = record.getAttributes().get(attribute);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Checks.notNull(classifier.apply(value), "group");
        } catch (IllegalArgumentException e) {
            throw new org.equalityduty.core.InvalidValueException("record " + Checks.shown(record.getId()) + " "
                    + attribute + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return name + " (reference: " + reference + ")";
    }
}
