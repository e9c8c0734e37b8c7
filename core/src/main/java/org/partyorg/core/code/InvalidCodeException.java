package org.partyorg.core.code;

import java.util.Objects;
import org.partyorg.core.PartyOrgException;

/**
 * Thrown by the strict factories ({@code parse}, {@code of}, {@code ofCode}) when a code is not
 * valid. The message masks personal data; {@link #problem()} gives the machine-readable reason.
 */
public final class InvalidCodeException extends PartyOrgException {
    private static final long serialVersionUID = 1L;

    private final CodeProblem problem;

    /**
     * @param problem the reason, not null
     * @param message the detail message, already masked
     */
    public InvalidCodeException(CodeProblem problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** @return the machine-readable reason, never null */
    public CodeProblem problem() {
        return problem;
    }
}
