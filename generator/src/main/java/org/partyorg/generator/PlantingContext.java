package org.partyorg.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partyorg.core.AdministrativeLevel;
import org.partyorg.core.Dataset;
import org.partyorg.core.Grid;
import org.partyorg.core.Organization;
import org.partyorg.core.PersonRef;
import org.partyorg.core.Posting;
import org.partyorg.core.PostingRole;
import org.partyorg.core.PostingStatus;
import org.partyorg.core.RecordType;
import org.partyorg.core.SendingUnit;
import org.partyorg.core.ServiceCategory;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.ServiceStatus;
import org.partyorg.core.UnitKind;

/**
 * The smallest valid context a defect needs when the generated data hold no record it can take: a
 * first secretary's posting (a village of seed 1 has none), a grid service record. Added to the
 * clean dataset before planting, valid with it by construction, so that they bring no finding of
 * their own.
 */
final class PlantingContext {
    private PlantingContext() {
    }

    /** @return whether records can be added for the planting's victims */
    static boolean canAdd(Planting planting, Dataset clean) {
        return planting.victimType() == RecordType.POSTING && !villageOrgs(clean).isEmpty()
                || planting.victimType() == RecordType.SERVICE_RECORD && !clean.grids().isEmpty();
    }

    /** @return the dataset with {@code n} more records the planting can take */
    static Dataset add(Dataset clean, Planting planting, int n) {
        LocalDate asOf = clean.asOf();
        if (planting.victimType() == RecordType.POSTING) {
            List<Organization> hosts = villageOrgs(clean);
            List<Posting> postings = new ArrayList<>(clean.postings());
            for (int i = 0; i < n; i++) {
                Organization host = hosts.get(i % hosts.size());
                int k = postings.size();
                PersonRef person = new PersonRef("驻村书记" + k, null,
                        IdNumbers.make("820200", 19_800_101 + k % 28, (k % 500) * 2 + 1), null);
                LocalDate start = asOf.minusYears(1);
                postings.add(new Posting("context-posting-" + k, person, PostingRole.FIRST_SECRETARY,
                        new SendingUnit("贵州省某厅", null, AdministrativeLevel.PROVINCIAL, UnitKind.GOVERNMENT_ORGAN), host.id(),
                        host.divisionCode(), start, start.plusYears(2), null, PostingStatus.SERVING, null));
            }
            return clean.withPostings(postings);
        }
        boolean open = planting.ruleId().equals("SVC-002");
        List<ServiceRecord> records = new ArrayList<>(clean.serviceRecords());
        for (int i = 0; i < n; i++) {
            Grid grid = clean.grids().get(i % clean.grids().size());
            PersonRef worker = grid.leader() != null ? grid.leader() : new PersonRef("网格员", null, null, null);
            records.add(new ServiceRecord("context-service-" + records.size(), grid.id(), asOf.minusDays(20), ServiceCategory.VISIT,
                    null, open ? ServiceStatus.OPEN : ServiceStatus.RESOLVED, open ? null : asOf.minusDays(10), worker, 1));
        }
        return clean.withServiceRecords(records);
    }

    private static List<Organization> villageOrgs(Dataset clean) {
        return clean.organizations().stream().filter(o -> o.orgType() != null && o.orgType().isBasicLevel() && o.dissolvedOn() == null
                && o.divisionCode() != null && o.divisionCode().isWellFormed() && o.divisionCode().isVillageLevel()).toList();
    }

}
