/**
 * Statutory gender pay gap figures for employers with 250 or more employees (the Equality Act 2010 (Gender Pay Gap
 * Information) Regulations 2017, SI 2017/172, and for public authorities Schedule 1 to SI 2017/353), in the gov.uk
 * gender pay gap service's field names, with the checks that service makes; and ethnicity and disability pay gaps
 * by the same method (the 2023 ethnicity pay reporting guidance).
 *
 * @since 0.2.0
 */
module org.equalityduty.paygap {
    // CensusEthnicity (roll-up to major groups) and InvalidValueException appear in this module's API.
    requires transitive org.equalityduty.core;

    exports org.equalityduty.paygap;
}
