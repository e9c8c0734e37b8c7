package org.partyorg.validation;

import java.util.Objects;
import java.util.Optional;
import org.partyorg.core.code.Masking;

/**
 * One problem found in a dataset (docs/format.md §8).
 *
 * <p>Immutable and thread-safe. The message is in the locale the validator was configured with
 * and never contains a full 身份证号 or phone number. {@code path} and {@code recordId} are exact,
 * so that a program can find the record, even when an id or a field name holds such a number;
 * {@link #toString()} masks them as messages do.
 *
 * @param ruleId the rule's stable id, e.g. {@code MEM-012}; never null
 * @param severity the severity; never null
 * @param path RFC 6901 JSON Pointer into the document ({@code /members/3/fullMemberOn}), or
 *     {@code /<line>/<field>} for the stream form; {@code ""} is the whole document; never null
 * @param recordType the record's type on the wire ({@code member}, {@code serviceRecord}, ...),
 *     or null for findings about the document or stream as a whole
 * @param recordId the record's {@code id}, or null when it has none or it is not known
 * @param message human-readable text; never null
 */
public record Finding(String ruleId, Severity severity, String path, String recordType, String recordId, String message) {

    /** Checks the non-null components. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** @return the finding for logs: as the record's components, with numbers that could identify a person masked in path and id */
    @Override
    public String toString() {
        return "Finding[ruleId=" + ruleId + ", severity=" + severity + ", path=" + Masking.scrubPersonal(path)
                + ", recordType=" + recordType + ", recordId=" + Masking.scrubPersonal(recordId) + ", message=" + message + "]";
    }

    /** @return the rule of the catalog with this finding's id, if any */
    public Optional<Rule> rule() {
        return Rule.findById(ruleId);
    }
}
