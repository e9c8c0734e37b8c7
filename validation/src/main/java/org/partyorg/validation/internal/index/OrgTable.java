package org.partyorg.validation.internal.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What the cross-record rules keep of each organization, as parallel primitive arrays indexed
 * by slot: about 60 bytes an organization instead of the ~1 KiB of a bound record with its
 * strings. A slot is created when an organization is first defined or first referenced (a
 * member may arrive before its organization); {@link #isDefined} tells which.
 *
 * <p>Not thread-safe.
 */
public final class OrgTable {
    /** Flag: the slot's organization record has arrived. */
    public static final int DEFINED = 1;
    /** Flag: dissolved on or before asOf. */
    public static final int DISSOLVED = 2;
    /** Flag: has a non-blank approvalRef. */
    public static final int APPROVED = 4;
    /**
     * Flag: whether it is dissolved is not known (its dissolvedOn failed its DOC check, or asOf is
     * unknown), so the rules that depend on it skip it.
     */
    public static final int LIVENESS_UNKNOWN = 8;
    /** Flag: its parentId failed its DOC check, so where it sits in the tree is not known. */
    public static final int PARENT_UNKNOWN = 16;

    private int size;
    private byte[] type = new byte[16];
    private byte[] form = new byte[16];
    private byte[] sector = new byte[16];
    private byte[] flags = new byte[16];
    private long[] division = new long[16];
    private int[] parent = new int[16];
    private long[] parentKey = new long[16];
    private int[] fullMembers = new int[16];
    private int[] members = new int[16];
    private int[] liveMembers = new int[16];
    /**
     * Members whose stage or status is unknown (a DOC finding) and who might count: made only when
     * the first one arrives, so a clean input pays nothing for them.
     */
    private int[] maybeFullMembers;
    private int[] maybeMembers;
    private long[] seq = new long[16];
    private int[] position = new int[16];
    /** Ids are ASCII (the id pattern): kept as bytes in one arena, not as 5 million Strings. */
    private byte[] idBytes = new byte[256];
    private int[] idStart = new int[16];
    private int[] idLength = new int[16];
    private int idBytesUsed;

    /** @return the number of slots */
    public int size() {
        return size;
    }

    /**
     * @return a new, undefined slot
     */
    public int newSlot() {
        if (size == type.length) {
            int n = size + (size >> 1);
            type = Arrays.copyOf(type, n);
            form = Arrays.copyOf(form, n);
            sector = Arrays.copyOf(sector, n);
            flags = Arrays.copyOf(flags, n);
            division = Arrays.copyOf(division, n);
            parent = Arrays.copyOf(parent, n);
            parentKey = Arrays.copyOf(parentKey, n);
            fullMembers = Arrays.copyOf(fullMembers, n);
            members = Arrays.copyOf(members, n);
            liveMembers = Arrays.copyOf(liveMembers, n);
            if (maybeMembers != null) {
                maybeFullMembers = Arrays.copyOf(maybeFullMembers, n);
                maybeMembers = Arrays.copyOf(maybeMembers, n);
            }
            seq = Arrays.copyOf(seq, n);
            position = Arrays.copyOf(position, n);
            idStart = Arrays.copyOf(idStart, n);
            idLength = Arrays.copyOf(idLength, n);
        }
        int s = size++;
        type[s] = -1;
        form[s] = -1;
        sector[s] = -1;
        division[s] = DivisionNumbers.UNKNOWN;
        parent[s] = -1;
        return s;
    }

    /**
     * Fills a slot with an organization's record.
     *
     * @param s the slot
     * @param id its id
     * @param type type ordinal, -1 unknown
     * @param form leadership form ordinal, -1 none or unknown
     * @param sector sector ordinal, -1 unknown
     * @param division division code number, -1 unknown
     * @param flags DISSOLVED, LIVENESS_UNKNOWN and APPROVED as they apply
     * @param parentKey hash of its parentId, 0 for none
     * @param seq its place in the input
     * @param position its index in its array (document form; ignored for the stream form, where
     *     the line is the sequence number)
     */
    public void define(int s, String id, int type, int form, int sector, long division, int flags, long parentKey,
            long seq, long position) {
        this.parentKey[s] = parentKey;
        storeId(s, id);
        this.type[s] = (byte) type;
        this.form[s] = (byte) form;
        this.sector[s] = (byte) sector;
        this.division[s] = division;
        this.flags[s] = (byte) (flags | DEFINED);
        this.seq[s] = seq;
        this.position[s] = position <= Integer.MAX_VALUE ? (int) position : -1;
    }

    private void storeId(int s, String id) {
        int n = id.length();
        if (idBytesUsed + n > idBytes.length) {
            idBytes = Arrays.copyOf(idBytes, Math.max(idBytesUsed + n, idBytes.length + (idBytes.length >> 1)));
        }
        for (int i = 0; i < n; i++) {
            idBytes[idBytesUsed + i] = (byte) id.charAt(i); // ids match [A-Za-z0-9._:-]
        }
        idStart[s] = idBytesUsed;
        idLength[s] = n;
        idBytesUsed += n;
    }

    /**
     * @param s a slot
     * @return whether its record has arrived
     */
    public boolean isDefined(int s) {
        return (flags[s] & DEFINED) != 0;
    }

    /**
     * @param s a slot
     * @param flag a flag constant, or several or'ed together
     * @return whether the slot has the flag (any of them)
     */
    public boolean has(int s, int flag) {
        return (flags[s] & flag) != 0;
    }

    /**
     * @param s a slot
     * @param flag a flag constant to set
     */
    public void set(int s, int flag) {
        flags[s] |= (byte) flag;
    }

    /**
     * Counts a member record.
     *
     * @param s the organization's slot
     * @param full whether it is a full member for the size rules
     * @param member whether it is a member for the size rules
     * @param live whether it is live
     */
    public void countMember(int s, boolean full, boolean member, boolean live) {
        if (full) {
            fullMembers[s]++;
        }
        if (member) {
            members[s]++;
        }
        if (live) {
            liveMembers[s]++;
        }
    }

    /**
     * Counts a member record whose stage or status is unknown, so the size rules can tell a size
     * that is certainly too small or too large from one that depends on the unknown value.
     *
     * @param s the organization's slot
     * @param maybeFull whether it might be a full member for the size rules
     * @param maybeMember whether it might be a member for the size rules
     */
    public void countUncertainMember(int s, boolean maybeFull, boolean maybeMember) {
        if (maybeMembers == null) {
            maybeFullMembers = new int[type.length];
            maybeMembers = new int[type.length];
        }
        if (maybeFull) {
            maybeFullMembers[s]++;
        }
        if (maybeMember) {
            maybeMembers[s]++;
        }
    }

    /** @param s a slot @return type ordinal or -1 */
    public int type(int s) {
        return type[s];
    }

    /** @param s a slot @return leadership form ordinal or -1 */
    public int form(int s) {
        return form[s];
    }

    /** @param s a slot @return sector ordinal or -1 */
    public int sector(int s) {
        return sector[s];
    }

    /** @param s a slot @return division code number or -1 */
    public long division(int s) {
        return division[s];
    }

    /** @param s a slot @return parent slot or -1 */
    public int parent(int s) {
        return parent[s];
    }

    /** @param s a slot @return hash of its parentId, 0 for none */
    public long parentKey(int s) {
        return parentKey[s];
    }

    /** @param s a slot @param p the parent slot */
    public void setParent(int s, int p) {
        parent[s] = p;
    }

    /** @return the parent array, for tree algorithms (entries past {@link #size()} are unused) */
    public int[] parents() {
        return parent;
    }

    /** @param s a slot @return full members organized in it */
    public int fullMembers(int s) {
        return fullMembers[s];
    }

    /** @param s a slot @return members organized in it */
    public int members(int s) {
        return members[s];
    }

    /** @return whether some member's stage or status was unknown ({@link #countUncertainMember} was called) */
    public boolean hasUncertainMembers() {
        return maybeMembers != null;
    }

    /** @param s a slot @return members organized in it whose stage or status is unknown and who might be full members */
    public int maybeFullMembers(int s) {
        return maybeMembers == null ? 0 : maybeFullMembers[s];
    }

    /** @param s a slot @return members organized in it whose status is unknown */
    public int maybeMembers(int s) {
        return maybeMembers == null ? 0 : maybeMembers[s];
    }

    /** @param s a slot @return live members organized in it */
    public int liveMembers(int s) {
        return liveMembers[s];
    }

    /** @param s a slot @return the record's place in the input */
    public long seq(int s) {
        return seq[s];
    }

    /** @param s a slot @return the record's index in its array (document form) */
    public long position(int s) {
        return position[s];
    }

    /** @param s a slot @return the record's id */
    public String id(int s) {
        return new String(idBytes, idStart[s], idLength[s], StandardCharsets.ISO_8859_1);
    }
}
