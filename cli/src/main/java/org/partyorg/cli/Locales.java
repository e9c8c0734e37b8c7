package org.partyorg.cli;

import java.util.Locale;
import java.util.Map;

/**
 * The message language: {@code --locale}, else the environment ({@code LC_ALL}, {@code LC_MESSAGES},
 * {@code LANG}): Chinese when its language is Chinese, English otherwise, as the README's command-line section says.
 */
final class Locales {
    private Locales() {
    }

    /**
     * @param option the {@code --locale} value, or null
     * @param env the environment
     * @return the locale
     * @throws picocli.CommandLine.ParameterException never; bad values are checked by the caller
     */
    static Locale resolve(String option, Map<String, String> env) {
        if (option != null) {
            return parse(option);
        }
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                String lang = value.toLowerCase(Locale.ROOT);
                // the first one set decides (POSIX precedence); C, POSIX and other languages get English
                return lang.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * @param value {@code zh-CN}, {@code zh}, {@code en}, {@code en-US} ...
     * @return the locale
     * @throws IllegalArgumentException for a language partyorg does not speak
     */
    static Locale parse(String value) {
        String lang = value.toLowerCase(Locale.ROOT).replace('_', '-');
        if (lang.equals("zh") || lang.startsWith("zh-")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (lang.equals("en") || lang.startsWith("en-")) {
            return Locale.ENGLISH;
        }
        throw new IllegalArgumentException("unsupported locale '" + value + "' (use zh-CN or en)");
    }
}
