/** The exact simplex and branch and bound behind the disclosure audit; not exported. */
@NullMarked
package org.equalityduty.disclosure.internal;

import org.jspecify.annotations.NullMarked;
