/**
 * Validation: the rule catalog ({@link org.partyorg.validation.Rule}, docs/rules.md), the
 * {@link org.partyorg.validation.DatasetValidator} for a whole dataset and the
 * {@link org.partyorg.validation.StreamValidator} for records handed over one at a time (national scale),
 * their {@link org.partyorg.validation.ValidationOptions}, and what they return: a
 * {@link org.partyorg.validation.ValidationReport} of {@link org.partyorg.validation.Finding}s, each with
 * rule id, severity and JSON Pointer. Bad data is reported, never thrown.
 *
 * <p><b>Nulls.</b> Arguments may not be null unless a method says so ({@link java.lang.NullPointerException});
 * lookups that may miss return {@link java.util.Optional}. <b>Threads.</b> Validators, options, reports
 * and findings are immutable and thread-safe, except the {@code StreamValidator}, which is one run and
 * belongs to one thread.
 */
package org.partyorg.validation;
