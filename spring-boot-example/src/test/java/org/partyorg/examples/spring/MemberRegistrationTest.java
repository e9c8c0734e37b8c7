package org.partyorg.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.Member;
import org.partyorg.jackson3.PartyOrgModule;
import org.partyorg.serialization.DatasetReader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /members} on the real embedded server: Jackson 3 binds the body with partyorg's module,
 * Hibernate Validator checks it with partyorg's constraints, and a violation comes back as problem
 * details with partyorg's rule ids, in the request's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = TestSettings.PROPERTIES)
class MemberRegistrationTest {
    private static final String JSON = "application/json";
    private static Dataset valid;
    private static Dataset mistakes;

    @LocalServerPort
    int port;

    private Http http;
    private final JsonMapper mapper = JsonMapper.builder().addModule(new PartyOrgModule()).build();

    @BeforeAll
    static void examples() {
        valid = DatasetReader.create().read(Path.of("docs/examples/koujiang-village.json")).orThrow();
        mistakes = DatasetReader.create().read(Path.of("docs/examples/koujiang-village-mistakes.json")).dataset();
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Http.Answer post(Member member, String language) throws Exception {
        return http.post("/members", JSON, language, mapper.writeValueAsBytes(member));
    }

    @Test
    void aValidMemberIsCreatedAndComesBackAsSent() throws Exception {
        Member member = valid.members().get(0);
        Http.Answer answer = post(member, null);
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).isEqualTo(mapper.writeValueAsString(member)).contains("\"idNumber\":\"52263119700301011X\"");
    }

    @Test
    void aViolationIsProblemDetailsWithTheRuleInEnglish() throws Exception {
        Http.Answer answer = post(mistakes.members().get(4), "en");   // admitted before turning 18
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode violation = answer.json().get("violations").get(0);
        assertThat(violation.get("ruleId").asString()).isEqualTo("MEM-010");
        assertThat(violation.get("severity").asString()).isEqualTo("ERROR");
        assertThat(violation.get("path").asString()).isEqualTo("/admittedOn");
        assertThat(violation.get("message").asString()).isEqualTo("Admitted on 1990-07-01, before turning 18 on 1992-03-05");
        assertThat(answer.json().get("violations")).hasSize(1);
    }

    @Test
    void andInChineseAsTheGuideShows() throws Exception {
        Http.Answer answer = post(mistakes.members().get(4), "zh-CN");
        assertThat(answer.json().get("violations").get(0).get("message").asString())
                .isEqualTo("入党日期 1990-07-01 早于年满 18 周岁之日 1992-03-05");
        String shown = String.join("\n", Guide.block("output: spring-problem-violations", "json"));
        assertThat(answer.json()).as("the answer shown in " + Guide.PAGE).isEqualTo(mapper.readTree(shown));
    }

    @Test
    void aWrongIdNumberIsReportedMasked() throws Exception {
        Member member = mistakes.members().get(0);   // IDN-002: a wrong check character
        Http.Answer answer = post(member, "en");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("violations").valueStream().map(v -> v.get("ruleId").asString())).contains("IDN-002");
        assertThat(answer.body()).doesNotContain(member.idNumber().text());
    }

    @Test
    void aShapeErrorNamesItsRule() throws Exception {
        byte[] body = "{\"id\":\"m-9\",\"name\":\"党员9\",\"sex\":\"3\"}".getBytes(StandardCharsets.UTF_8);
        Http.Answer answer = http.post("/members", JSON, null, body);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("ruleId").asString()).isEqualTo("DOC-012");
        assertThat(answer.json().get("detail").asString()).startsWith("DOC-012 at /sex: ");
    }

    @Test
    void personalNumbersInTheWrongPlaceAreMaskedInShapeErrors() throws Exception {
        byte[] body = "{\"id\":\"m-9\",\"sex\":\"52263119700301011X\"}".getBytes(StandardCharsets.UTF_8);
        Http.Answer answer = http.post("/members", JSON, null, body);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("DOC-012").doesNotContain("52263119700301011X");
    }

    @Test
    void unknownFieldsAreIgnoredAsTheFormatSays() throws Exception {
        String json = mapper.writeValueAsString(valid.members().get(1));
        String withExtra = json.substring(0, json.length() - 1) + ",\"nickname\":\"小王\"}";
        Http.Answer answer = http.post("/members", JSON, null, withExtra.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).isEqualTo(json);
    }

    @Test
    void malformedJsonIsA400WithoutTheInput() throws Exception {
        Http.Answer answer = http.post("/members", JSON, null, "{\"idNumber\":\"52263119700301011X\",".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("detail").asString()).isEqualTo("The body is not a readable record.");
        assertThat(answer.body()).doesNotContain("52263119700301011X");
    }
}
