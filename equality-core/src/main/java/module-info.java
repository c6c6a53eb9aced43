/**
 * Domain types, structural validation and plan assessment for the public sector equality duty
 * (Equality Act 2010 s.149) in English schools and academy trusts.
 *
 * @since 0.1.0
 */
module org.equalityduty.core {
    requires static org.jspecify;
    requires static transitive org.immutables.value.annotations;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports org.equalityduty.core;
    exports org.equalityduty.core.validation;
    exports org.equalityduty.core.assessment;
    exports org.equalityduty.core.internal;
    exports org.equalityduty.core.progress;

    // Bean Validation providers read our getters reflectively.
    opens org.equalityduty.core;
}
