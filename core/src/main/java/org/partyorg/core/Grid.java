package org.partyorg.core;

import jakarta.validation.Valid;
import java.util.List;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.GridCode;
import org.partyorg.core.constraints.ValidDivisionCode;
import org.partyorg.core.constraints.ValidGrid;

/**
 * A grid (网格), docs/format.md §5: part of exactly one village or community.
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
        @ValidDivisionCode DivisionCode divisionCode,
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

    /**
     * @return a builder whose components all start null (lists empty): no default is invented
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's components, to make a changed copy */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .name(name)
                .code(code)
                .divisionCode(divisionCode)
                .kind(kind)
                .leadOrgId(leadOrgId)
                .leader(leader)
                .workers(workers)
                .villagerGroups(villagerGroups)
                .households(households)
                .population(population);
    }

    /**
     * Builds a {@link Grid} component by component, for application code that would otherwise
     * call the canonical constructor with many nulls. Every component starts null (lists empty);
     * nothing is checked here: validate the record with the validators. Not thread-safe;
     * {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String id;
        private String name;
        private GridCode code;
        private DivisionCode divisionCode;
        private GridKind kind;
        private String leadOrgId;
        private PersonRef leader;
        private List<@Valid PersonRef> workers;
        private List<String> villagerGroups;
        private Integer households;
        private Integer population;

        private Builder() {
        }

        /**
         * @param id the grid's id, unique among grids
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param code the 15-digit grid code (village code + sequence), may be null
         * @return this builder
         */
        public Builder code(GridCode code) {
            this.code = code;
            return this;
        }

        /**
         * @param divisionCode the village or community it belongs to
         * @return this builder
         */
        public Builder divisionCode(DivisionCode divisionCode) {
            this.divisionCode = divisionCode;
            return this;
        }

        /**
         * @param kind comprehensive or dedicated
         * @return this builder
         */
        public Builder kind(GridKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * @param leadOrgId the Party organization that leads the grid, may be null
         * @return this builder
         */
        public Builder leadOrgId(String leadOrgId) {
            this.leadOrgId = leadOrgId;
            return this;
        }

        /**
         * @param leader 网格长
         * @return this builder
         */
        public Builder leader(PersonRef leader) {
            this.leader = leader;
            return this;
        }

        /**
         * @param workers 网格员
         * @return this builder
         */
        public Builder workers(List<@Valid PersonRef> workers) {
            this.workers = workers;
            return this;
        }

        /**
         * @param villagerGroups names of the 村民小组 it covers
         * @return this builder
         */
        public Builder villagerGroups(List<String> villagerGroups) {
            this.villagerGroups = villagerGroups;
            return this;
        }

        /**
         * @param households households in the grid
         * @return this builder
         */
        public Builder households(Integer households) {
            this.households = households;
            return this;
        }

        /**
         * @param population population, may be null
         * @return this builder
         */
        public Builder population(Integer population) {
            this.population = population;
            return this;
        }

        /** @return a new Grid of the components set so far */
        public Grid build() {
            return new Grid(id, name, code, divisionCode, kind, leadOrgId, leader, workers, villagerGroups, households, population);
        }
    }
}
