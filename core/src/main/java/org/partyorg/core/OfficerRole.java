package org.partyorg.core;

/**
 * The post an officer holds in a leadership. Exchanged as the constant's name.
 */
public enum OfficerRole {
    /** 书记. */
    SECRETARY("书记"),
    /** 副书记. */
    DEPUTY_SECRETARY("副书记"),
    /** 组织委员. */
    ORGANIZATION_MEMBER("组织委员"),
    /** 宣传委员. */
    PUBLICITY_MEMBER("宣传委员"),
    /** 纪检委员. */
    DISCIPLINE_MEMBER("纪检委员"),
    /** 青年委员. */
    YOUTH_MEMBER("青年委员"),
    /** 妇女委员. */
    WOMEN_MEMBER("妇女委员"),
    /** 统战委员. */
    UNITED_FRONT_MEMBER("统战委员"),
    /** 委员. */
    COMMITTEE_MEMBER("委员");

    private final String chineseName;

    OfficerRole(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the Chinese name */
    public String chineseName() {
        return chineseName;
    }
}
