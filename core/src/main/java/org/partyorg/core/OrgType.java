package org.partyorg.core;

import java.util.EnumSet;
import java.util.Set;

/**
 * The type of a Party organization. Exchanged as the constant's name.
 *
 * <p>The allowed parent types (docs/rules.md, ORG-003) and the basic-level types are domain facts and
 * live here, so that every module asks the same place.
 */
public enum OrgType {
    /** 地方委员会: 省委, 市委, 县委. */
    LOCAL_COMMITTEE("地方委员会"),
    /** 党工委, 机关工委 (dispatched bodies, appointed). */
    WORKING_COMMITTEE("党工委"),
    /** 党组 (appointed, not a basic-level organization). */
    LEADERSHIP_GROUP("党组"),
    /** 基层党委, including 乡镇党委 and 村党委. */
    BASIC_COMMITTEE("基层党委"),
    /** 党总支. */
    GENERAL_BRANCH("党总支"),
    /** 党支部. */
    BRANCH("党支部"),
    /** 联合党支部: a branch shared by several units. */
    JOINT_BRANCH("联合党支部"),
    /** 临时党支部: for a temporary body; appointed, holds no formal relationships. */
    TEMPORARY_BRANCH("临时党支部"),
    /** 党小组: a subdivision of a branch, not a level of organization. */
    PARTY_GROUP("党小组");

    private final String chineseName;

    OrgType(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }

    /**
     * @return whether this is a basic-level type (基层组织): BASIC_COMMITTEE, GENERAL_BRANCH,
     *     BRANCH, JOINT_BRANCH, TEMPORARY_BRANCH
     */
    public boolean isBasicLevel() {
        return switch (this) {
            case BASIC_COMMITTEE, GENERAL_BRANCH, BRANCH, JOINT_BRANCH, TEMPORARY_BRANCH -> true;
            default -> false;
        };
    }

    /** @return whether this is BRANCH or JOINT_BRANCH, the types the branch size rules apply to */
    public boolean isBranch() {
        return this == BRANCH || this == JOINT_BRANCH;
    }

    /**
     * @return the types an organization of this type may have as its parent (docs/rules.md, ORG-003);
     *     a new modifiable set
     */
    public Set<OrgType> allowedParents() {
        return switch (this) {
            case LOCAL_COMMITTEE -> EnumSet.of(LOCAL_COMMITTEE);
            case WORKING_COMMITTEE, LEADERSHIP_GROUP -> EnumSet.of(LOCAL_COMMITTEE);
            case BASIC_COMMITTEE, GENERAL_BRANCH -> EnumSet.of(LOCAL_COMMITTEE, WORKING_COMMITTEE, BASIC_COMMITTEE);
            case BRANCH, JOINT_BRANCH, TEMPORARY_BRANCH ->
                    EnumSet.of(LOCAL_COMMITTEE, WORKING_COMMITTEE, BASIC_COMMITTEE, GENERAL_BRANCH);
            case PARTY_GROUP -> EnumSet.of(BRANCH, JOINT_BRANCH);
        };
    }

    /**
     * @param parent a candidate parent type
     * @return whether an organization of this type may sit under one of that type
     */
    public boolean mayHaveParent(OrgType parent) {
        return allowedParents().contains(parent);
    }
}
