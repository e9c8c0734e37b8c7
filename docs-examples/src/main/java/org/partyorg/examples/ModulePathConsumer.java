package org.partyorg.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.partyorg.core.Dataset;
import org.partyorg.core.spi.DivisionRegistry;
import org.partyorg.serialization.PartyOrg;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * A small application of partyorg, run by {@code ModulePathTest} as its own process with
 * {@code java --module-path ... --module org.partyorg.examples/org.partyorg.examples.ModulePathConsumer}:
 * it uses every path by which partyorg reaches an application (exports, opened records, and the
 * services of Bean Validation, Jackson and the division registry) and prints what it found.
 */
public final class ModulePathConsumer {
    private ModulePathConsumer() {
    }

    /**
     * @param file an exchange file
     * @return its report, with default options
     */
    public static ValidationReport validate(Path file) {
        return PartyOrg.validate(file);
    }

    /**
     * @param args exchange documents ({@code .json})
     */
    public static void main(String[] args) {
        System.out.println(ModulePathConsumer.class.getModule() + " reads " + PartyOrg.class.getModule());
        DivisionRegistry registry = ServiceLoader.load(DivisionRegistry.class).findFirst().orElseThrow();
        System.out.println("division registry: " + registry.edition());
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        System.out.println("jackson modules: " + mapper.getRegisteredModuleIds());
        // no EL on a plain module path: Hibernate Validator needs the parameter interpolator
        Validator validator = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .buildValidatorFactory().getValidator();
        ValidationOptions options = ValidationOptions.defaults().withLocale(Locale.ENGLISH).withDivisionRegistry(registry);
        for (String file : args) {
            ValidationReport report = PartyOrg.validate(Path.of(file), options);
            Dataset dataset;
            try {
                dataset = mapper.readValue(Path.of(file).toFile(), Dataset.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.out.println(file + ": " + report.errors() + " errors, " + report.warnings() + " warnings; "
                    + validator.validate(dataset).size() + " Bean Validation violations");
        }
    }
}
