package org.partyorg.examples.spring;

import java.io.IOException;

/** A request body over {@code partyorg.max-body-size}: answered 413. */
public class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    /**
     * @param limit the largest body accepted, in bytes
     */
    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    /** @return the largest body accepted, in bytes */
    public long limit() {
        return limit;
    }
}
