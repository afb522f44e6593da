package gov.cms.ssp.assignment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The provider side of a synthetic year: a few hundred ACOs with participant TINs (some with FQHC, RHC,
 * CAH2 or ETA CCNs, a few TINs on two ACOs' lists), non-ACO TINs and clinics, and the clinicians of
 * every TIN. Written as aco_participants.csv, aco_providers.csv, aco_settings.csv and eta_hospitals.csv.
 */
final class SyntheticProgram {

    static final String[] PRIMARY_CARE_SPECIALTIES = {"08", "08", "08", "11", "11", "01", "38", "50", "50", "97", "89"};
    static final String[] SPECIALIST_SPECIALTIES = {"06", "06", "13", "29", "39", "46", "16", "26", "90", "83", "02",
        "20", "18", "30", "48", "10", "04"};

    /** A billing TIN with its clinicians and, maybe, a clinic or hospital CCN enrolled under it. */
    static final class Tin {
        final String tin;
        final String acoId;
        final List<String[]> primaryCare = new ArrayList<>(); // {npi, specialty}
        final List<String[]> specialists = new ArrayList<>();
        String ccn;
        String ccnType;

        Tin(String tin, String acoId) {
            this.tin = tin;
            this.acoId = acoId;
        }
    }

    final int year;
    final List<Tin> acoTins = new ArrayList<>();
    final List<Tin> otherTins = new ArrayList<>();
    final List<String> acoIds = new ArrayList<>();
    private final List<String> sharedTinRows = new ArrayList<>();
    private final List<Boolean> prospective = new ArrayList<>();
    private long npiCounter = 1_000_000_000L;
    private int tinCounter = 100_000_000;
    private int ccnCounter = 100_000;

    SyntheticProgram(int beneficiaries, int year, SplittableRandom random) {
        this.year = year;
        int acos = Math.max(3, Math.min(450, beneficiaries / 2_500));
        for (int a = 0; a < acos; a++) {
            String acoId = String.format("A%04d", 1000 + a);
            acoIds.add(acoId);
            prospective.add(random.nextInt(100) < 18);
            int tins = 3 + random.nextInt(25);
            for (int t = 0; t < tins; t++) {
                Tin tin = newTin(acoId, random);
                if (t == 0) {
                    int kind = random.nextInt(100);
                    tin.ccnType = kind < 25 ? "FQHC" : kind < 37 ? "RHC" : kind < 45 ? "CAH2" : kind < 48 ? "ETA" : null;
                    tin.ccn = tin.ccnType == null ? null : String.format("%06d", ccnCounter++);
                }
                acoTins.add(tin);
            }
        }
        int others = Math.max(20, beneficiaries / 40);
        for (int t = 0; t < others; t++) {
            Tin tin = newTin(null, random);
            if (random.nextInt(100) < 3) {
                tin.ccnType = random.nextBoolean() ? "FQHC" : "RHC";
                tin.ccn = String.format("%06d", ccnCounter++);
            }
            otherTins.add(tin);
        }
        // a few TINs on two ACOs' lists: their lines count for no one (spec E.2)
        for (int i = 0; i < Math.max(1, acoTins.size() / 200); i++) {
            Tin tin = acoTins.get(random.nextInt(acoTins.size()));
            String other = acoIds.get(random.nextInt(acoIds.size()));
            if (!other.equals(tin.acoId)) {
                sharedTinRows.add(other + "," + year + "," + tin.tin + ",,");
            }
        }
    }

    private Tin newTin(String acoId, SplittableRandom random) {
        Tin tin = new Tin(String.format("%09d", tinCounter += 7), acoId);
        int pcs = 1 + random.nextInt(4);
        for (int i = 0; i < pcs; i++) {
            tin.primaryCare.add(new String[] {String.valueOf(npiCounter++), pick(PRIMARY_CARE_SPECIALTIES, random)});
        }
        int specs = random.nextInt(4);
        for (int i = 0; i < specs; i++) {
            tin.specialists.add(new String[] {String.valueOf(npiCounter++), pick(SPECIALIST_SPECIALTIES, random)});
        }
        return tin;
    }

    static String pick(String[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }

    void write(Path dir) throws IOException {
        try (BufferedWriter participants = writer(dir, ProgramLists.PARTICIPANTS, "aco_id,list_year,tin,ccn,ccn_type");
             BufferedWriter providers = writer(dir, ProgramLists.PROVIDERS,
                     "aco_id,list_year,tin,npi,specialty_code,aco_professional");
             BufferedWriter settings = writer(dir, ProgramLists.SETTINGS,
                     "aco_id,py,assignment_method,agreement_period_num,agreement_start");
             BufferedWriter eta = writer(dir, ReferenceData.ETA_HOSPITALS, "ccn,year")) {
            for (Tin tin : acoTins) {
                participants.write(tin.acoId + "," + year + "," + tin.tin + ",,\n");
                if (tin.ccn != null) {
                    participants.write(tin.acoId + "," + year + "," + tin.tin + "," + tin.ccn + "," + tin.ccnType + "\n");
                    if (tin.ccnType.equals("ETA")) {
                        eta.write(tin.ccn + "," + year + "\n");
                    }
                }
                for (String[] clinician : tin.primaryCare) {
                    providers.write(tin.acoId + "," + year + "," + tin.tin + "," + clinician[0] + "," + clinician[1] + ",Y\n");
                }
                for (String[] clinician : tin.specialists) {
                    providers.write(tin.acoId + "," + year + "," + tin.tin + "," + clinician[0] + "," + clinician[1] + ","
                            + (clinician[1].equals("02") ? "N" : "Y") + "\n");
                }
            }
            for (String row : sharedTinRows) {
                participants.write(row + "\n");
            }
            for (int a = 0; a < acoIds.size(); a++) {
                settings.write(acoIds.get(a) + "," + year + "," + (prospective.get(a) ? "PROSPECTIVE" : "RETROSPECTIVE")
                        + "," + (1 + a % 3) + "," + (year - a % 3 * 5) + "-01-01\n");
            }
        }
    }

    static BufferedWriter writer(Path dir, String name, String header) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
        writer.write(header);
        writer.write('\n');
        return writer;
    }
}
