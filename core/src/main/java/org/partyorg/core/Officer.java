package org.partyorg.core;

/**
 * One post in a leadership.
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds; the validator
 * reports missing required ones (DOC-010).
 *
 * @param memberId the member holding the post (required; must be a full member, ORG-026)
 * @param role the post (required)
 * @param concurrentVillageDirector 一肩挑: the village secretary is also the village committee
 *     director; meaningful only on a village organization's SECRETARY (ORG-027); null means not known
 */
public record Officer(String memberId, OfficerRole role, Boolean concurrentVillageDirector) {

    /**
     * @param memberId the member
     * @param role the post
     * @return an officer without the 一肩挑 flag
     */
    public static Officer of(String memberId, OfficerRole role) {
        return new Officer(memberId, role, null);
    }
}
