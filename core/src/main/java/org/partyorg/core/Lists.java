package org.partyorg.core;

import java.util.List;

/** The records' list rule: absent means empty; the copy is unmodifiable; null elements are refused. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
