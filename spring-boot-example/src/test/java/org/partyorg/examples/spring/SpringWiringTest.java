package org.partyorg.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Member;
import org.partyorg.jackson3.PartyOrgModule;
import org.partyorg.serialization.DatasetReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Spring Boot 4 wires without being told: its Jackson 3 mapper finds partyorg's module through
 * {@code ServiceLoader} ({@code spring.jackson.find-and-add-modules}, on by default), and its
 * Hibernate Validator finds partyorg's constraint validators and messages, Chinese and English, with
 * the application's clock as "today".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = TestSettings.PROPERTIES)
class SpringWiringTest {
    @Autowired
    JsonMapper mapper;

    @Autowired
    Validator validator;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void springBootsMapperHasTheModuleOnce() {
        assertThat(mapper.registeredModules()).filteredOn(m -> m instanceof PartyOrgModule).hasSize(1);
        assertThat(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
    }

    @Test
    void springsValidatorHasPartyorgsConstraintsAndMessages() {
        Member member = DatasetReader.create().read(Path.of("docs/examples/koujiang-village-mistakes.json")).dataset()
                .members().get(4);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Set<ConstraintViolation<Member>> english = validator.validate(member);
        assertThat(english).extracting(ConstraintViolation::getMessage)
                .containsExactly("Admitted on 1990-07-01, before turning 18 on 1992-03-05");
        assertThat(english).extracting(v -> PartyOrgProblems.rule(v).ruleId()).containsExactly("MEM-010");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(validator.validate(member)).extracting(ConstraintViolation::getMessage)
                .containsExactly("入党日期 1990-07-01 早于年满 18 周岁之日 1992-03-05");
    }

    @Test
    void theSettingsTheGuideShowsAreTheApplications() throws IOException {
        List<String> settings = Files.readAllLines(Path.of("spring-boot-example/src/main/resources/application.properties"));
        assertThat(settings).containsAll(Guide.block(null, "properties"));
    }

    @Test
    void todayIsTheReportingDate() {
        // 2024-01-01 is in the past by the system clock, in the future on the reporting date 2023-08-18
        Member member = DatasetReader.create().read(Path.of("docs/examples/koujiang-village.json")).orThrow().members().get(0);
        assertThat(validator.validate(member)).isEmpty();
        assertThat(validator.validate(member.toBuilder().statusSince(LocalDate.of(2024, 1, 1)).build()))
                .extracting(v -> PartyOrgProblems.rule(v).ruleId()).containsExactly("MEM-016");
    }
}
