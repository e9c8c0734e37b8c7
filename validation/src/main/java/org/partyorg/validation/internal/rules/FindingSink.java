package org.partyorg.validation.internal.rules;

import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;

/**
 * Where rules report: the bulk validators' {@link FindingCollector}, or a Bean Validation context.
 */
public interface FindingSink {
    /**
     * @param rule the rule
     * @param severity the severity of this case
     * @param seq the record's place in the input, -1 for the input as a whole
     * @param recordType the record's wire type, or null
     * @param recordId the record id, or null
     * @param path the JSON Pointer
     * @param args alternating message parameter names and values (already masked)
     */
    void add(Rule rule, Severity severity, long seq, String recordType, String recordId, String path, Object... args);
}
