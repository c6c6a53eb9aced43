/**
 * Import of pupils, staff and job applicants from CSV exports of a school MIS.
 *
 * <p>Start at {@link org.equalityduty.imports.EqualityImport}; the file layouts and their codes are documented on
 * {@link org.equalityduty.imports.Layout}, an MIS's own headers and values are read through a
 * {@link org.equalityduty.imports.Mapping}, and every problem is an
 * {@link org.equalityduty.imports.ImportProblem}, listed in an {@link org.equalityduty.imports.ImportSummary} or in
 * the one exception, {@link org.equalityduty.imports.ImportException}.
 *
 * @since 0.2.0
 */
package org.equalityduty.imports;
