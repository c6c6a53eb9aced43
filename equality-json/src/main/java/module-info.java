/**
 * The versioned JSON wire format of equality-duty documents: a Jackson 2.x module, a facade that needs no
 * Jackson types, and the JSON Schema of the format.
 *
 * <p>Documents are equality plans ({@code equality-plan}), progress records ({@code progress-record}) and annual
 * progress reports ({@code progress-report}, the output of the core's progress evaluator).
 *
 * @since 0.1.0
 */
module org.equalityduty.json {
    requires static org.jspecify;
    requires transitive org.equalityduty.core;
    requires transitive com.fasterxml.jackson.databind;

    exports org.equalityduty.json;

    provides com.fasterxml.jackson.databind.Module with org.equalityduty.json.EqualityDutyModule;
}
