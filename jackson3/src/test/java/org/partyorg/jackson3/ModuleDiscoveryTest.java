package org.partyorg.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partyorg.core.Member;
import tools.jackson.core.Version;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code findAndAddModules()} finds the module through {@code ServiceLoader}: on the module path by
 * its {@code provides}, on the class path (the second surefire execution) by {@code META-INF/services}.
 */
class ModuleDiscoveryTest {

    @Test
    void findAndAddModulesFindsIt() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.registeredModules()).filteredOn(m -> m instanceof PartyOrgModule).hasSize(1);
        String json = "{\"id\":\"m-1\",\"idNumber\":\"52263119700301011X\",\"sex\":\"1\"}";
        assertThat(mapper.writeValueAsString(mapper.readValue(json, Member.class))).isEqualTo(json);
    }

    @Test
    void itsVersionIsTheBuilds() {
        Version version = new PartyOrgModule().version();
        assertThat(version.isUnknownVersion()).isFalse();
        assertThat(version.getGroupId()).isEqualTo("org.partyorg");
        assertThat(version.getArtifactId()).isEqualTo("partyorg-jackson3");
        assertThat(new PartyOrgModule().getModuleName()).isEqualTo("partyorg");
    }
}
