package org.partyorg.serialization.internal.bind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partyorg.validation.Rule;

/**
 * What binding one record collects: the shape problems found (reported once the record's id is
 * known), the fields that could not be bound and were left null (so the validator does not also
 * call them missing), and the current path within the record.
 *
 * <p>Reused for every record of an input; not thread-safe.
 */
public final class BindContext {
    /**
     * A shape problem at a field, as a path relative to the record. Every problem names a field,
     * so {@code ""} is a field with the empty name (RFC 6901: {@code /members/4/}).
     */
    public record Problem(Rule rule, String path, Object[] args) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private Set<String> unreadable;
    private final String[] segments = new String[256];
    private int depth;

    /** Forgets the previous record. */
    public void reset() {
        problems.clear();
        unreadable = null;
        depth = 0;
    }

    /** @return the problems of the current record, in the order found */
    public List<Problem> problems() {
        return problems;
    }

    /** @return fields (relative paths) left null because they could not be bound; never null */
    public Set<String> unreadable() {
        return unreadable == null ? Set.of() : unreadable;
    }

    void push(String segment) {
        segments[depth++] = segment;
    }

    void pop() {
        depth--;
    }

    /**
     * @param leaf a field name or index below the current path, or null for the current path
     * @return the relative JSON Pointer path without a leading slash, e.g. {@code leadership/officers/2/role}
     */
    String path(String leaf) {
        if (depth == 0) {
            return leaf == null ? "" : escape(leaf);
        }
        StringBuilder b = new StringBuilder(32);
        for (int i = 0; i < depth; i++) {
            if (i > 0) {
                b.append('/');
            }
            b.append(segments[i]);
        }
        if (leaf != null) {
            b.append('/').append(escape(leaf));
        }
        return b.toString();
    }

    void problem(Rule rule, String leaf, Object... args) {
        problems.add(new Problem(rule, path(leaf), args));
    }

    void unreadable(String leaf) {
        if (unreadable == null) {
            unreadable = new HashSet<>(4);
        }
        unreadable.add(path(leaf));
    }

    /**
     * RFC 6901: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}.
     *
     * @param name a field name
     * @return it as a JSON Pointer segment
     */
    public static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }
}
