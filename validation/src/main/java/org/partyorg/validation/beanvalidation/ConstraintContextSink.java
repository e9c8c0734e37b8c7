package org.partyorg.validation.beanvalidation;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;
import org.partyorg.validation.rules.FindingSink;

/**
 * Turns findings into constraint violations: the rule's message template (interpolated by the
 * validator in its locale, with the finding's values as message parameters), the path as property
 * nodes, and a {@link RuleViolation} payload.
 */
final class ConstraintContextSink implements FindingSink {
    private final ConstraintValidatorContext context;
    private boolean valid = true;

    ConstraintContextSink(ConstraintValidatorContext context) {
        this.context = context;
        context.disableDefaultConstraintViolation();
    }

    @Override
    public void add(Rule rule, Severity severity, long seq, String recordType, String recordId, String path, Object... args) {
        valid = false;
        HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
        for (int i = 0; i + 1 < args.length; i += 2) {
            hv.addMessageParameter(String.valueOf(args[i]), args[i + 1]);
        }
        hv.withDynamicPayload(new RuleViolation(rule.id(), severity, path));
        ConstraintValidatorContext.ConstraintViolationBuilder builder =
                context.buildConstraintViolationWithTemplate("{org.partyorg.rule." + rule.id() + ".message}");
        String property = propertyPath(path);
        if (property.isEmpty()) {
            builder.addConstraintViolation();
        } else {
            builder.addPropertyNode(property).addConstraintViolation();
        }
    }

    boolean isValid() {
        return valid;
    }

    /** {@code /leadership/officers/2/role} becomes {@code leadership.officers[2].role}. */
    static String propertyPath(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
                out.append('[').append(part).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(part);
            }
        }
        return out.toString();
    }
}
