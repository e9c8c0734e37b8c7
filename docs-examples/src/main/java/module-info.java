/**
 * A consumer of partyorg on the module path: the proof that partyorg's module descriptors work for an
 * application that has its own. The documentation's examples run inside this module.
 */
// tag::module-info[]
module org.partyorg.examples {
    requires org.partyorg.serialization;   // brings org.partyorg.core, org.partyorg.validation and Jackson 2
    requires org.partyorg.jackson3;        // only for Jackson 3 (tools.jackson)
    requires org.partyorg.divisions;       // only for the NBS division registry (IDN-021)
    requires org.hibernate.validator;      // only for Bean Validation

    // Hibernate Validator and Jackson read the application's own classes by reflection
    opens org.partyorg.examples to org.hibernate.validator, com.fasterxml.jackson.databind, tools.jackson.databind;

    // to find a division registry through ServiceLoader rather than by NbsDivisions.nbs2023()
    uses org.partyorg.core.spi.DivisionRegistry;
}
// end::module-info[]
