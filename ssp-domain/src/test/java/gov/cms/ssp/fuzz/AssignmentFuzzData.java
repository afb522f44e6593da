package gov.cms.ssp.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data folder the fuzzing of the assignment pipeline runs on: two ACOs and three beneficiaries of
 * PY 2024 in the section A format (every file valid), one of whose per-beneficiary files each input
 * replaces. Written once into a temporary folder; each input rewrites only the files it changes.
 */
final class AssignmentFuzzData {
    static final List<String> CLAIMS_FILES = List.of("beneficiaries.csv", "enrollment_months.csv", "claim_lines.csv",
            "va_designations.csv", "other_initiative_alignment.csv");
    private static final Map<String, byte[]> BASE = base();
    private static Path dir;
    private static String replaced;

    private AssignmentFuzzData() {
    }

    /** The folder with the input's file in place of the valid one (the first line of the input names it). */
    static synchronized Path withFile(byte[] input) {
        try {
            if (dir == null) {
                Path root = Files.createTempDirectory("ssp-assign-fuzz");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
                dir = root.resolve("data");
                Files.createDirectories(dir);
                for (Map.Entry<String, byte[]> file : BASE.entrySet()) {
                    Files.write(dir.resolve(file.getKey()), file.getValue());
                }
            }
            int newline = indexOf(input, (byte) '\n');
            String first = new String(input, 0, newline < 0 ? input.length : newline, StandardCharsets.UTF_8).strip();
            String name = CLAIMS_FILES.contains(first) ? first
                    : CLAIMS_FILES.get(Math.floorMod(Arrays.hashCode(input), CLAIMS_FILES.size()));
            byte[] content = CLAIMS_FILES.contains(first) ? Arrays.copyOfRange(input, newline + 1, input.length) : input;
            if (replaced != null && !replaced.equals(name)) {
                Files.write(dir.resolve(replaced), BASE.get(replaced));
            }
            Files.write(dir.resolve(name), content);
            replaced = name;
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path root) {
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder: the system cleans it up eventually
        }
    }

    private static int indexOf(byte[] data, byte b) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, byte[]> base() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("aco_participants.csv", "aco_id,list_year,tin,ccn,ccn_type\nA1,2024,111111111,,\nA2,2024,222222222,,\n");
        files.put("aco_providers.csv", "aco_id,list_year,tin,npi,specialty_code,aco_professional\n"
                + "A1,2024,111111111,1000000001,08,Y\n");
        files.put("aco_settings.csv", "aco_id,py,assignment_method,agreement_period_num,agreement_start\n"
                + "A1,2024,RETROSPECTIVE,1,2023-01-01\nA2,2024,PROSPECTIVE,1,2023-01-01\n");
        files.put("beneficiaries.csv", "bene_id,birth_date,sex,death_date,ssa_state_county\n"
                + "B1,1950-03-01,2,,10010\nB2,1948-07-15,1,2024-09-30,10010\nB3,1960-01-01,0,,10010\n");
        StringBuilder months = new StringBuilder("bene_id,month,part_a,part_b,ma_ghp,esrd,disabled,orec,dual_status,ssa_state_county\n");
        for (String bene : List.of("B1", "B2", "B3")) {
            for (YearMonth m = YearMonth.of(2022, 1); !m.isAfter(YearMonth.of(2024, 12)); m = m.plusMonths(1)) {
                months.append(bene).append(',').append(m).append(",Y,Y,N,N,N,0,NA,10010\n");
            }
        }
        files.put("enrollment_months.csv", months.toString());
        files.put("claim_lines.csv", "claim_id,line_num,bene_id,claim_type,from_date,thru_date,admission_date,billing_tin,"
                + "rendering_npi,facility_ccn,specialty_code,hcpcs,place_of_service,revenue_center,allowed_amount,"
                + "payment_amount,ime_amount,dsh_amount,ucp_amount,ihs_pr_suppl_amount,other_excluded_amount,"
                + "covid_episode_trigger,processed_date\n"
                + "C1,1,B1,CARRIER,2024-03-01,2024-03-01,,111111111,1000000001,,08,99214,11,,300,240,0,0,0,0,0,N,2024-03-21\n"
                + "C2,1,B2,CARRIER,2023-05-02,2023-05-02,,222222222,1000000002,,11,99213,11,,120.50,96.40,0,0,0,0,0,N,2023-05-22\n"
                + "C3,1,B3,INPATIENT,2024-06-01,2024-06-05,2024-06-01,,,100001,,,,0100,9000,8000,100,50,0,0,0,N,2024-06-30\n");
        files.put("va_designations.csv", "bene_id,npi,tin,designation_date\nB1,1000000001,111111111,2023-11-01\n");
        files.put("other_initiative_alignment.csv", "bene_id,year,initiative\nB3,2024,REACH\n");
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }
}
