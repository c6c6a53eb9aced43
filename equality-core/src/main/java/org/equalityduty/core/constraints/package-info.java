/**
 * The Bean Validation constraint annotations placed on the plan types, their validation groups ({@link
 * org.equalityduty.core.constraints.Smart}, {@link org.equalityduty.core.constraints.Duty}, {@link
 * org.equalityduty.core.constraints.ChildFriendly}) and the {@link org.equalityduty.core.constraints.Severity}
 * a placement declares. The annotations name no validator: their implementations live in a package that is not
 * exported and are registered with {@link java.util.ServiceLoader}, so any validator on the class path or the
 * module path finds them.
 *
 * @since 0.2.0
 */
package org.equalityduty.core.constraints;
