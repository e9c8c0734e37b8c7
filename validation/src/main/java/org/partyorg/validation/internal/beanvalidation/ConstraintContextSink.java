package org.partyorg.validation.internal.beanvalidation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;
import org.partyorg.validation.beanvalidation.RuleViolation;
import org.partyorg.validation.internal.rules.FindingSink;
import org.partyorg.validation.internal.rules.Messages;

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
        String template;
        if (HIBERNATE_VALIDATOR) {
            // the provider interpolates the rule's message in its own locale, with these parameters
            HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
            for (int i = 0; i + 1 < args.length; i += 2) {
                hv.addMessageParameter(String.valueOf(args[i]), Messages.quoted(args[i + 1]));
            }
            hv.withDynamicPayload(new RuleViolation(rule.id(), severity, path));
            template = "{org.partyorg.rule." + rule.id() + ".message}";
        } else {
            // another provider has no message parameters: the message is filled here, in the default
            // locale, and escaped so that the provider's interpolation leaves it as it is
            Messages messages = Messages.forLocale(Locale.getDefault());
            template = escape(rule.id() + " " + messages.fill(messages.template(rule), args));
        }
        ConstraintValidatorContext.ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(template);
        String property = propertyPath(path);
        if (property.isEmpty()) {
            builder.addConstraintViolation();
        } else {
            builder.addPropertyNode(property).addConstraintViolation();
        }
    }

    /** Whether Hibernate Validator is there to take message parameters; it is an optional dependency. */
    private static final boolean HIBERNATE_VALIDATOR = isPresent("org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext");

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, ConstraintContextSink.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Bean Validation message templates give {@code \ { } $} a meaning: escape them to keep the text. */
    static String escape(String message) {
        StringBuilder out = new StringBuilder(message.length() + 8);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
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
