/**
 * Service interfaces that other modules implement: {@link org.partyorg.core.spi.DivisionRegistry}, the
 * registry of division codes that IDN-021 checks against ({@code partyorg-divisions} provides the NBS
 * 2023 one).
 *
 * <p><b>Nulls.</b> Implementations never return null. <b>Threads.</b> Implementations must be
 * thread-safe: one registry serves every validation run.
 */
package org.partyorg.core.spi;
