package org.partyorg.validation.internal.rules;

import org.partyorg.core.RecordType;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;

/**
 * Where a record was, kept for rules that can only decide once the input ends (a member that
 * arrived before its organization).
 *
 * @param out where findings go
 * @param layout document or stream paths
 * @param type the record's type
 * @param seq its place in the input
 * @param position its index or line
 * @param recordId its id, may be null
 */
record Located(FindingSink out, PathLayout layout, RecordType type, long seq, long position, String recordId)
        implements Reporter {

    @Override
    public void report(Rule rule, Severity severity, String field, Object... args) {
        String base = layout.recordPath(type, position);
        out.add(rule, severity, seq, type.wireName(), recordId, field.isEmpty() ? base : base + "/" + field, args);
    }
}
