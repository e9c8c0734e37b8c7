package org.partyorg.core;

/**
 * How an organization's leadership is constituted. Exchanged as the constant's name.
 */
public enum LeadershipForm {
    /** 委员会（支部/总支/党委委员会）. */
    COMMITTEE("委员会（支部/总支/党委委员会）"),
    /** 不设委员会，书记和至多一名副书记. */
    SECRETARY_ONLY("不设委员会，书记和至多一名副书记"),
    /** 任命（临时党支部、党组、党工委）. */
    APPOINTED("任命（临时党支部、党组、党工委）");

    private final String chineseName;

    LeadershipForm(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }

    /** @return whether the leadership is elected (COMMITTEE and SECRETARY_ONLY), the forms the term rules apply to */
    public boolean isElected() {
        return this != APPOINTED;
    }
}
