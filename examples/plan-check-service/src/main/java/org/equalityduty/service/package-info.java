/**
 * The plan-check service: a Spring Boot 4 web application that answers {@code POST /plans/check} with the JSON
 * document {@code check --format json} prints, and reports unreadable documents as RFC 9457 problems.
 *
 * <p>Every type in this package is null-marked: a parameter, return value or field may be null only where it is
 * annotated {@code @Nullable}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.service;

import org.jspecify.annotations.NullMarked;
