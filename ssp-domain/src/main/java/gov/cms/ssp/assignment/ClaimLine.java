package gov.cms.ssp.assignment;

import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * One final-action claim line of a beneficiary (spec A.3), as the rules need it: dates as epoch days,
 * the five excluded amounts already taken off the payment (spec F.3).
 */
final class ClaimLine {

    final String claimId;
    final int lineNum;
    final ClaimType type;
    final int from;
    final int thru;
    final int admission;
    final String billingTin;
    final String renderingNpi;
    final String facilityCcn;
    final String specialty;
    final String hcpcs;
    final String placeOfService;
    final BigDecimal allowed;
    /** payment − IME − DSH − UCP − IHS/PR supplemental − other excluded (spec F.3). */
    final BigDecimal expenditure;
    final boolean covidTrigger;
    final int processed;
    /** The line of claim_lines.csv it came from, to name it in a problem found after partitioning. */
    final long sourceLine;

    ClaimLine(String claimId, int lineNum, ClaimType type, int from, int thru, int admission, String billingTin,
              String renderingNpi, String facilityCcn, String specialty, String hcpcs, String placeOfService,
              BigDecimal allowed, BigDecimal expenditure, boolean covidTrigger, int processed, long sourceLine) {
        this.claimId = claimId;
        this.lineNum = lineNum;
        this.type = type;
        this.from = from;
        this.thru = thru;
        this.admission = admission;
        this.billingTin = billingTin;
        this.renderingNpi = renderingNpi;
        this.facilityCcn = facilityCcn;
        this.specialty = specialty;
        this.hcpcs = hcpcs;
        this.placeOfService = placeOfService;
        this.allowed = allowed;
        this.expenditure = expenditure;
        this.covidTrigger = covidTrigger;
        this.processed = processed;
        this.sourceLine = sourceLine;
    }

    void writeTo(DataOutput out) throws IOException {
        BinaryIo.writeString(out, claimId);
        out.writeInt(lineNum);
        out.writeByte(type.ordinal());
        out.writeInt(from);
        out.writeInt(thru);
        out.writeInt(admission);
        BinaryIo.writeString(out, billingTin);
        BinaryIo.writeString(out, renderingNpi);
        BinaryIo.writeString(out, facilityCcn);
        BinaryIo.writeString(out, specialty);
        BinaryIo.writeString(out, hcpcs);
        BinaryIo.writeString(out, placeOfService);
        BinaryIo.writeDecimal(out, allowed);
        BinaryIo.writeDecimal(out, expenditure);
        out.writeBoolean(covidTrigger);
        out.writeInt(processed);
        out.writeLong(sourceLine);
    }

    static ClaimLine readFrom(BucketInput in) throws IOException {
        return new ClaimLine(BinaryIo.readString(in), in.readInt(), ClaimType.values()[in.readByte()], in.readInt(),
                in.readInt(), in.readInt(), BinaryIo.readString(in), BinaryIo.readString(in), BinaryIo.readString(in),
                BinaryIo.readString(in), BinaryIo.readString(in), BinaryIo.readString(in), BinaryIo.readDecimal(in),
                BinaryIo.readDecimal(in), in.readBoolean(), in.readInt(), in.readLong());
    }
}
