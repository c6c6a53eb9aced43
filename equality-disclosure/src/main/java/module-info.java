/**
 * Statistical disclosure control for a publication of count tables: primary suppression of small counts and of
 * figures over small denominators, secondary suppression audited exactly against an intruder who links every
 * published table, rounding to the nearest 5, DfE and GSS symbols, and coarser groups instead of blanks.
 *
 * <p>Depends on nothing but the JDK.
 *
 * @since 0.2.0
 */
module org.equalityduty.disclosure {
    exports org.equalityduty.disclosure;
}
