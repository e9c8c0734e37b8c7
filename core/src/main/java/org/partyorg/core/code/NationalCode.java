package org.partyorg.core.code;

import java.util.Optional;

/**
 * An entry of a national standard's code list (GB/T 2261.1, GB/T 3304, GB/T 4658), exchanged
 * as its code string with leading zeros kept.
 */
public interface NationalCode {
    /** @return the code as exchanged, e.g. {@code "01"} */
    String code();

    /** @return the standard's Chinese name, e.g. {@code "汉族"} */
    String chineseName();

    /**
     * Linear lookup; code lists have at most a few dozen entries.
     *
     * @param <E> the code list
     * @param values the entries
     * @param code the code to find, may be null
     * @return the entry or empty
     */
    static <E extends NationalCode> Optional<E> find(E[] values, String code) {
        if (code != null) {
            for (E e : values) {
                if (e.code().equals(code)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param list the list's name for the message
     * @param code the unknown code
     * @return the exception to throw
     */
    static InvalidCodeException unknown(String list, String code) {
        return new InvalidCodeException(CodeProblem.UNKNOWN_CODE,
                "not a code of " + list + ": \"" + code + "\"");
    }
}
