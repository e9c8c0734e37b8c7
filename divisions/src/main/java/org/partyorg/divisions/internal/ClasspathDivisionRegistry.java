package org.partyorg.divisions.internal;

import java.util.Optional;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.spi.DivisionRegistry;
import org.partyorg.divisions.NbsDivisions;

/**
 * The {@link DivisionRegistry} service on the class path, where {@link java.util.ServiceLoader}
 * needs a public no-argument constructor: a stateless view of {@link NbsDivisions#nbs2023()}.
 * On the module path the module declaration provides {@link NbsDivisions} itself. Not API.
 */
public final class ClasspathDivisionRegistry implements DivisionRegistry {
    /** Creates a view; the data are read once, on first use, and shared. */
    public ClasspathDivisionRegistry() {
    }

    @Override
    public boolean contains(DivisionCode code) {
        return NbsDivisions.nbs2023().contains(code);
    }

    @Override
    public Optional<String> name(DivisionCode code) {
        return NbsDivisions.nbs2023().name(code);
    }

    @Override
    public String edition() {
        return NbsDivisions.nbs2023().edition();
    }
}
