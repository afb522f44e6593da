package gov.cms.ssp.assignment;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A whole bucket file in memory, read with the encoding of {@link java.io.DataOutputStream} but
 * without the per-byte synchronised calls of the stream classes (millions of fields per bucket).
 */
final class BucketInput {

    private final ByteBuffer buffer;

    BucketInput(byte[] bytes) {
        this.buffer = ByteBuffer.wrap(bytes);
    }

    static BucketInput of(Path file) throws IOException {
        return new BucketInput(Files.readAllBytes(file));
    }

    boolean atEnd() {
        return !buffer.hasRemaining();
    }

    byte readByte() throws EOFException {
        check(1);
        return buffer.get();
    }

    boolean readBoolean() throws EOFException {
        return readByte() != 0;
    }

    int readInt() throws EOFException {
        check(4);
        return buffer.getInt();
    }

    long readLong() throws EOFException {
        check(8);
        return buffer.getLong();
    }

    /** Modified UTF-8 as DataOutputStream.writeUTF writes it; ASCII (every identifier and code) decoded directly. */
    String readUTF() throws IOException {
        check(2);
        int length = buffer.getShort() & 0xFFFF;
        check(length);
        int start = buffer.position();
        byte[] array = buffer.array();
        boolean ascii = true;
        for (int i = start; i < start + length; i++) {
            if (array[i] < 0 || array[i] == 0) {
                ascii = false;
                break;
            }
        }
        buffer.position(start + length);
        if (ascii) {
            return new String(array, start, length, StandardCharsets.ISO_8859_1);
        }
        byte[] encoded = new byte[length + 2];
        encoded[0] = (byte) (length >>> 8);
        encoded[1] = (byte) length;
        System.arraycopy(array, start, encoded, 2, length);
        return new DataInputStream(new ByteArrayInputStream(encoded)).readUTF();
    }

    private void check(int bytes) throws EOFException {
        if (buffer.remaining() < bytes) {
            throw new EOFException("bucket file ends inside a record");
        }
    }
}
