/**
 * Jackson 3 support: {@link org.partyorg.jackson3.PartyOrgModule}, for {@code JsonMapper.builder().addModule(...)}
 * or {@code findAndAddModules()}.
 */
package org.partyorg.jackson3;
