package org.partyorg.serialization.internal.bind;

import org.partyorg.core.Grid;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.ServiceRecord;

/** Small questions about bound records of any type. */
public final class Records {
    private Records() {
    }

    /**
     * @param record a bound record
     * @return its id, may be null
     */
    public static String id(Object record) {
        if (record instanceof Organization o) {
            return o.id();
        } else if (record instanceof Member m) {
            return m.id();
        } else if (record instanceof Grid g) {
            return g.id();
        } else if (record instanceof ServiceRecord r) {
            return r.id();
        } else if (record instanceof Posting p) {
            return p.id();
        }
        return null;
    }
}
