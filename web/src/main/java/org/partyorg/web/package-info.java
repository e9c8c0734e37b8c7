/**
 * See the data: {@link org.partyorg.web.PartyOrgServer}, the validation page and JSON API of
 * {@code partyorg serve}, and {@link org.partyorg.web.StatisticsReport}, the statistics view as one
 * self-contained HTML file ({@code partyorg stats --format html}).
 */
package org.partyorg.web;
