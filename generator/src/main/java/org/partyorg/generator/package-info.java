/**
 * Seeded generators of synthetic datasets from one village to national scale, valid by default, with
 * planted defects and a manifest of the findings they must produce. Output is a pure function of the
 * seed.
 *
 * <p><b>Nulls.</b> Arguments may not be null. <b>Threads.</b> A generator is one run and not
 * thread-safe; what it returns is immutable.
 */
package org.partyorg.generator;
