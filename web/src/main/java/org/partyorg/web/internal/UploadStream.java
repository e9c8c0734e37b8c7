package org.partyorg.web.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body as it arrives, cut off at the size limit or the deadline. The readers turn a failed
 * read into a finding or an exception of their own, so the cause is kept here for the handler to ask
 * ({@link #refusal()}) whatever the reader made of it.
 */
final class UploadStream extends FilterInputStream {
    /** Why an upload was cut off. */
    enum Refusal { TOO_LARGE, TOO_SLOW }

    private final long maxBytes;
    private final long deadlineNanos;
    private long read;
    private Refusal refusal;

    UploadStream(InputStream in, long maxBytes, long deadlineNanos) {
        super(in);
        this.maxBytes = maxBytes;
        this.deadlineNanos = deadlineNanos;
    }

    Refusal refusal() {
        return refusal;
    }

    long bytesRead() {
        return read;
    }

    @Override
    public int read() throws IOException {
        check();
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        check();
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        check();
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    /** Reads and drops up to {@code max} more bytes of the underlying stream, before the deadline; errors are ignored. */
    void discardRest(long max) {
        byte[] buffer = new byte[8192];
        long dropped = 0;
        try {
            while (dropped < max && System.nanoTime() - deadlineNanos < 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, max - dropped));
                if (n < 0) {
                    return;
                }
                dropped += n;
            }
        } catch (IOException e) {
            // the client is gone: nothing to finish
        }
    }

    private void counted(long n) throws IOException {
        read += n;
        if (read > maxBytes) {
            refusal = Refusal.TOO_LARGE;
            throw new IOException("the upload is larger than the server's limit");
        }
    }

    private void check() throws IOException {
        if (refusal != null) {
            throw new IOException("the upload was cut off");
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            refusal = Refusal.TOO_SLOW;
            throw new IOException("the upload took longer than the server's limit");
        }
    }
}
