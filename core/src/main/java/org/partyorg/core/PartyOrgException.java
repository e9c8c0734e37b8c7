package org.partyorg.core;

/**
 * The root of partyorg's exception family: every exception that partyorg's strict factories and
 * lookups throw on purpose is a {@code PartyOrgException}, so an application can catch them all
 * in one place (as {@link java.time.DateTimeException} does for java.time).
 *
 * <p>Validation never throws: bad data is reported as findings. Exceptions are for application
 * code that asked for a valid value and did not get one.
 */
public class PartyOrgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the detail message, never containing unmasked personal data
     */
    public PartyOrgException(String message) {
        super(message);
    }

    /**
     * @param message the detail message, never containing unmasked personal data
     * @param cause the cause, may be null
     */
    public PartyOrgException(String message, Throwable cause) {
        super(message, cause);
    }
}
