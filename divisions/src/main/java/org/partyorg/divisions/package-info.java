/**
 * The NBS 2023 statistical division registry: {@link org.partyorg.divisions.NbsDivisions} and
 * its value {@link org.partyorg.divisions.Division}, with the kinds of township-level
 * ({@link org.partyorg.divisions.TownshipKind}) and village-level
 * ({@link org.partyorg.divisions.VillageKind}) units read from their code ranges.
 */
package org.partyorg.divisions;
