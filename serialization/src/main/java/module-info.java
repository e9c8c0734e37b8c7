/**
 * partyorg serialization: the Jackson module, document and NDJSON readers that report instead of
 * throwing, the writers, and the JSON Schemas of the exchange format.
 */
module org.partyorg.serialization {
    requires transitive org.partyorg.core;
    requires transitive org.partyorg.validation;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;

    exports org.partyorg.serialization;
    // the one binder and writer, which the Jackson 3 module wraps as this module's PartyOrgModule does
    exports org.partyorg.serialization.internal.bind to org.partyorg.jackson3;

    provides com.fasterxml.jackson.databind.Module with org.partyorg.serialization.PartyOrgModule;
}
