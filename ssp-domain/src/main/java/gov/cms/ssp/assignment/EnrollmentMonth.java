package gov.cms.ssp.assignment;

import java.io.DataOutput;
import java.io.IOException;

/** One row of {@code enrollment_months.csv}: a month with any Medicare entitlement (spec A.2). */
final class EnrollmentMonth {

    final int month;
    final boolean partA;
    final boolean partB;
    final boolean maGhp;
    final boolean esrd;
    /** Null when the source lacks it: derived by age (spec A.2 PD). */
    final Boolean disabled;
    final String dualStatus;
    final String stateCounty;
    final long sourceLine;

    EnrollmentMonth(int month, boolean partA, boolean partB, boolean maGhp, boolean esrd, Boolean disabled,
                    String dualStatus, String stateCounty, long sourceLine) {
        this.month = month;
        this.partA = partA;
        this.partB = partB;
        this.maGhp = maGhp;
        this.esrd = esrd;
        this.disabled = disabled;
        this.dualStatus = dualStatus;
        this.stateCounty = stateCounty;
        this.sourceLine = sourceLine;
    }

    boolean hasPartsAandB() {
        return partA && partB;
    }

    /** A-only or B-only: exactly one of the two parts (spec C.2). */
    boolean hasOnlyOnePart() {
        return partA != partB;
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeInt(month);
        out.writeByte((partA ? 1 : 0) | (partB ? 2 : 0) | (maGhp ? 4 : 0) | (esrd ? 8 : 0)
                | (disabled == null ? 16 : disabled ? 32 : 0));
        BinaryIo.writeString(out, dualStatus);
        BinaryIo.writeString(out, stateCounty);
        out.writeLong(sourceLine);
    }

    static EnrollmentMonth readFrom(BucketInput in) throws IOException {
        int month = in.readInt();
        int bits = in.readByte();
        Boolean disabled = (bits & 16) != 0 ? null : (bits & 32) != 0;
        return new EnrollmentMonth(month, (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, disabled,
                BinaryIo.readString(in), BinaryIo.readString(in), in.readLong());
    }
}
