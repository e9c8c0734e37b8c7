package org.partyorg.core.internal;

import java.util.Arrays;

/**
 * Algorithms over a parent array ({@code parent[i]} is the index of node i's parent, or -1): the
 * shape of an organization tree once ids are mapped to indexes. Each node has at most one parent,
 * so a malformed "tree" is a set of chains that end either at a root or in one cycle.
 *
 * <p>Every walk is iterative and O(n): a 1,000,000-deep chain must not overflow the stack.
 * Shared by {@code OrgTree} and the stream validator's compact indexes, so both find the same
 * cycles.
 */
public final class Forest {
    private Forest() {
    }

    /**
     * Marks the nodes that lie on a cycle of parent links.
     *
     * @param parent parent indexes, -1 for none
     * @param n how many entries of {@code parent} are used
     * @return {@code onCycle[i]} is true when node i lies on a cycle
     */
    public static boolean[] onCycle(int[] parent, int n) {
        boolean[] onCycle = new boolean[n];
        // state: 0 unvisited, otherwise the id of the walk that first visited the node (walks
        // number from 1); a walk that meets a node of its own id has closed a cycle.
        int[] walkOf = new int[n];
        int walk = 0;
        for (int start = 0; start < n; start++) {
            if (walkOf[start] != 0) {
                continue;
            }
            walk++;
            int node = start;
            while (node >= 0 && walkOf[node] == 0) {
                walkOf[node] = walk;
                node = parent[node];
            }
            if (node >= 0 && walkOf[node] == walk) {
                // node is where this walk ran into itself: mark the loop from there
                int c = node;
                do {
                    onCycle[c] = true;
                    c = parent[c];
                } while (c != node);
            }
        }
        return onCycle;
    }

    /**
     * Orders nodes so that every node comes after all of its descendants (children first), for
     * summing subtree values bottom-up. Nodes on a cycle are left out (their subtree is not
     * finite), as are their ancestors, which are themselves on the cycle.
     *
     * @param parent parent indexes, -1 for none
     * @param n how many entries are used
     * @return the node indexes, leaves first; shorter than n when there are cycles
     */
    public static int[] childrenFirstOrder(int[] parent, int n) {
        int[] pendingChildren = new int[n];
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                pendingChildren[parent[i]]++;
            }
        }
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (pendingChildren[i] == 0) {
                order[tail++] = i;
            }
        }
        while (head < tail) {
            int p = parent[order[head++]];
            if (p >= 0 && --pendingChildren[p] == 0) {
                order[tail++] = p;
            }
        }
        return tail == n ? order : Arrays.copyOf(order, tail);
    }

    /**
     * Depth of every node: 0 for a node without parent, -1 for a node on or below a cycle.
     *
     * @param parent parent indexes, -1 for none
     * @param n how many entries are used
     * @return the depths
     */
    public static int[] depths(int[] parent, int n) {
        final int unknown = Integer.MIN_VALUE;
        int[] depth = new int[n];
        Arrays.fill(depth, unknown);
        boolean[] onCycle = onCycle(parent, n);
        int[] path = new int[16];
        for (int start = 0; start < n; start++) {
            // climb until a node of known depth, a cycle, or a root; then assign on the way down
            int len = 0;
            int node = start;
            while (depth[node] == unknown && !onCycle[node]) {
                if (len == path.length) {
                    path = Arrays.copyOf(path, len * 2);
                }
                path[len++] = node;
                if (parent[node] < 0) {
                    break;
                }
                node = parent[node];
            }
            int above; // depth of the node just above path[len-1], or -1 for "below a cycle"
            if (len > 0 && parent[path[len - 1]] < 0) {
                depth[path[len - 1]] = 0;
                len--;
                above = 0;
            } else if (onCycle[node]) {
                depth[node] = -1;
                above = -1;
            } else {
                above = depth[node];
            }
            for (int i = len - 1; i >= 0; i--) {
                above = above < 0 ? -1 : above + 1;
                depth[path[i]] = above;
            }
        }
        return depth;
    }
}
