/**
 * Populations as data: dimensions and their categories (sex, ethnicity, disadvantage, SEN), groups of
 * categories, and the census codes of ethnicity, with the disclosure of each answer.
 *
 * @since 0.2.0
 */
package org.equalityduty.core.population;
