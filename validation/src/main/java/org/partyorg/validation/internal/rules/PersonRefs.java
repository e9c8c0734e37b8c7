package org.partyorg.validation.internal.rules;

import org.partyorg.core.PersonRef;

/** The code fields of a person reference, shared by grids, service records and postings. */
final class PersonRefs {
    private PersonRefs() {
    }

    /**
     * IDN rules on the reference's ID number and phone.
     *
     * @param p the person
     * @param s the scope
     * @param prefix the reference's path with a trailing slash, e.g. {@code leader/}
     */
    static void checkCodes(PersonRef p, RecordScope s, String prefix) {
        Checks.idNumber(s, p.idNumber(), prefix + "idNumber");
        Checks.phone(s, p.phone(), prefix + "phone");
    }
}
