/**
 * partyorg for Jackson 3 ({@code tools.jackson}): the module that maps partyorg's records, value types
 * and code lists to the exchange format, as the Jackson 2 module of {@code org.partyorg.serialization}
 * does, through the same binder and writer.
 */
module org.partyorg.jackson3 {
    requires transitive org.partyorg.core;
    requires transitive tools.jackson.databind;
    // the binder and the record writer (its internal.bind package is exported to this module only)
    requires org.partyorg.serialization;

    exports org.partyorg.jackson3;

    provides tools.jackson.databind.JacksonModule with org.partyorg.jackson3.PartyOrgModule;
}
