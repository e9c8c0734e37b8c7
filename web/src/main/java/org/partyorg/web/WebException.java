package org.partyorg.web;

import org.partyorg.core.PartyOrgException;

/**
 * The server could not start (its port is taken, its address is not this machine's) or a report file
 * could not be written.
 */
public final class WebException extends PartyOrgException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, never containing unmasked personal data
     * @param cause the cause, may be null
     */
    public WebException(String message, Throwable cause) {
        super(message, cause);
    }
}
