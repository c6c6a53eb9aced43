/**
 * Checks of the repository's own sources and documents, run by its build: {@code @since} on every public member of
 * an exported package, package import circles, and the targets of the migration scripts and document links.
 *
 * <p>Not published. Every type in this package is null-marked.
 *
 * @since 0.2.0
 */
@NullMarked
package org.equalityduty.build;

import org.jspecify.annotations.NullMarked;
