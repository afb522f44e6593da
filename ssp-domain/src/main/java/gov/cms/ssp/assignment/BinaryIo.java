package gov.cms.ssp.assignment;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/** The compact encoding of validated rows in bucket files: read back without parsing text again. */
final class BinaryIo {

    private static final int BIG = Integer.MIN_VALUE;

    private BinaryIo() {
    }

    /** Strings are never empty after reading (an empty cell is null), so "" encodes null. */
    static void writeString(DataOutput out, String value) throws IOException {
        out.writeUTF(value == null ? "" : value);
    }

    static String readString(BucketInput in) throws IOException {
        String value = in.readUTF();
        return value.isEmpty() ? null : value;
    }

    static void writeDecimal(DataOutput out, BigDecimal value) throws IOException {
        BigInteger unscaled = value.unscaledValue();
        if (unscaled.bitLength() < 63) {
            out.writeInt(value.scale());
            out.writeLong(unscaled.longValue());
        } else {
            out.writeInt(BIG);
            out.writeUTF(value.toString());
        }
    }

    static BigDecimal readDecimal(DataInput in) throws IOException {
        int scale = in.readInt();
        if (scale == BIG) {
            return new BigDecimal(in.readUTF());
        }
        long unscaled = in.readLong();
        return unscaled == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(unscaled, scale);
    }

    static BigDecimal readDecimal(BucketInput in) throws IOException {
        int scale = in.readInt();
        if (scale == BIG) {
            return new BigDecimal(in.readUTF());
        }
        long unscaled = in.readLong();
        return unscaled == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(unscaled, scale);
    }
}
