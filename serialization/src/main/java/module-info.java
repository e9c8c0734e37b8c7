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

    provides com.fasterxml.jackson.databind.Module with org.partyorg.serialization.PartyOrgModule;
}
