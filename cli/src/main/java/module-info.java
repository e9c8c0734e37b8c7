/**
 * The partyorg command line: a thin layer over the library's public API.
 */
module org.partyorg.cli {
    requires org.partyorg.serialization;
    requires org.partyorg.divisions;
    requires org.partyorg.generator;
    requires org.partyorg.web;
    requires info.picocli;

    // picocli fills the commands' fields reflectively
    opens org.partyorg.cli to info.picocli;
}
