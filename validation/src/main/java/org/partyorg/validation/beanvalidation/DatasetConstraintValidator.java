package org.partyorg.validation.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.partyorg.core.Dataset;
import org.partyorg.core.constraints.ValidDataset;
import org.partyorg.validation.DatasetValidator;
import org.partyorg.validation.Finding;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * Validates {@link ValidDataset}: every rule, per record and across records, as of the dataset's
 * own {@code asOf}, exactly as {@link DatasetValidator} does. Each finding becomes a violation
 * whose message is the finding's message (in the JVM's default locale) and whose payload is a
 * {@link RuleViolation}.
 */
public final class DatasetConstraintValidator implements ConstraintValidator<ValidDataset, Dataset> {

    @Override
    public boolean isValid(Dataset value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ValidationReport report = DatasetValidator.of(ValidationOptions.defaults().withLocale(java.util.Locale.getDefault()))
                .validate(value);
        if (report.findings().isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
        for (Finding f : report.findings()) {
            hv.withDynamicPayload(new RuleViolation(f.ruleId(), f.severity(), f.path()));
            // the message is already final text: escape what the interpolator would read as parameters
            String literal = f.message().replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
            ConstraintValidatorContext.ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(literal);
            String property = ConstraintContextSink.propertyPath(f.path());
            if (property.isEmpty()) {
                builder.addConstraintViolation();
            } else {
                builder.addPropertyNode(property).addConstraintViolation();
            }
        }
        return false;
    }
}
