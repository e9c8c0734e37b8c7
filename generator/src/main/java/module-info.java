/**
 * partyorg generator: seeded generators of synthetic datasets on the real NBS 2023 divisions, from
 * one village to the whole country, with defects of every rule planted on request and a manifest of
 * the findings they must produce. No test library: the command line and the benchmarks use it as
 * they are, test suites through {@code partyorg-fixtures}.
 */
module org.partyorg.generator {
    requires transitive org.partyorg.core;
    requires transitive org.partyorg.validation;
    requires org.partyorg.divisions;
    // planted defects are written as JSON (a repeated key, a wrong type: what no record can hold)
    requires org.partyorg.serialization;
    requires com.fasterxml.jackson.databind;

    exports org.partyorg.generator;
    // the Guizhou dataset of partyorg-fixtures is made by the same people, names and working life
    exports org.partyorg.generator.internal to org.partyorg.fixtures;
}
