package org.partyorg.serialization;

import java.util.List;
import org.partyorg.core.PartyOrgException;
import org.partyorg.validation.Finding;

/**
 * Thrown when a caller asks for records from input that could not be read soundly (see
 * {@link ReadResult#orThrow()}), or when the input itself cannot be read (an I/O failure). Its
 * message masks personal data.
 */
public final class ReadException extends PartyOrgException {
    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    /**
     * @param message the message
     * @param findings the findings that caused it, may be empty
     */
    public ReadException(String message, List<Finding> findings) {
        super(message);
        this.findings = List.copyOf(findings);
    }

    /**
     * @param message the message
     * @param cause the I/O failure
     */
    public ReadException(String message, Throwable cause) {
        super(message, cause);
        this.findings = List.of();
    }

    /** @return the findings that caused it (ERROR shape findings), possibly empty */
    public List<Finding> findings() {
        return findings == null ? List.of() : findings;
    }
}
