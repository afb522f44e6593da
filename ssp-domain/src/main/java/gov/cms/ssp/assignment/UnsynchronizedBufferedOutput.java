package gov.cms.ssp.assignment;

import java.io.IOException;
import java.io.OutputStream;

/** A buffered stream for one writer thread: DataOutputStream writes an int as four single-byte calls. */
final class UnsynchronizedBufferedOutput extends OutputStream {

    private final OutputStream out;
    private final byte[] buffer;
    private int count;

    UnsynchronizedBufferedOutput(OutputStream out, int size) {
        this.out = out;
        this.buffer = new byte[size];
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buffer.length) {
            flushBuffer();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (length >= buffer.length) {
            flushBuffer();
            out.write(bytes, offset, length);
            return;
        }
        if (length > buffer.length - count) {
            flushBuffer();
        }
        System.arraycopy(bytes, offset, buffer, count, length);
        count += length;
    }

    private void flushBuffer() throws IOException {
        if (count > 0) {
            out.write(buffer, 0, count);
            count = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
