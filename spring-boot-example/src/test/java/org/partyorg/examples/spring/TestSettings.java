package org.partyorg.examples.spring;

/** The application's settings in the tests: one set, so one Spring context serves every test class. */
final class TestSettings {
    /**
     * "Today" is the examples' asOf; bodies over 3 MB are refused (the Guizhou document has 2.4 MB);
     * Tomcat's work directory under target, not a new directory in /tmp left behind by every run.
     */
    static final String PROPERTIES = "partyorg.reporting-date=2023-08-18\npartyorg.max-body-size=3MB\nserver.tomcat.basedir=target/tomcat";

    private TestSettings() {
    }
}
