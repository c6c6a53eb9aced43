/**
 * The implementations of the assessment rules: one {@link org.equalityduty.core.assessment.rules.Check} class per
 * rule, a pure function of the plan and the date that reports where ({@link
 * org.equalityduty.core.assessment.rules.Site}) and what. Everything else about a rule is defined once, in
 * {@code org.equalityduty.core.assessment.Rule}. Also the validator of the structural constraint {@code @UniqueIds},
 * registered with {@link java.util.ServiceLoader} and opened to Hibernate Validator. Not exported.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.core.assessment.rules;

import org.jspecify.annotations.NullMarked;
