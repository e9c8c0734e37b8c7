package org.partyorg.validation.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partyorg.core.MemberStage;
import org.partyorg.core.OrgType;
import org.partyorg.core.PersonRef;
import org.partyorg.core.Posting;
import org.partyorg.core.PostingRole;
import org.partyorg.core.RecordType;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.validation.Rule;
import org.partyorg.validation.internal.index.DivisionNumbers;
import org.partyorg.validation.internal.index.Hashing;
import org.partyorg.validation.internal.index.LongIntMap;

/**
 * The cross-record rules of first-secretary postings (PST-001 to PST-003, PST-007 to PST-010):
 * postings are few, so they are kept whole and judged at the end, against the organizations and
 * members {@link CrossRecordRules} has gathered.
 *
 * <p>Not thread-safe: one instance per validation run.
 */
final class PostingCrossRules {
    private static final OrgType[] ORG_TYPES = OrgType.values();

    private final CrossRecordRules cross;
    private final LongIntMap postingIndex = new LongIntMap();
    private final List<PostingFacts> postings = new ArrayList<>();

    PostingCrossRules(CrossRecordRules cross) {
        this.cross = cross;
    }

    /** Keeps a posting's facts; DOC-016 for a repeated id. */
    void arrived(Posting p, RecordScope s, LocalDate asOf) {
        if (s.isIdUsable()
                && postingIndex.putIfAbsent(Hashing.hash64(p.id()), postings.size()) != LongIntMap.MISSING) {
            s.report(Rule.DOC_016, "id", "value", p.id());
        }
        PersonRef person = p.person();
        long personKey = person != null && Checks.usable(person.idNumber(), asOf)
                ? CrossRecordRules.idNumberKey(person.idNumber()) : 0;
        DivisionCode division = Checks.usable(p.divisionCode());
        postings.add(new PostingFacts(s.located(), personKey, p.startDate(), p.endDate(), p.role(),
                person == null ? null : person.memberId(), p.hostOrgId(),
                division == null ? DivisionNumbers.UNKNOWN : division.toLong(), p.previousPostingId()));
    }

    /** Judges every posting, in input order. */
    void finish() {
        Map<Long, List<PostingFacts>> byPerson = new HashMap<>();
        for (PostingFacts p : postings) {
            Reporter r = p.at;
            if (p.hostOrgId != null) {
                int host = cross.definedOrg(p.hostOrgId);
                if (host < 0) {
                    cross.danglingReference(RecordType.ORGANIZATION, r, Rule.PST_001, "hostOrgId", "value", p.hostOrgId);
                } else {
                    hostOrganization(p, host, r);
                }
            }
            if (p.personKey != 0 && p.start != null) {
                List<PostingFacts> earlier = byPerson.computeIfAbsent(p.personKey, k -> new ArrayList<>());
                for (PostingFacts q : earlier) {
                    if (overlap(p, q)) {
                        r.report(Rule.PST_007, "person/idNumber", "other", q.at.recordId() == null ? "-" : q.at.recordId());
                        break;
                    }
                }
                earlier.add(p);
            }
            if (p.memberId != null && cross.memberFacts(p.memberId) == LongIntMap.MISSING) {
                cross.danglingReference(RecordType.MEMBER, r, Rule.PST_010, "person/memberId", "value", Checks.shorten(p.memberId));
            }
            firstSecretaryStanding(p, r);
            renewal(p, r);
        }
    }

    private void hostOrganization(PostingFacts p, int host, Reporter r) {
        int type = cross.orgType(host);
        long hostDivision = cross.orgDivision(host);
        boolean notBasic = type >= 0 && !ORG_TYPES[type].isBasicLevel();
        boolean notVillage = hostDivision != DivisionNumbers.UNKNOWN && !DivisionNumbers.isVillageLevel(hostDivision);
        if (notBasic || notVillage) {
            r.report(Rule.PST_002, "hostOrgId", "value", p.hostOrgId);
        }
        if (p.division != DivisionNumbers.UNKNOWN && hostDivision != DivisionNumbers.UNKNOWN && p.division != hostDivision) {
            r.report(Rule.PST_003, "divisionCode", "value", CrossRecordRules.twelveDigits(p.division), "hostDivisionCode", CrossRecordRules.twelveDigits(hostDivision));
        }
    }

    /** Half-open intervals [start, end); no end runs on without end. */
    private static boolean overlap(PostingFacts a, PostingFacts b) {
        boolean aStartsBeforeBEnds = b.end == null || a.start.isBefore(b.end);
        boolean bStartsBeforeAEnds = a.end == null || b.start.isBefore(a.end);
        boolean aNonEmpty = a.end == null || a.start.isBefore(a.end);
        boolean bNonEmpty = b.end == null || b.start.isBefore(b.end);
        return aStartsBeforeBEnds && bStartsBeforeAEnds && aNonEmpty && bNonEmpty;
    }

    /** PST-008: a first secretary was, on the start date, a full member of at least a year's standing. */
    private void firstSecretaryStanding(PostingFacts p, Reporter r) {
        if (p.role != PostingRole.FIRST_SECRETARY || p.memberId == null || p.start == null) {
            return;
        }
        int facts = cross.memberFacts(p.memberId);
        if (facts == LongIntMap.MISSING) {
            return;
        }
        MemberStage stage = MemberFacts.stage(facts);
        LocalDate full = MemberFacts.fullMemberOn(facts);
        if (stage == MemberStage.PROBATIONARY
                || (stage == MemberStage.FULL && full != null && full.plusYears(Thresholds.FIRST_SECRETARY_STANDING_YEARS).isAfter(p.start))) {
            r.report(Rule.PST_008, "person/memberId", "startDate", p.start, "fullMemberOn", full == null ? "-" : full);
        }
    }

    /** PST-009: the renewed posting exists, is the same person's and ended by this one's start. */
    private void renewal(PostingFacts p, Reporter r) {
        if (p.previousPostingId == null) {
            return;
        }
        int index = postingIndex.get(Hashing.hash64(p.previousPostingId));
        if (index == LongIntMap.MISSING) {
            cross.danglingReference(RecordType.POSTING, r, Rule.PST_009, "previousPostingId", "value", p.previousPostingId);
            return;
        }
        PostingFacts previous = postings.get(index);
        boolean otherPerson = p.personKey != 0 && previous.personKey != 0 && p.personKey != previous.personKey;
        boolean notEnded = previous.end == null || (p.start != null && previous.end.isAfter(p.start));
        if (otherPerson || notEnded || previous == p) {
            r.report(Rule.PST_009, "previousPostingId", "value", p.previousPostingId);
        }
    }

    private record PostingFacts(Located at, long personKey, LocalDate start, LocalDate end, PostingRole role,
            String memberId, String hostOrgId, long division, String previousPostingId) {
    }
}
