package org.partyorg.jackson3;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.partyorg.serialization.PartyOrgModule;

/** The Jackson 2 side of the comparisons: partyorg-serialization's module (same simple names as Jackson 3's). */
final class Jackson2 {
    private Jackson2() {
    }

    /**
     * @param failOnUnknown Jackson's {@code FAIL_ON_UNKNOWN_PROPERTIES}
     * @return a Jackson 2 mapper with partyorg-serialization's module
     */
    static ObjectMapper mapper(boolean failOnUnknown) {
        return new ObjectMapper().registerModule(new PartyOrgModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, failOnUnknown);
    }

    /**
     * @param e what reading threw
     * @return the message of a Jackson 2 shape error (the module's), or null for anything else
     */
    static String shapeError(Exception e) {
        return e instanceof MismatchedInputException m ? m.getOriginalMessage() : null;
    }
}
