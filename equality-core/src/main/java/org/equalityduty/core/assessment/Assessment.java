package org.equalityduty.core.assessment;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.equalityduty.core.constraints.Severity;
import org.equalityduty.core.internal.ValueStyle;
import org.equalityduty.core.plan.EqualityPlan;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.immutables.value.Value;

/**
 * The result of assessing a plan as of a date: the findings, sorted, and a SMART summary per objective.
 *
 * <p>Obtain one from {@link PlanAssessor#assess(EqualityPlan, LocalDate)}, or from the violations of your own
 * validator with {@link #of(AssessedPlan, Collection)}; both give the same findings.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class Assessment {

    Assessment() {
    }

    /**
     * Gets the date the plan was assessed as of.
     *
     * @return the date, not null
     * @since 0.1.0
     */
    public abstract LocalDate getAsOf();

    /**
     * Gets the findings.
     *
     * @return the findings, sorted and without repeats, not null
     * @since 0.1.0
     */
    public abstract List<Finding> getFindings();

    /**
     * Gets the SMART summary of each objective.
     *
     * @return the summaries, in plan order, not null
     * @since 0.1.0
     */
    public abstract List<ObjectiveSummary> getObjectives();

    /**
     * Gets the findings of one severity.
     *
     * @param severity  the severity, not null
     * @return the findings of that severity, sorted, not null
     * @since 0.1.0
     */
    public List<Finding> findingsOf(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return getFindings().stream().filter(f -> f.getSeverity() == severity)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Checks whether any finding is an error.
     *
     * @return true if at least one finding has severity {@link Severity#ERROR}
     * @since 0.1.0
     */
    public boolean hasErrors() {
        return getFindings().stream().anyMatch(f -> f.getSeverity() == Severity.ERROR);
    }

    /**
     * Gets the distinct rule codes found.
     *
     * @return the codes, sorted, not null
     * @since 0.1.0
     */
    public Set<String> getCodes() {
        Set<String> codes = getFindings().stream().map(Finding::getCode)
                .collect(Collectors.toCollection(TreeSet::new));
        return java.util.Collections.unmodifiableSet(codes);
    }

    /**
     * Obtains an assessment from the violations of a validator run over an {@link AssessedPlan} with the
     * groups of {@link PlanAssessor#groupsFor(org.equalityduty.core.duty.Jurisdiction)} (or any subset).
     *
     * <p>The rule code is read from the type of the constraint annotation ({@link Rule#forAnnotation(Class)}), the
     * severity from the constraint's payload, the fix from Hibernate Validator's dynamic payload (falling back to
     * {@link Rule#getDefaultFix()}). Violations of other constraints, such as {@code @NotBlank}, become errors with
     * code {@code structure.<constraint>}. Paths are relative to the plan: the leading {@code plan} of the wrapper
     * is dropped.
     *
     * @param assessed  the plan and date that were validated, not null
     * @param violations  the violations, not null
     * @return the assessment, not null
     * @since 0.1.0
     */
    public static Assessment of(AssessedPlan assessed, Collection<? extends ConstraintViolation<?>> violations) {
        Objects.requireNonNull(assessed, "assessed");
        Objects.requireNonNull(violations, "violations");
        Set<Finding> findings = new TreeSet<>();
        for (ConstraintViolation<?> v : violations) {
            findings.add(toFinding(v));
        }
        List<ObjectiveSummary> summaries = new ArrayList<>();
        EqualityPlan plan = assessed.getPlan();
        for (int o = 0; o < plan.getObjectives().size(); o++) {
            String path = "objectives[" + o + "]";
            Set<SmartLetter> met = EnumSet.allOf(SmartLetter.class);
            for (Finding f : findings) {
                if (f.getPath().equals(path) || f.getPath().startsWith(path + ".")) {
                    Rule.fromCodeOptional(f.getCode()).flatMap(Rule::getSmartLetter).ifPresent(met::remove);
                }
            }
            summaries.add(ObjectiveSummary.builder().path(path).objectiveId(plan.getObjectives().get(o).getId())
                    .addAllMet(met).build());
        }
        return ImmutableAssessment.builder().asOf(assessed.getAsOf()).addAllFindings(findings).addAllObjectives(summaries)
                .build();
    }

    /**
     * Converts one violation to a finding, as {@link #of(AssessedPlan, Collection)} does.
     *
     * @param violation  the violation, not null
     * @return the finding, not null
     * @since 0.1.0
     */
    public static Finding toFinding(ConstraintViolation<?> violation) {
        Objects.requireNonNull(violation, "violation");
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        Class<? extends Annotation> type = descriptor.getAnnotation().annotationType();
        java.util.Optional<Rule> rule = Rule.forAnnotation(type);
        String code = rule.map(Rule::getCode).orElseGet(() -> "structure." + kebab(type.getSimpleName()));
        // A rule's severity is the rule's; a constraint of the consumer's own may carry one in its payload.
        Severity severity = rule.map(Rule::getSeverity)
                .orElseGet(() -> Severity.fromPayload(descriptor.getPayload()).orElse(Severity.ERROR));
        String fix = null;
        if (violation instanceof HibernateConstraintViolation) {
            SuggestedFix payload = ((HibernateConstraintViolation<?>) violation).getDynamicPayload(SuggestedFix.class);
            if (payload != null) {
                fix = payload.getText();
            }
        }
        if (fix == null) {
            fix = rule.map(Rule::getDefaultFix).orElse("Correct this value so that the plan is well formed.");
        }
        boolean wrapped = violation.getRootBean() instanceof AssessedPlan;
        return Finding.builder().code(code).severity(severity).path(render(violation.getPropertyPath(), wrapped))
                .message(violation.getMessage()).fix(fix).build();
    }

    /**
     * Renders a property path as {@code objectives[1].actions[0].successCriteria[0]}: property names joined by
     * dots, container indices or keys in brackets, container-element and bean nodes contributing only their index.
     */
    static String render(Path path, boolean dropWrapper) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Path.Node node : path) {
            if (first && dropWrapper && "plan".equals(node.getName())
                    && node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                first = false;
                continue;
            }
            first = false;
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                sb.append('[').append(at == null ? "" : at.toString()).append(']');
            }
            String name = node.getName();
            if (name != null && (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER
                    || node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.CONSTRUCTOR)) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        return sb.toString();
    }

    private static String kebab(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                sb.append('-');
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
