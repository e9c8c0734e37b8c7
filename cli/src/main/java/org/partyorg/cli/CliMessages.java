package org.partyorg.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's own messages (usage errors, files that cannot be opened, running out of
 * memory) in the language of the findings: Chinese or English, as {@code --locale} or the
 * environment says ({@link Locales}). Stateless and thread-safe.
 */
final class CliMessages {
    private CliMessages() {
    }

    /**
     * @param locale the language
     * @param key a key of {@code org/partyorg/cli/messages.properties}
     * @param args its arguments
     * @return the message
     */
    static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.partyorg.cli.messages",
                locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT, CliMessages.class.getModule());
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** @return the language of the environment, for commands without {@code --locale} (English when it cannot tell) */
    static Locale environment() {
        try {
            return Locales.resolve(null, System.getenv());
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }
}
