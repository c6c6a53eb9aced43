/**
 * Spring Boot 4 auto-configuration for equality-duty: the Jackson 3 module in Boot's {@code JsonMapper}, the plan
 * assessment and validation facades as beans on Boot's {@code Validator}, and options bound from
 * {@code application.properties} under {@code equality-duty}.
 *
 * <p>Every type in this package is null-marked: a parameter, return value or field may be null only where it is
 * annotated {@code @Nullable}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.spring;

import org.jspecify.annotations.NullMarked;
