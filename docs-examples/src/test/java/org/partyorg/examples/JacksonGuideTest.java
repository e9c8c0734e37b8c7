package org.partyorg.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.Member;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.serialization.PartyOrgModule;
import org.partyorg.validation.DatasetValidator;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationReport;

/** The examples of docs/guides/jackson.md. */
class JacksonGuideTest {

    // tag::jackson-upload[]
    /** A message of the application's own that carries partyorg records. */
    public record Upload(String batch, List<Member> members) {
    }
    // end::jackson-upload[]

    @Test
    void setUpReadAndWrite() throws IOException {
        Stdout stdout = Stdout.capture();
        // tag::jackson-setup[]
        ObjectMapper mapper = new ObjectMapper()
                .findAndRegisterModules()    // finds PartyOrgModule through ServiceLoader
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);   // the format ignores unknown fields

        Dataset dataset = mapper.readValue(new File("docs/examples/koujiang-village.json"), Dataset.class);
        Member member = dataset.members().get(0);
        System.out.println(member.idNumber());                  // toString() masks
        System.out.println(mapper.writeValueAsString(member));  // JSON carries the full value

        Upload upload = mapper.readValue("{\"batch\":\"2023-08\",\"members\":[" + mapper.writeValueAsString(member) + "]}",
                Upload.class);
        System.out.println(upload.members().get(0).equals(member));
        // end::jackson-setup[]
        stdout.stopAndCompare("jackson-setup");
        assertThat(mapper.getRegisteredModuleIds()).contains(new PartyOrgModule().getTypeId());
        assertThat(mapper.writeValueAsString(member)).contains("\"idNumber\":\"52263119700301011X\"");
    }

    @Test
    void explicitRegistration() {
        // tag::jackson-register[]
        ObjectMapper mapper = new ObjectMapper().registerModule(new PartyOrgModule());
        // end::jackson-register[]
        assertThat(mapper.getRegisteredModuleIds()).hasSize(1);
    }

    @Test
    void shapeErrorsThrow() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Stdout stdout = Stdout.capture();
        // tag::jackson-shape-error[]
        String json = "{\"id\":\"m-9\",\"sex\":\"3\",\"birthDate\":\"2023-02-30\"}";
        try {
            mapper.readValue(json, Member.class);
        } catch (JsonProcessingException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getOriginalMessage());
        }
        // end::jackson-shape-error[]
        stdout.stopAndCompare("jackson-shape-error");
        assertThatThrownBy(() -> mapper.readValue(json, Member.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void contentRulesNeedTheValidator() throws IOException {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // tag::jackson-then-validate[]
        Dataset dataset = mapper.readValue(new File("docs/examples/koujiang-village-mistakes.json"), Dataset.class);
        ValidationReport report = DatasetValidator.create().validate(dataset);   // binding checked only the shape
        // end::jackson-then-validate[]
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("IDN-002", "MEM-010", "GRID-004");
        assertThat(dataset.members().get(0).idNumber()).isEqualTo(ResidentIdNumber.lenient("522631197003010111"));
    }
}
