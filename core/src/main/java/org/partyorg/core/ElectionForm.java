package org.partyorg.core;

/** What an election elected, docs/format.md §14: a committee, or a secretary where none is set up. */
public enum ElectionForm {
    /** A committee (支部/总支/党委委员会). */
    COMMITTEE("委员会"),
    /** A secretary, and at most one deputy, where no committee is set up. */
    SECRETARY_ONLY("不设委员会");

    private final String chineseName;

    ElectionForm(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
