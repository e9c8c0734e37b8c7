package org.partyorg.core.spi;

import java.util.Optional;
import org.partyorg.core.code.DivisionCode;

/**
 * A registry of statistical division codes: which codes exist and what they are called. core
 * sees only this small interface; partyorg-divisions provides the NBS 2023 registry.
 *
 * <p>Implementations must be thread-safe.
 */
public interface DivisionRegistry {
    /**
     * @param code a well-formed division code
     * @return whether the registry knows the code
     */
    boolean contains(DivisionCode code);

    /**
     * @param code a division code
     * @return its name, e.g. 口江乡, if the registry knows it
     */
    Optional<String> name(DivisionCode code);

    /** @return a short description of the registry's source and edition, e.g. {@code NBS 2023} */
    String edition();
}
