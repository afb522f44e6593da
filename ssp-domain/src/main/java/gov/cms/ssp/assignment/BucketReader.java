package gov.cms.ssp.assignment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one bucket back into its beneficiaries, and finds the problems that need a beneficiary's rows
 * together: a duplicate bene_id, a second row for the same beneficiary and month, a duplicate claim
 * line key, rows of a beneficiary missing from beneficiaries.csv (claims and enrollment: bad input;
 * designations and other-initiative rows of unknown beneficiaries are ignored, they assign no one).
 */
final class BucketReader {

    private BucketReader() {
    }

    static Map<String, Beneficiary> read(BucketFiles buckets, int bucket) throws IOException, BadInputException {
        Map<String, Beneficiary> beneficiaries = new LinkedHashMap<>();
        BucketInput in = buckets.open(bucket);
        {
            while (!in.atEnd()) {
                int tag = in.readByte();
                String beneId = in.readUTF();
                switch (tag) {
                    case BucketFiles.BENEFICIARY -> {
                        Beneficiary bene = new Beneficiary(beneId, in.readInt(), in.readInt(), BinaryIo.readString(in),
                                in.readLong());
                        Beneficiary earlier = beneficiaries.putIfAbsent(beneId, bene);
                        if (earlier != null) {
                            throw new BadInputException(InputFiles.BENEFICIARIES, bene.sourceLine, "bene_id",
                                    "duplicate beneficiary (first on line " + earlier.sourceLine + ")");
                        }
                    }
                    case BucketFiles.MONTH -> {
                        EnrollmentMonth month = EnrollmentMonth.readFrom(in);
                        Beneficiary bene = known(beneficiaries, beneId, InputFiles.ENROLLMENT, month.sourceLine);
                        bene.months.add(month);
                    }
                    case BucketFiles.CLAIM -> {
                        ClaimLine line = ClaimLine.readFrom(in);
                        Beneficiary bene = known(beneficiaries, beneId, InputFiles.CLAIMS, line.sourceLine);
                        bene.lines.add(line);
                    }
                    case BucketFiles.DESIGNATION -> {
                        Designation designation = new Designation(BinaryIo.readString(in), BinaryIo.readString(in),
                                in.readInt(), in.readLong());
                        Beneficiary bene = beneficiaries.get(beneId);
                        if (bene != null) {
                            bene.designations.add(designation);
                        }
                    }
                    case BucketFiles.OTHER_INITIATIVE -> {
                        int year = in.readInt();
                        in.readLong();
                        Beneficiary bene = beneficiaries.get(beneId);
                        if (bene != null) {
                            bene.otherInitiativeYears.add(year);
                        }
                    }
                    default -> throw new IOException("corrupt bucket file " + bucket);
                }
            }
        }
        for (Beneficiary bene : beneficiaries.values()) {
            checkKeys(bene);
        }
        return beneficiaries;
    }

    /**
     * A beneficiary's months are unique (a second row for a month overlaps the first) and so are its
     * claim line keys; sorting a copy finds both without hashing millions of keys. (A claim belongs to
     * one beneficiary, so a key repeated under two beneficiaries is the one duplicate this does not see.)
     */
    private static void checkKeys(Beneficiary bene) throws BadInputException {
        if (bene.months.size() > 1) {
            List<EnrollmentMonth> months = new ArrayList<>(bene.months);
            months.sort(Comparator.comparingInt((EnrollmentMonth m) -> m.month).thenComparingLong(m -> m.sourceLine));
            for (int i = 1; i < months.size(); i++) {
                if (months.get(i).month == months.get(i - 1).month) {
                    throw new BadInputException(InputFiles.ENROLLMENT, months.get(i).sourceLine, "month",
                            "overlaps the row on line " + months.get(i - 1).sourceLine + " (same beneficiary and month "
                                    + Months.format(months.get(i).month) + ")");
                }
            }
        }
        if (bene.lines.size() > 1) {
            List<ClaimLine> lines = new ArrayList<>(bene.lines);
            lines.sort(Comparator.comparing((ClaimLine l) -> l.claimId).thenComparingInt(l -> l.lineNum)
                    .thenComparingLong(l -> l.sourceLine));
            for (int i = 1; i < lines.size(); i++) {
                ClaimLine line = lines.get(i);
                ClaimLine before = lines.get(i - 1);
                if (line.lineNum == before.lineNum && line.claimId.equals(before.claimId)) {
                    throw new BadInputException(InputFiles.CLAIMS, line.sourceLine, "line_num",
                            "duplicate claim line key (claim " + line.claimId + ", line " + line.lineNum
                                    + ", first on line " + before.sourceLine + ")");
                }
            }
        }
    }

    private static Beneficiary known(Map<String, Beneficiary> beneficiaries, String beneId, String file, long line)
            throws BadInputException {
        Beneficiary bene = beneficiaries.get(beneId);
        if (bene == null) {
            throw new BadInputException(file, line, "bene_id", "the beneficiary is not in "
                    + InputFiles.BENEFICIARIES);
        }
        return bene;
    }
}
