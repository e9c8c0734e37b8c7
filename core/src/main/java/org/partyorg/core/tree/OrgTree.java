package org.partyorg.core.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.internal.Forest;

/**
 * The organization tree of a list of organizations, built in O(n), with lookups by id, parent,
 * children, ancestors, descendants and depth, and member counts per organization and subtree.
 *
 * <p>A tree built from bad data does not fail: an organization whose {@code parentId} names no
 * organization is a {@linkplain #danglingParents() dangling} root of its own chain, and
 * organizations on a cycle of parent links are {@linkplain #cycles() reported}. When two
 * organizations share an id, references resolve to the first. Organizations without an id are
 * kept in {@link #organizations()} but cannot be looked up. Every walk is iterative, so a
 * 1,000,000-deep chain works.
 *
 * <p>Immutable and thread-safe. Methods taking an id throw {@link NullPointerException} for null
 * and return empty results for unknown ids.
 */
public final class OrgTree {
    private final List<Organization> organizations;
    private final Map<String, Integer> indexById;
    private final int[] parent;
    private final int[] firstChild;
    private final int[] nextSibling;
    private final int[] depth;
    private final boolean[] onCycle;

    private OrgTree(List<Organization> organizations) {
        this.organizations = List.copyOf(organizations);
        int n = this.organizations.size();
        indexById = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
        for (int i = 0; i < n; i++) {
            String id = this.organizations.get(i).id();
            if (id != null) {
                indexById.putIfAbsent(id, i);
            }
        }
        parent = new int[n];
        firstChild = new int[n];
        nextSibling = new int[n];
        Arrays.fill(firstChild, -1);
        Arrays.fill(nextSibling, -1);
        // link children in reverse so that each child list comes out in input order
        for (int i = n - 1; i >= 0; i--) {
            String pid = this.organizations.get(i).parentId();
            Integer p = pid == null ? null : indexById.get(pid);
            parent[i] = p == null ? -1 : p;
            if (p != null) {
                nextSibling[i] = firstChild[p];
                firstChild[p] = i;
            }
        }
        onCycle = Forest.onCycle(parent, n);
        depth = Forest.depths(parent, n);
    }

    /**
     * @param organizations the organizations, in any order
     * @return the tree
     */
    public static OrgTree of(List<Organization> organizations) {
        return new OrgTree(Objects.requireNonNull(organizations, "organizations"));
    }

    /** @return every organization given, in input order */
    public List<Organization> organizations() {
        return organizations;
    }

    /**
     * @param id an organization id
     * @return the first organization with that id
     */
    public Optional<Organization> find(String id) {
        int i = index(id);
        return i < 0 ? Optional.empty() : Optional.of(organizations.get(i));
    }

    /**
     * @param id an organization id
     * @return its parent, empty for a root, a dangling parent or an unknown id
     */
    public Optional<Organization> parent(String id) {
        int i = index(id);
        return i < 0 || parent[i] < 0 ? Optional.empty() : Optional.of(organizations.get(parent[i]));
    }

    /**
     * @param id an organization id
     * @return its children in input order
     */
    public List<Organization> children(String id) {
        int i = index(id);
        List<Organization> out = new ArrayList<>();
        for (int c = i < 0 ? -1 : firstChild[i]; c >= 0; c = nextSibling[c]) {
            out.add(organizations.get(c));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param id an organization id
     * @return its ancestors, nearest first; on a cycle the walk stops before repeating a node
     */
    public List<Organization> ancestors(String id) {
        int i = index(id);
        List<Organization> out = new ArrayList<>();
        int firstOnCycle = -1;
        for (int a = i < 0 ? -1 : parent[i]; a >= 0 && a != i; a = parent[a]) {
            if (onCycle[a]) {
                if (a == firstOnCycle) {
                    break; // went once around a cycle above the organization
                }
                if (firstOnCycle < 0) {
                    firstOnCycle = a;
                }
            }
            out.add(organizations.get(a));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param id an organization id
     * @return its descendants in pre-order (children in input order); on a cycle through the
     *     organization the walk stops when it comes back to it
     */
    public List<Organization> descendants(String id) {
        int i = index(id);
        List<Organization> out = new ArrayList<>();
        if (i < 0) {
            return out;
        }
        // each stack entry is a cursor into a child list; every node has one parent, so a node
        // can be reached twice only through a cycle back to the start, which the walk skips
        int[] cursor = new int[16];
        int top = 0;
        cursor[top++] = firstChild[i];
        while (top > 0) {
            int c = cursor[top - 1];
            if (c < 0) {
                top--;
                continue;
            }
            cursor[top - 1] = nextSibling[c];
            if (c == i) {
                continue;
            }
            out.add(organizations.get(c));
            if (top == cursor.length) {
                cursor = Arrays.copyOf(cursor, top * 2);
            }
            cursor[top++] = firstChild[c];
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param id an organization id
     * @return its depth (0 for a root or an organization with a dangling parent); empty for an
     *     unknown id or an organization on or below a cycle
     */
    public OptionalInt depth(String id) {
        int i = index(id);
        return i < 0 || depth[i] < 0 ? OptionalInt.empty() : OptionalInt.of(depth[i]);
    }

    /** @return organizations without a {@code parentId}, in input order */
    public List<Organization> roots() {
        List<Organization> out = new ArrayList<>();
        for (Organization o : organizations) {
            if (o.parentId() == null) {
                out.add(o);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** @return organizations whose {@code parentId} names no organization, in input order */
    public List<Organization> danglingParents() {
        List<Organization> out = new ArrayList<>();
        for (int i = 0; i < organizations.size(); i++) {
            Organization o = organizations.get(i);
            if (o.parentId() != null && parent[i] < 0) {
                out.add(o);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param id an organization id
     * @return whether the organization lies on a cycle of parent links
     */
    public boolean isOnCycle(String id) {
        int i = index(id);
        return i >= 0 && onCycle[i];
    }

    /**
     * @return each cycle of parent links as its organizations, starting from the one that comes
     *     first in input order and following parent links; cycles ordered by that first organization
     */
    public List<List<Organization>> cycles() {
        List<List<Organization>> out = new ArrayList<>();
        boolean[] done = new boolean[organizations.size()];
        for (int i = 0; i < organizations.size(); i++) {
            if (onCycle[i] && !done[i]) {
                List<Organization> cycle = new ArrayList<>();
                int c = i;
                do {
                    done[c] = true;
                    cycle.add(organizations.get(c));
                    c = parent[c];
                } while (c != i);
                out.add(Collections.unmodifiableList(cycle));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Counts member records per organization ({@code orgId}) and per subtree (the organization
     * and all its descendants). Members whose organization is unknown, or whose stage or status is
     * null, are not counted. Subtrees of organizations on a cycle are not finite and count only
     * their direct members.
     *
     * @param members member records
     * @return the counts
     */
    public MemberCounts memberCounts(List<Member> members) {
        int n = organizations.size();
        int slots = MemberTally.slots();
        int[][] direct = new int[n][];
        for (Member m : members) {
            int i = index(m.orgId());
            if (i < 0 || m.stage() == null || m.status() == null) {
                continue;
            }
            if (direct[i] == null) {
                direct[i] = new int[slots];
            }
            direct[i][MemberTally.slot(m.stage(), m.status())]++;
        }
        int[][] subtree = new int[n][];
        for (int i = 0; i < n; i++) {
            subtree[i] = direct[i] == null ? new int[slots] : direct[i].clone();
        }
        for (int node : Forest.childrenFirstOrder(parent, n)) {
            int p = parent[node];
            if (p >= 0) {
                for (int s = 0; s < slots; s++) {
                    subtree[p][s] += subtree[node][s];
                }
            }
        }
        return new MemberCounts(this, direct, subtree);
    }

    int index(String id) {
        Integer i = indexById.get(Objects.requireNonNull(id, "id"));
        return i == null ? -1 : i;
    }
}
