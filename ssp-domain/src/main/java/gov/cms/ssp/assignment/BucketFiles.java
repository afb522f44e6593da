package gov.cms.ssp.assignment;

import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bucket files of a temp dir: every per-beneficiary row of the section A files goes, once validated and
 * in a compact binary form, to the bucket of its bene_id's hash, so that a bucket holds all rows of its
 * beneficiaries and fits in memory. Rows keep the order of the files (beneficiaries first).
 */
final class BucketFiles implements Closeable {

    static final byte BENEFICIARY = 'B';
    static final byte MONTH = 'E';
    static final byte CLAIM = 'C';
    static final byte DESIGNATION = 'V';
    static final byte OTHER_INITIATIVE = 'O';

    private final Path dir;
    private final DataOutputStream[] outputs;

    BucketFiles(Path dir, int count) throws IOException {
        this.dir = dir;
        this.outputs = new DataOutputStream[count];
        for (int i = 0; i < count; i++) {
            outputs[i] = new DataOutputStream(new UnsynchronizedBufferedOutput(Files.newOutputStream(file(i)), 1 << 17));
        }
    }

    private BucketFiles(Path dir, DataOutputStream[] outputs) {
        this.dir = dir;
        this.outputs = outputs;
    }

    /** Finished buckets written earlier into {@code dir}, for reading only (never closed: that would delete them). */
    static BucketFiles finished(Path dir, int count) {
        return new BucketFiles(dir, new DataOutputStream[count]);
    }

    int count() {
        return outputs.length;
    }

    private Path file(int bucket) {
        return dir.resolve("bucket-" + bucket + ".bin");
    }

    /** The output of the beneficiary's bucket, positioned after a record tag and the bene_id. */
    DataOutputStream start(byte tag, String beneId) throws IOException {
        DataOutputStream out = outputs[bucketOf(beneId, outputs.length)];
        out.writeByte(tag);
        out.writeUTF(beneId);
        return out;
    }

    static int bucketOf(String beneId, int count) {
        return Math.floorMod(beneId.hashCode(), count);
    }

    /** Closes the outputs: the buckets are complete. */
    void finish() throws IOException {
        for (DataOutputStream out : outputs) {
            out.close();
        }
    }

    /** A finished bucket, read whole (one bucket per core is in memory at a time). */
    BucketInput open(int bucket) throws IOException {
        return BucketInput.of(file(bucket));
    }

    void delete(int bucket) throws IOException {
        Files.deleteIfExists(file(bucket));
    }

    @Override
    public void close() throws IOException {
        for (int i = 0; i < outputs.length; i++) {
            outputs[i].close();
            delete(i);
        }
    }
}
