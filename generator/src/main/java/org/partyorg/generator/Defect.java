package org.partyorg.generator;

import java.util.Optional;
import org.partyorg.core.RecordType;

/**
 * The defects a {@link Generator} can plant, one rule each. Each picks its victims among the
 * records that the change affects in no other way (see {@link Target}), so the planted defect
 * yields exactly one finding of its rule and nothing else.
 */
enum Defect {
    IDN_001("IDN-001", Target.MEMBER, RecordType.MEMBER, "idNumber"),
    IDN_002("IDN-002", Target.MEMBER, RecordType.MEMBER, "idNumber"),
    IDN_005("IDN-005", Target.MEMBER, RecordType.MEMBER, "birthDate"),
    IDN_006("IDN-006", Target.MEMBER, RecordType.MEMBER, "sex"),
    IDN_030("IDN-030", Target.MEMBER, RecordType.MEMBER, "phone"),
    IDN_040("IDN-040", Target.MEMBER_EXTRA, RecordType.MEMBER, "idNumber"),
    MEM_001("MEM-001", Target.MEMBER_EXTRA, RecordType.MEMBER, "orgId"),
    MEM_010("MEM-010", Target.MEMBER, RecordType.MEMBER, "admittedOn"),
    MEM_011("MEM-011", Target.MEMBER, RecordType.MEMBER, "fullMemberOn"),
    MEM_012("MEM-012", Target.MEMBER, RecordType.MEMBER, "fullMemberOn"),
    MEM_013("MEM-013", Target.MEMBER, RecordType.MEMBER, "fullMemberOn"),
    MEM_016("MEM-016", Target.MEMBER, RecordType.MEMBER, "statusSince"),
    DOC_016("DOC-016", Target.MEMBER_EXTRA, RecordType.MEMBER, "id"),
    ORG_001("ORG-001", Target.MEMBER_EXTRA, RecordType.ORGANIZATION, "parentId"),
    ORG_025("ORG-025", Target.BRANCH, RecordType.ORGANIZATION, "leadership"),
    GRID_004("GRID-004", Target.GRID, RecordType.GRID, "households"),
    GRID_005("GRID-005", Target.GRID, RecordType.GRID, "population"),
    SVC_002("SVC-002", Target.OPEN_SERVICE, RecordType.SERVICE_RECORD, "date"),
    SVC_003("SVC-003", Target.RESOLVED_SERVICE, RecordType.SERVICE_RECORD, "resolvedOn"),
    SVC_004("SVC-004", Target.RESOLVED_SERVICE, RecordType.SERVICE_RECORD, "resolvedOn"),
    PST_004("PST-004", Target.SERVING_POSTING, RecordType.POSTING, "plannedEndDate"),
    PST_006("PST-006", Target.SERVING_POSTING, RecordType.POSTING, "endDate");

    /** Which records a defect may be planted in. */
    enum Target {
        /** A plain member: FULL, NORMAL, holding no office and no posting. */
        MEMBER,
        /** A plain member that an added record copies or stands next to; the member itself stays clean. */
        MEMBER_EXTRA,
        /** A live BRANCH with a leadership. */
        BRANCH,
        /** Any grid. */
        GRID,
        /** An OPEN service record. */
        OPEN_SERVICE,
        /** A RESOLVED service record. */
        RESOLVED_SERVICE,
        /** A SERVING posting that started before the day before {@code asOf}. */
        SERVING_POSTING
    }

    private final String ruleId;
    private final Target target;
    private final RecordType findingType;
    private final String field;

    Defect(String ruleId, Target target, RecordType findingType, String field) {
        this.ruleId = ruleId;
        this.target = target;
        this.findingType = findingType;
        this.field = field;
    }

    String ruleId() {
        return ruleId;
    }

    Target target() {
        return target;
    }

    /** @return the type of the record the finding is about */
    RecordType findingType() {
        return findingType;
    }

    /** @return the finding's path relative to its record */
    String field() {
        return field;
    }

    static Optional<Defect> byRuleId(String ruleId) {
        for (Defect d : values()) {
            if (d.ruleId.equals(ruleId)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
