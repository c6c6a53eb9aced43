/**
 * The root of equality-core: the one exception that every factory of the library throws on a value that is not
 * possible.
 *
 * @since 0.1.0
 */
package org.equalityduty.core;
