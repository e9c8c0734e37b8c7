/**
 * partyorg web: the validation page and JSON API of {@code partyorg serve} (on Javalin), and the
 * statistics report as one HTML file. Not a dependency of the library modules.
 */
module org.partyorg.web {
    requires transitive org.partyorg.serialization;
    requires org.partyorg.divisions;
    requires io.javalin;

    exports org.partyorg.web;
}
