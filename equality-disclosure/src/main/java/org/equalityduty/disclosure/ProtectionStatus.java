package org.equalityduty.disclosure;

/**
 * The outcome of protecting a publication.
 *
 * @since 0.2.0
 */
public enum ProtectionStatus {
    /**
     * Every table is published, with its suppressions, and the exact audit shows every primary protected.
     *
     * @since 0.2.0
     */
    PROTECTED,
    /**
     * Some tables could not be shown safe and are withheld whole; the rest pass the exact audit.
     *
     * @since 0.2.0
     */
    TABLES_WITHHELD,
    /**
     * Nothing could be shown safe: the whole publication is withheld.
     *
     * @since 0.2.0
     */
    ALL_WITHHELD
}
