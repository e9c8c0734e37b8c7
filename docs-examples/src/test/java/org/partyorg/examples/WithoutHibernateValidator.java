package org.partyorg.examples;

import java.nio.file.Path;
import java.util.Locale;
import org.partyorg.serialization.PartyOrg;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * Run by {@code ModulePathTest} as its own process, from the class path, with partyorg's modules on
 * the module path and no Hibernate Validator anywhere: the readers and the engine need no Bean
 * Validation provider.
 */
public final class WithoutHibernateValidator {
    private WithoutHibernateValidator() {
    }

    /** @param args exchange documents */
    public static void main(String[] args) {
        System.out.println("hibernate validator: " + ModuleLayer.boot().findModule("org.hibernate.validator").isPresent());
        ValidationOptions options = ValidationOptions.defaults().withLocale(Locale.ENGLISH);
        for (String file : args) {
            ValidationReport report = PartyOrg.validate(Path.of(file), options);
            System.out.println(file + ": " + report.errors() + " errors, " + report.warnings() + " warnings");
        }
    }
}
