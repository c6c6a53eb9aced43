/**
 * A modular consumer: needs nothing but equality-duty's modules (Immutables is compile-time only for the library).
 */
module org.example.mis {
    requires org.equalityduty.core;
    requires org.equalityduty.json;
}
