/**
 * The organization tree ({@link org.partyorg.core.tree.OrgTree}): built in linear time and walked without
 * recursion, so a million-deep chain or a cycle in bad data cannot overflow the stack; subtree member
 * counts for the size rules.
 *
 * <p><b>Nulls.</b> Lookups that may miss return {@link java.util.Optional}. <b>Threads.</b> A built tree
 * is immutable and thread-safe.
 */
package org.partyorg.core.tree;
