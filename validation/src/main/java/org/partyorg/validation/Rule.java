package org.partyorg.validation;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.partyorg.core.PartyOrgException;
import org.partyorg.core.RecordType;
import org.partyorg.core.code.Masking;
import org.partyorg.core.internal.Texts;

/**
 * The rule catalog (docs/rules.md, format 1.0 and 1.1): every check partyorg makes, with its stable id, severity,
 * the record type it judges, the field its findings point at, and its source.
 *
 * <p>This enum is the single definition of the catalog: the published rule catalog
 * ({@code docs/rules.md}) is generated from it, and each rule's title and message live in
 * {@code ContributorValidationMessages*.properties} under {@code org.partyorg.rule.<id>.title} and
 * {@code .message}. Ids are never reused; a changed meaning gets a new id. Each rule explains itself
 * ({@link #explanation(Locale)}) and links to its entry in the published catalog ({@link #documentationUrl()}).
 */
public enum Rule {
    // DOC: document shape (reported by the readers, except where a record can show it)
    DOC_001("DOC-001", Severity.ERROR, null, null, "", "docs/format.md §1-2"),
    DOC_002("DOC-002", Severity.ERROR, null, null, "schemaVersion", "docs/format.md §1"),
    DOC_003("DOC-003", Severity.ERROR, null, null, "asOf", "docs/format.md §1"),
    DOC_010("DOC-010", Severity.ERROR, null, null, "the missing field", "docs/format.md §3-7"),
    DOC_011("DOC-011", Severity.ERROR, null, null, "the field", "docs/format.md Conventions"),
    DOC_012("DOC-012", Severity.ERROR, null, null, "the field", "docs/format.md Conventions; GB/T 2261.1, GB/T 3304, GB/T 4658"),
    DOC_013("DOC-013", Severity.ERROR, null, null, "the field", "docs/format.md Conventions (ISO 8601)"),
    DOC_014("DOC-014", Severity.ERROR, null, null, "the field", "docs/format.md Conventions"),
    DOC_015("DOC-015", Severity.WARNING, null, null, "the field", "docs/format.md Conventions"),
    DOC_016("DOC-016", Severity.ERROR, null, null, "id", "docs/format.md Conventions"),
    DOC_017("DOC-017", Severity.ERROR, null, null, "the repeated key", "RFC 8259 §4"),
    DOC_018("DOC-018", Severity.ERROR, null, null, "where reading stopped", "partyorg reader limits"),
    DOC_020("DOC-020", Severity.INFO, null, null, "coverageFrom", "docs/format.md §9"),

    // IDN: identifiers and codes
    IDN_001("IDN-001", Severity.ERROR, null, null, "idNumber", "GB 11643-1999"),
    IDN_002("IDN-002", Severity.ERROR, null, null, "idNumber", "GB 11643-1999; ISO 7064 MOD 11-2"),
    IDN_003("IDN-003", Severity.ERROR, null, null, "idNumber", "GB 11643-1999"),
    IDN_004("IDN-004", Severity.ERROR, null, null, "idNumber", "GB 11643-1999; GB/T 2260"),
    IDN_005("IDN-005", Severity.ERROR, null, RecordType.MEMBER, "birthDate", "GB 11643-1999"),
    IDN_006("IDN-006", Severity.ERROR, null, RecordType.MEMBER, "sex", "GB 11643-1999; GB/T 2261.1"),
    IDN_007("IDN-007", Severity.WARNING, null, null, "idNumber", "GB 11643-1999"),
    IDN_010("IDN-010", Severity.ERROR, null, null, "creditCode", "GB 32100-2015"),
    IDN_011("IDN-011", Severity.WARNING, null, null, "creditCode", "GB 32100-2015"),
    IDN_020("IDN-020", Severity.ERROR, null, null, "divisionCode", "统计用区划代码编制规则 (国统字〔2009〕91号)"),
    IDN_021("IDN-021", Severity.WARNING, null, null, "divisionCode", "NBS 统计用区划代码"),
    IDN_022("IDN-022", Severity.ERROR, null, RecordType.GRID, "code", "GB/T 30428.1; docs/format.md §5"),
    IDN_030("IDN-030", Severity.WARNING, null, null, "phone", "docs/format.md §4"),
    IDN_040("IDN-040", Severity.ERROR, null, RecordType.MEMBER, "idNumber", "中国共产党党员教育管理工作条例 (2019)"),

    // ORG: organization tree and structure
    ORG_001("ORG-001", Severity.ERROR, null, RecordType.ORGANIZATION, "parentId", "docs/format.md §3"),
    ORG_002("ORG-002", Severity.ERROR, null, RecordType.ORGANIZATION, "parentId", "中国共产党章程 Ch. 5"),
    ORG_003("ORG-003", Severity.ERROR, null, RecordType.ORGANIZATION, "parentId", "中国共产党章程 Ch. 5; docs/rules.md"),
    ORG_010("ORG-010", Severity.ERROR, null, RecordType.ORGANIZATION, "", "中国共产党章程 Art. 30; 中国共产党支部工作条例（试行） Art. 4"),
    ORG_011("ORG-011", Severity.WARNING, null, RecordType.ORGANIZATION, "", "中国共产党支部工作条例（试行） Art. 4"),
    ORG_012("ORG-012", Severity.WARNING, null, RecordType.ORGANIZATION, "", "中国共产党党和国家机关基层组织工作条例 (2019); 中国共产党农村基层组织工作条例 Art. 5"),
    ORG_020("ORG-020", Severity.ERROR, null, RecordType.ORGANIZATION, "leadership/form", "中国共产党支部工作条例（试行） Ch. 6"),
    ORG_021("ORG-021", Severity.ERROR, null, RecordType.ORGANIZATION, "leadership/form", "中国共产党支部工作条例（试行） Ch. 6"),
    ORG_022("ORG-022", Severity.ERROR, Severity.WARNING, RecordType.ORGANIZATION, "leadership/officers", "中国共产党支部工作条例（试行） Ch. 6"),
    ORG_023("ORG-023", Severity.ERROR, null, RecordType.ORGANIZATION, "leadership/officers", "中国共产党支部工作条例（试行） Ch. 6"),
    ORG_024("ORG-024", Severity.ERROR, Severity.WARNING, RecordType.ORGANIZATION, "leadership/officers", "中国共产党章程 Art. 31; 中国共产党支部工作条例（试行） Art. 21"),
    ORG_025("ORG-025", Severity.WARNING, null, RecordType.ORGANIZATION, "leadership", "中国共产党章程 Art. 30"),
    ORG_026("ORG-026", Severity.ERROR, null, RecordType.ORGANIZATION, "leadership/officers/<n>/memberId", "中国共产党基层组织选举工作条例 Art. 5"),
    ORG_027("ORG-027", Severity.ERROR, null, RecordType.ORGANIZATION, "leadership/officers/<n>/concurrentVillageDirector", "中国共产党农村基层组织工作条例 Art. 19"),
    ORG_028("ORG-028", Severity.ERROR, Severity.WARNING, RecordType.ORGANIZATION, "leadership/termYears", "中国共产党章程 Art. 31; 关于党的基层组织任期的意见 (2018)"),
    ORG_029("ORG-029", Severity.ERROR, Severity.WARNING, RecordType.ORGANIZATION, "leadership/electedOn", "中国共产党基层组织选举工作条例 Art. 3"),
    ORG_030("ORG-030", Severity.WARNING, null, RecordType.ORGANIZATION, "hostUnits", "中国共产党支部工作条例（试行） Ch. 2"),
    ORG_031("ORG-031", Severity.ERROR, null, RecordType.ORGANIZATION, "dissolvedOn", "中国共产党农村基层组织工作条例 Art. 5; docs/format.md §3"),
    ORG_032("ORG-032", Severity.WARNING, null, RecordType.ORGANIZATION, "divisionCode", "统计用区划代码; docs/format.md §3"),
    ORG_033("ORG-033", Severity.ERROR, null, RecordType.ORGANIZATION, "establishedOn, leadership/electedOn or dissolvedOn", "docs/format.md §3"),

    // MEM: members
    MEM_001("MEM-001", Severity.ERROR, null, RecordType.MEMBER, "orgId", "中国共产党党员教育管理工作条例 (2019)"),
    MEM_002("MEM-002", Severity.ERROR, null, RecordType.MEMBER, "orgId", "中国共产党党员教育管理工作条例 (2019); 中国共产党支部工作条例（试行）"),
    MEM_003("MEM-003", Severity.WARNING, null, RecordType.MEMBER, "orgId", "中国共产党支部工作条例（试行）"),
    MEM_004("MEM-004", Severity.ERROR, null, RecordType.MEMBER, "partyGroupId", "中国共产党支部工作条例（试行）"),
    MEM_010("MEM-010", Severity.ERROR, null, RecordType.MEMBER, "admittedOn", "中国共产党章程 Art. 1; 中国共产党发展党员工作细则 Art. 5"),
    MEM_011("MEM-011", Severity.ERROR, null, RecordType.MEMBER, "fullMemberOn", "中国共产党章程 Art. 7"),
    MEM_012("MEM-012", Severity.ERROR, null, RecordType.MEMBER, "fullMemberOn", "中国共产党章程 Art. 7"),
    MEM_013("MEM-013", Severity.WARNING, null, RecordType.MEMBER, "fullMemberOn", "中国共产党章程 Art. 7"),
    MEM_014("MEM-014", Severity.WARNING, null, RecordType.MEMBER, "stage", "中国共产党章程 Art. 7; 中国共产党发展党员工作细则 Art. 32"),
    MEM_015("MEM-015", Severity.ERROR, null, RecordType.MEMBER, "probationExtendedTo", "中国共产党章程 Art. 7"),
    MEM_016("MEM-016", Severity.ERROR, null, RecordType.MEMBER, "birthDate, admittedOn, fullMemberOn or statusSince", "docs/format.md §4"),
    MEM_017("MEM-017", Severity.WARNING, null, RecordType.MEMBER, "status", "中国共产党党员教育管理工作条例 (2019)"),
    MEM_018("MEM-018", Severity.WARNING, null, RecordType.MEMBER, "status", "中国共产党党员教育管理工作条例 (2019)"),

    // GRID and SVC
    GRID_001("GRID-001", Severity.ERROR, null, RecordType.GRID, "divisionCode", "DB6101/T 3185-2024; docs/format.md §5"),
    GRID_002("GRID-002", Severity.ERROR, null, RecordType.GRID, "leadOrgId", "docs/format.md §5"),
    GRID_003("GRID-003", Severity.ERROR, null, RecordType.GRID, "villagerGroups/<n>", "docs/format.md §5"),
    GRID_004("GRID-004", Severity.WARNING, null, RecordType.GRID, "households", "城乡社区网格化服务管理规范 (300-500户)"),
    GRID_005("GRID-005", Severity.WARNING, null, RecordType.GRID, "population", "城乡社区网格化服务管理规范 (不超过2500人)"),
    GRID_006("GRID-006", Severity.ERROR, null, RecordType.GRID, "leader/memberId or workers/<n>/memberId", "docs/format.md §5"),
    GRID_007("GRID-007", Severity.WARNING, null, RecordType.GRID, "leadOrgId", "docs/format.md §5"),
    SVC_001("SVC-001", Severity.ERROR, null, RecordType.SERVICE_RECORD, "gridId", "docs/format.md §6"),
    SVC_002("SVC-002", Severity.ERROR, null, RecordType.SERVICE_RECORD, "date", "docs/format.md §6"),
    SVC_003("SVC-003", Severity.ERROR, null, RecordType.SERVICE_RECORD, "resolvedOn", "docs/format.md §6"),
    SVC_004("SVC-004", Severity.ERROR, null, RecordType.SERVICE_RECORD, "resolvedOn", "docs/format.md §6"),
    SVC_005("SVC-005", Severity.ERROR, null, RecordType.SERVICE_RECORD, "worker/memberId", "docs/format.md §6"),

    // PST: first-secretary and work-team postings
    PST_001("PST-001", Severity.ERROR, null, RecordType.POSTING, "hostOrgId", "关于向重点乡村持续选派驻村第一书记和工作队的意见 (2021)"),
    PST_002("PST-002", Severity.ERROR, null, RecordType.POSTING, "hostOrgId", "关于向重点乡村持续选派驻村第一书记和工作队的意见 (2021)"),
    PST_003("PST-003", Severity.WARNING, null, RecordType.POSTING, "divisionCode", "docs/format.md §7"),
    PST_004("PST-004", Severity.WARNING, null, RecordType.POSTING, "plannedEndDate", "关于向重点乡村持续选派驻村第一书记和工作队的意见 (2021)"),
    PST_005("PST-005", Severity.ERROR, null, RecordType.POSTING, "endDate, plannedEndDate or startDate", "docs/format.md §7"),
    PST_006("PST-006", Severity.ERROR, null, RecordType.POSTING, "endDate", "docs/format.md §7"),
    PST_007("PST-007", Severity.ERROR, null, RecordType.POSTING, "person/idNumber", "关于向重点乡村持续选派驻村第一书记和工作队的意见 (2021)"),
    PST_008("PST-008", Severity.ERROR, null, RecordType.POSTING, "person/memberId", "关于向重点乡村持续选派驻村第一书记和工作队的意见 (2021)"),
    PST_009("PST-009", Severity.ERROR, null, RecordType.POSTING, "previousPostingId", "docs/format.md §7"),
    PST_010("PST-010", Severity.WARNING, null, RecordType.POSTING, "person/memberId", "docs/format.md §7"),

    // DEV: from application to admission (format 1.1)
    DEV_001("DEV-001", Severity.ERROR, null, RecordType.APPLICATION, "orgId", "docs/format.md §10"),
    DEV_002("DEV-002", Severity.WARNING, null, RecordType.APPLICATION, "orgId", "中国共产党支部工作条例（试行） (2018) Art. 9"),
    DEV_003("DEV-003", Severity.ERROR, null, RecordType.APPLICATION, "appliedOn", "中国共产党章程 Art. 1; 中国共产党发展党员工作细则 (2014) Art. 5"),
    DEV_004("DEV-004", Severity.ERROR, null, RecordType.APPLICATION, "the date", "docs/format.md §10"),
    DEV_005("DEV-005", Severity.ERROR, null, RecordType.APPLICATION, "the first date out of order", "中国共产党发展党员工作细则 (2014)"),
    DEV_006("DEV-006", Severity.WARNING, null, RecordType.APPLICATION, "talkedOn", "中国共产党发展党员工作细则 (2014) Art. 7"),
    DEV_007("DEV-007", Severity.ERROR, null, RecordType.APPLICATION, "candidateOn", "中国共产党发展党员工作细则 (2014) Art. 13"),
    DEV_008("DEV-008", Severity.ERROR, null, RecordType.APPLICATION, "the first missing field", "中国共产党发展党员工作细则 (2014)"),
    DEV_009("DEV-009", Severity.WARNING, null, RecordType.APPLICATION, "contacts", "中国共产党发展党员工作细则 (2014) Art. 9"),
    DEV_010("DEV-010", Severity.ERROR, null, RecordType.APPLICATION, "introducers", "中国共产党章程 Art. 5; 中国共产党发展党员工作细则 (2014) Art. 14"),
    DEV_011("DEV-011", Severity.ERROR, null, RecordType.APPLICATION, "contacts/<n> or introducers/<n>", "中国共产党发展党员工作细则 (2014) Art. 9, 14"),
    DEV_012("DEV-012", Severity.ERROR, null, RecordType.APPLICATION, "introducers/<n>", "中国共产党章程 Art. 5; 中国共产党发展党员工作细则 (2014) Art. 14"),
    DEV_013("DEV-013", Severity.ERROR, null, RecordType.APPLICATION, "politicalReview", "中国共产党发展党员工作细则 (2014) Art. 16"),
    DEV_014("DEV-014", Severity.WARNING, null, RecordType.APPLICATION, "trainingHours", "中国共产党发展党员工作细则 (2014) Art. 17"),
    DEV_015("DEV-015", Severity.ERROR, null, RecordType.APPLICATION, "admissionMeeting/present or admissionMeeting/inFavor", "中国共产党发展党员工作细则 (2014) Art. 20-21"),
    DEV_016("DEV-016", Severity.ERROR, Severity.WARNING, RecordType.APPLICATION, "approvedOn", "中国共产党发展党员工作细则 (2014)"),
    DEV_017("DEV-017", Severity.ERROR, null, RecordType.APPLICATION, "memberId", "中国共产党章程 Art. 7"),
    DEV_018("DEV-018", Severity.WARNING, null, RecordType.APPLICATION, "publicNotice", "provincial practice (公示 of five working days)"),
    DEV_019("DEV-019", Severity.ERROR, null, RecordType.APPLICATION, "person/idNumber", "docs/format.md §10"),
    DEV_020("DEV-020", Severity.ERROR, null, RecordType.APPLICATION, "person/idNumber", "docs/format.md §10"),

    // MTG: meetings (format 1.1)
    MTG_001("MTG-001", Severity.ERROR, null, RecordType.MEETING, "orgId", "docs/format.md §11"),
    MTG_002("MTG-002", Severity.ERROR, null, RecordType.MEETING, "kind", "中国共产党支部工作条例（试行） (2018)"),
    MTG_003("MTG-003", Severity.ERROR, null, RecordType.MEETING, "heldOn", "docs/format.md §11"),
    MTG_004("MTG-004", Severity.ERROR, null, RecordType.MEETING, "present", "docs/format.md §11"),
    MTG_005("MTG-005", Severity.WARNING, null, RecordType.MEETING, "present", "中国共产党支部工作条例（试行） (2018) Art. 11"),
    MTG_020("MTG-020", Severity.WARNING, null, RecordType.ORGANIZATION, "", "中国共产党支部工作条例（试行） (2018) Art. 11"),
    MTG_021("MTG-021", Severity.WARNING, null, RecordType.ORGANIZATION, "", "中国共产党支部工作条例（试行） (2018) Art. 12"),
    MTG_022("MTG-022", Severity.WARNING, null, RecordType.ORGANIZATION, "", "中国共产党支部工作条例（试行） (2018) Art. 13"),
    MTG_023("MTG-023", Severity.WARNING, null, RecordType.ORGANIZATION, "", "主题党日 (monthly)"),
    MTG_024("MTG-024", Severity.WARNING, null, RecordType.ORGANIZATION, "", "中国共产党支部工作条例（试行） (2018) Art. 15"),
    MTG_025("MTG-025", Severity.WARNING, null, RecordType.ORGANIZATION, "", "中国共产党支部工作条例（试行） (2018) Art. 17"),
    MTG_026("MTG-026", Severity.WARNING, null, RecordType.ORGANIZATION, "", "民主评议党员 (yearly)"),

    // DUE: dues (format 1.1)
    DUE_001("DUE-001", Severity.ERROR, null, RecordType.DUES_PAYMENT, "memberId", "docs/format.md §12"),
    DUE_002("DUE-002", Severity.ERROR, null, RecordType.DUES_PAYMENT, "amount", "关于中国共产党党费收缴、使用和管理的规定 (中组发〔2008〕3号)"),
    DUE_003("DUE-003", Severity.ERROR, null, RecordType.DUES_PAYMENT, "paidOn", "docs/format.md §12"),
    DUE_004("DUE-004", Severity.ERROR, null, RecordType.DUES_PAYMENT, "month", "关于中国共产党党费收缴、使用和管理的规定 (中组发〔2008〕3号)"),
    DUE_005("DUE-005", Severity.ERROR, null, RecordType.DUES_PAYMENT, "month", "关于中国共产党党费收缴、使用和管理的规定 (中组发〔2008〕3号)"),
    DUE_020("DUE-020", Severity.WARNING, null, RecordType.MEMBER, "", "中国共产党章程 Art. 9"),

    // TRF: transfers of the organizational relationship (format 1.1)
    TRF_001("TRF-001", Severity.ERROR, null, RecordType.TRANSFER, "memberId", "docs/format.md §13"),
    TRF_002("TRF-002", Severity.ERROR, null, RecordType.TRANSFER, "fromOrgId or toOrgId", "docs/format.md §13"),
    TRF_003("TRF-003", Severity.ERROR, null, RecordType.TRANSFER, "toOrgId", "docs/format.md §13"),
    TRF_004("TRF-004", Severity.ERROR, null, RecordType.TRANSFER, "toOrgId", "中国共产党党员教育管理工作条例 (2019) Art. 25"),
    TRF_005("TRF-005", Severity.ERROR, null, RecordType.TRANSFER, "receivedOn", "docs/format.md §13"),
    TRF_006("TRF-006", Severity.ERROR, null, RecordType.TRANSFER, "receivedOn or issuedOn", "docs/format.md §13"),
    TRF_007("TRF-007", Severity.WARNING, null, RecordType.TRANSFER, "status", "中国共产党党员教育管理工作条例 (2019) Art. 25 (介绍信 valid three months at most)"),
    TRF_008("TRF-008", Severity.ERROR, null, RecordType.TRANSFER, "toOrgId", "中国共产党党员教育管理工作条例 (2019) Art. 25"),
    TRF_009("TRF-009", Severity.ERROR, null, RecordType.TRANSFER, "status", "中国共产党党员教育管理工作条例 (2019) Art. 25"),

    // ELC: elections (format 1.1)
    ELC_001("ELC-001", Severity.ERROR, null, RecordType.ELECTION, "orgId", "docs/format.md §14"),
    ELC_002("ELC-002", Severity.ERROR, null, RecordType.ELECTION, "orgId", "中国共产党基层组织选举工作条例 (2020) Art. 4"),
    ELC_003("ELC-003", Severity.ERROR, null, RecordType.ELECTION, "heldOn", "docs/format.md §14"),
    ELC_004("ELC-004", Severity.ERROR, null, RecordType.ELECTION, "present, candidates, elected or elected/<n>/votes", "docs/format.md §14"),
    ELC_005("ELC-005", Severity.ERROR, null, RecordType.ELECTION, "present", "中国共产党基层组织选举工作条例 (2020)"),
    ELC_006("ELC-006", Severity.ERROR, null, RecordType.ELECTION, "candidates", "中国共产党基层组织选举工作条例 (2020) Art. 13"),
    ELC_007("ELC-007", Severity.ERROR, null, RecordType.ELECTION, "elected/<n>/votes", "中国共产党基层组织选举工作条例 (2020)"),
    ELC_008("ELC-008", Severity.ERROR, null, RecordType.ELECTION, "elected/<n>/memberId", "中国共产党基层组织选举工作条例 (2020) Art. 5"),
    ELC_009("ELC-009", Severity.ERROR, Severity.WARNING, RecordType.ELECTION, "heldOn", "中国共产党基层组织选举工作条例 (2020) Art. 3"),
    ELC_010("ELC-010", Severity.WARNING, null, RecordType.ORGANIZATION, "leadership/electedOn", "中国共产党基层组织选举工作条例 (2020)");

    /**
     * Where the project's documentation is published: the {@code docs} folder of the repository. The
     * rule catalog is {@code rules.md} there, with one anchor per rule; the format reference is
     * {@code format.md}.
     */
    public static final String DOCUMENTATION_BASE = "https://github.com/partyorg/partyorg/blob/main/docs/";

    private final String id;
    private final Severity severity;
    private final Severity lesserSeverity;
    private final RecordType recordType;
    private final String field;
    private final String source;

    Rule(String id, Severity severity, Severity lesserSeverity, RecordType recordType, String field, String source) {
        this.id = id;
        this.severity = severity;
        this.lesserSeverity = lesserSeverity;
        this.recordType = recordType;
        this.field = field;
        this.source = source;
    }

    /** @return the stable id, e.g. {@code MEM-012} */
    public String id() {
        return id;
    }

    /** @return the severity (for rules with two, the higher one) */
    public Severity severity() {
        return severity;
    }

    /** @return the lower severity of a rule that has two (e.g. ORG-022: ERROR outside 3-7, WARNING for 6-7) */
    public Optional<Severity> lesserSeverity() {
        return Optional.ofNullable(lesserSeverity);
    }

    /** @return the record type the rule judges, or empty when it applies to several or to the document */
    public Optional<RecordType> recordType() {
        return Optional.ofNullable(recordType);
    }

    /**
     * @return the field a finding's path points at, relative to the record ({@code ""} for the
     *     record itself), as documentation; {@code <n>} stands for a list index
     */
    public String field() {
        return field;
    }

    /** @return the regulation or standard the rule comes from */
    public String source() {
        return source;
    }

    /**
     * What this rule checks, in Chinese or English: thresholds, when it is an ERROR and when a WARNING,
     * its source, an example that breaks it and how to fix the data; the same text as
     * {@code partyorg rules RULE-ID} and the rule's entry in {@code docs/rules.md}.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise; not null
     * @return the explanation, never null (loaded once and shared; safe from any thread)
     * @throws NullPointerException if {@code locale} is null
     */
    public RuleExplanation explanation(Locale locale) {
        if (locale == null) {
            throw new NullPointerException("locale");
        }
        return RuleExplanations.explain(this, locale);
    }

    /**
     * @return the address of this rule's entry in the published rule catalog,
     *     {@link #DOCUMENTATION_BASE}{@code rules.md#} and the id in lower case, e.g.
     *     {@code .../docs/rules.md#org-022}; never null
     */
    public URI documentationUrl() {
        return RuleExplanations.documentationUrl(this);
    }

    /**
     * The rule with an id, the way to look one up when it may be missing.
     *
     * @param id a rule id such as {@code MEM-012}, may be null
     * @return the rule, or empty when the catalog has no such id
     */
    public static Optional<Rule> findById(String id) {
        if (id != null) {
            for (Rule r : values()) {
                if (r.id.equals(id)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The rule with an id that must exist.
     *
     * @param id a rule id such as {@code MEM-012}, not null
     * @return the rule
     * @throws NullPointerException when {@code id} is null
     * @throws PartyOrgException when the catalog has no such id (ids are never reused, so an
     *     unknown id is a typo or a newer catalog)
     */
    public static Rule ofId(String id) {
        Objects.requireNonNull(id, "id");
        return findById(id).orElseThrow(() -> new PartyOrgException("no rule with id "
                + Texts.shorten(Masking.scrubPersonal(id), 40) + " in the catalog"));
    }
}
