/**
 * partyorg core: the records of the exchange format, value types for national codes, the
 * organization tree and pure domain calculations. Knows nothing of JSON or of how rules run.
 */
module org.partyorg.core {
    requires transitive jakarta.validation;

    exports org.partyorg.core;
    // the records are data: frameworks (Bean Validation, JSON binders) may read their fields
    opens org.partyorg.core;
    exports org.partyorg.core.code;
    exports org.partyorg.core.calc;
    exports org.partyorg.core.constraints;
    exports org.partyorg.core.spi;
    exports org.partyorg.core.stats;
    exports org.partyorg.core.tree;
    exports org.partyorg.core.internal to org.partyorg.validation, org.partyorg.serialization;
}
