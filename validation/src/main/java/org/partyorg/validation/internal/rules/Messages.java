package org.partyorg.validation.internal.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.partyorg.core.code.Masking;
import org.partyorg.validation.Rule;

/**
 * Rule titles and messages in Chinese or English, read from the same
 * {@code ContributorValidationMessages*.properties} that Hibernate Validator reads, so Bean
 * Validation and the bulk validators say the same words.
 *
 * <p>Read directly rather than through {@link java.util.ResourceBundle}: the bundle lookup falls
 * back to the JVM's default locale before the base bundle, so an English request on a Chinese
 * machine would come back Chinese. Immutable and thread-safe once loaded.
 */
public final class Messages {
    private static final Messages CHINESE = load("/ContributorValidationMessages_zh.properties");
    private static final Messages ENGLISH = load("/ContributorValidationMessages.properties");

    /** The words between a value and the bound it breaks, for rules whose bound may lie on either side. */
    static final Phrase BEFORE = Phrase.of("relation.before");
    /** See {@link #BEFORE}. */
    static final Phrase AFTER = Phrase.of("relation.after");
    /** See {@link #BEFORE}. */
    static final Phrase EXCEEDS = Phrase.of("relation.exceeds");
    /** See {@link #BEFORE}. */
    static final Phrase FEWER_THAN = Phrase.of("relation.fewerThan");

    private final Properties properties;

    private Messages(Properties properties) {
        this.properties = properties;
    }

    /**
     * @param locale the caller's locale
     * @return Chinese for any {@code zh} locale, English otherwise
     */
    public static Messages forLocale(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /**
     * @param rule a rule
     * @return its title
     */
    public String title(Rule rule) {
        return text("org.partyorg.rule." + rule.id() + ".title");
    }

    /**
     * @param rule a rule
     * @return its message template with {@code {name}} parameters
     */
    public String template(Rule rule) {
        return text("org.partyorg.rule." + rule.id() + ".message");
    }

    /**
     * @param key a property key
     * @return its text, or the key itself when missing (a test keeps the files complete)
     */
    public String text(String key) {
        return properties.getProperty(key, key);
    }

    /**
     * A message parameter that is itself words, translated like the message: the text of
     * {@code org.partyorg.phrase.<key>} in the message's language, with its own {@code {name}}
     * parameters filled.
     *
     * @param key the phrase's key, after {@code org.partyorg.phrase.}
     * @param args alternating parameter names and values
     */
    public record Phrase(String key, Object... args) {
        /**
         * @param key the phrase's key
         * @param args alternating parameter names and values
         * @return the phrase
         */
        public static Phrase of(String key, Object... args) {
            return new Phrase(key, args);
        }

        @Override
        public String toString() {
            return ENGLISH.fill(ENGLISH.text("org.partyorg.phrase." + key), args);
        }
    }

    /**
     * A message parameter as a message may show it: a {@link Phrase} as it is, anything else as text
     * with whatever looks like a 身份证号 or phone number masked (docs/format.md §8), since any quoted
     * value may carry one (an id, a reference, an unknown field's name).
     *
     * @param value the parameter's value
     * @return the phrase, or the masked text
     */
    public static Object quoted(Object value) {
        return value instanceof Phrase ? value : Masking.scrubPersonal(String.valueOf(value));
    }

    /**
     * Fills {@code {name}} parameters, in English where a parameter is a {@link Phrase}.
     *
     * @param template the template
     * @param args alternating parameter names and values
     * @return the message
     */
    public static String format(String template, Object... args) {
        return ENGLISH.fill(template, args);
    }

    /**
     * Fills {@code {name}} parameters, translating {@link Phrase} parameters into this language.
     *
     * @param template the template
     * @param args alternating parameter names and values
     * @return the message
     */
    public String fill(String template, Object... args) {
        if (args.length == 0 || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String name = template.substring(i + 1, close);
                Object value = lookup(name, args);
                if (value != MISSING) {
                    // any quoted value may carry a 身份证号 or phone number (an id, a reference, a field name)
                    out.append(value instanceof Phrase phrase
                            ? fill(text("org.partyorg.phrase." + phrase.key()), phrase.args())
                            : quoted(value));
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static final Object MISSING = new Object();

    private static Object lookup(String name, Object[] args) {
        for (int k = 0; k + 1 < args.length; k += 2) {
            if (name.equals(args[k])) {
                return args[k + 1];
            }
        }
        return MISSING;
    }

    private static Messages load(String resource) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Messages(p);
    }
}
