package org.partyorg.core;

import jakarta.validation.Valid;
import java.util.List;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.GridCode;
import org.partyorg.core.constraints.ValidGrid;

/**
 * A grid (网格), FORMAT.md §5: part of exactly one village or community.
 *
 * <p>Immutable and thread-safe. Components may be null so that bad data binds; lists are never
 * null (absent means empty) and are unmodifiable copies.
 *
 * @param id the grid's id, unique among grids
 * @param name the name
 * @param code the 15-digit grid code (village code + sequence), may be null
 * @param divisionCode the village or community it belongs to
 * @param kind comprehensive or dedicated
 * @param leadOrgId the Party organization that leads the grid, may be null
 * @param leader 网格长
 * @param workers 网格员
 * @param villagerGroups names of the 村民小组 it covers
 * @param households households in the grid
 * @param population population, may be null
 */
@ValidGrid
public record Grid(
        String id,
        String name,
        GridCode code,
        @org.partyorg.core.constraints.DivisionCode DivisionCode divisionCode,
        GridKind kind,
        String leadOrgId,
        @Valid PersonRef leader,
        List<@Valid PersonRef> workers,
        List<String> villagerGroups,
        Integer households,
        Integer population) implements ExchangeRecord {

    /** Copies the lists; null becomes empty. */
    public Grid {
        workers = Lists.copy(workers);
        villagerGroups = Lists.copy(villagerGroups);
    }


    /** @return {@link RecordType#GRID} */
    @Override
    public RecordType recordType() {
        return RecordType.GRID;
    }
}
