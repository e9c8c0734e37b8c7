package org.partyorg.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.Member;
import org.partyorg.examples.JacksonGuideTest.Upload;
import org.partyorg.jackson3.PartyOrgModule;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 examples of docs/guides/jackson.md. */
class Jackson3GuideTest {

    @Test
    void setUpReadAndWrite() {
        Stdout stdout = Stdout.capture();
        // tag::jackson3-setup[]
        JsonMapper mapper = JsonMapper.builder()
                .findAndAddModules()    // finds org.partyorg.jackson3.PartyOrgModule through ServiceLoader
                .build();               // unknown fields are ignored: Jackson 3's default, and the format's rule

        Dataset dataset = mapper.readValue(new File("docs/examples/koujiang-village.json"), Dataset.class);
        Member member = dataset.members().get(0);
        System.out.println(mapper.writeValueAsString(member));  // the same bytes as the Jackson 2 module's

        Upload upload = mapper.readValue("{\"batch\":\"2023-08\",\"members\":[" + mapper.writeValueAsString(member) + "]}",
                Upload.class);
        System.out.println(upload.members().get(0).equals(member));
        // end::jackson3-setup[]
        stdout.stopAndCompare("jackson3-setup");
        assertThat(mapper.registeredModules()).filteredOn(m -> m instanceof PartyOrgModule).hasSize(1);
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
        assertThat(mapper.readValue("{\"id\":\"m-1\",\"nickname\":\"x\"}", Member.class).id()).isEqualTo("m-1");
        if (ModulePathTest.onModulePath()) {
            assertThat(PartyOrgModule.class.getModule().getName()).isEqualTo("org.partyorg.jackson3");
            assertThat(JsonMapper.class.getModule().getName()).isEqualTo("tools.jackson.databind");
        }
    }

    @Test
    void explicitRegistration() {
        // tag::jackson3-register[]
        JsonMapper mapper = JsonMapper.builder().addModule(new PartyOrgModule()).build();
        // end::jackson3-register[]
        assertThat(mapper.registeredModules()).hasSize(1);
    }

    @Test
    void shapeErrorsThrow() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Stdout stdout = Stdout.capture();
        // tag::jackson3-shape-error[]
        String json = "{\"id\":\"m-9\",\"sex\":\"3\",\"birthDate\":\"2023-02-30\"}";
        try {
            mapper.readValue(json, Member.class);
        } catch (JacksonException e) {   // unchecked in Jackson 3
            System.out.println(e.getClass().getSimpleName() + ": " + e.getOriginalMessage());
        }
        // end::jackson3-shape-error[]
        stdout.stopAndCompare("jackson3-shape-error");
        assertThatThrownBy(() -> mapper.readValue(json, Member.class)).isInstanceOf(MismatchedInputException.class);
    }
}
