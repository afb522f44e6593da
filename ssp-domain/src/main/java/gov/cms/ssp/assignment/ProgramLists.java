package gov.cms.ssp.assignment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reference PY's participant lists, provider lists and ACO settings (spec A.4–A.6): which ACOs a
 * TIN or CCN belongs to, the ACO professionals a beneficiary can designate, and each ACO's methodology.
 */
final class ProgramLists {

    static final String PARTICIPANTS = "aco_participants.csv";
    static final String PROVIDERS = "aco_providers.csv";
    static final String SETTINGS = "aco_settings.csv";

    enum CcnType { FQHC, RHC, CAH2, ETA }

    /** An ACO professional row of aco_providers.csv. */
    record Professional(String acoId, String tin) {
    }

    private final Map<String, Set<String>> acosOfTin = new HashMap<>();
    private final Map<String, Set<String>> tinsOfCcn = new HashMap<>();
    private final Map<String, List<Professional>> professionalsOfNpi = new HashMap<>();
    private final Map<String, AssignmentMethod> methods = new HashMap<>();
    private final Set<String> acos = new TreeSet<>();
    private final Set<AssignmentMethod> methodsInUse = java.util.EnumSet.noneOf(AssignmentMethod.class);

    static ProgramLists load(Path dataDir, int referencePy) throws BadInputException, IOException {
        ProgramLists lists = new ProgramLists();
        Set<String> keys = new HashSet<>();
        try (CsvSource in = open(dataDir, PARTICIPANTS, List.of("aco_id", "list_year", "tin", "ccn", "ccn_type"))) {
            while (in.next()) {
                String aco = in.required("aco_id");
                int year = in.integer("list_year");
                String tin = in.required("tin");
                String ccn = in.text("ccn");
                in.enumValue("ccn_type", CcnType.class, true);
                if (!keys.add(aco + "|" + year + "|" + tin + "|" + ccn)) {
                    throw in.problem("tin", "duplicate row for ACO " + aco + ", list year " + year);
                }
                if (year == referencePy) {
                    lists.acos.add(aco);
                    lists.acosOfTin.computeIfAbsent(tin, t -> new TreeSet<>()).add(aco);
                    if (ccn != null) {
                        lists.tinsOfCcn.computeIfAbsent(ccn, c -> new TreeSet<>()).add(tin);
                    }
                }
            }
        }
        keys.clear();
        try (CsvSource in = open(dataDir, PROVIDERS,
                List.of("aco_id", "list_year", "tin", "npi", "specialty_code", "aco_professional"))) {
            while (in.next()) {
                String aco = in.required("aco_id");
                int year = in.integer("list_year");
                String tin = in.required("tin");
                String npi = in.required("npi");
                boolean professional = in.flag("aco_professional");
                if (!keys.add(aco + "|" + year + "|" + tin + "|" + npi)) {
                    throw in.problem("npi", "duplicate row for ACO " + aco + ", list year " + year + ", TIN " + tin);
                }
                if (year == referencePy && professional) {
                    lists.professionalsOfNpi.computeIfAbsent(npi, n -> new ArrayList<>()).add(new Professional(aco, tin));
                }
            }
        }
        keys.clear();
        try (CsvSource in = open(dataDir, SETTINGS,
                List.of("aco_id", "py", "assignment_method", "agreement_period_num", "agreement_start"))) {
            while (in.next()) {
                String aco = in.required("aco_id");
                int py = in.integer("py");
                AssignmentMethod method = in.enumValue("assignment_method", AssignmentMethod.class, false);
                in.integer("agreement_period_num");
                in.date("agreement_start", true);
                if (!keys.add(aco + "|" + py)) {
                    throw in.problem("aco_id", "duplicate settings of ACO " + aco + " for PY " + py);
                }
                if (py == referencePy) {
                    lists.methods.put(aco, method);
                    lists.acos.add(aco);
                }
            }
        }
        for (String aco : lists.acos) {
            lists.methodsInUse.add(lists.methodOf(aco));
        }
        return lists;
    }

    private static CsvSource open(Path dataDir, String name, List<String> columns) throws BadInputException, IOException {
        Path file = dataDir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(name, 0, null, "the file is missing from " + dataDir);
        }
        return CsvSource.open(name, Files.newInputStream(file), columns);
    }

    /** Every ACO of the reference PY, in aco_id order. */
    Set<String> acos() {
        return acos;
    }

    /** The ACO's methodology; an ACO without a settings row for the PY is retrospective (PD). */
    AssignmentMethod methodOf(String aco) {
        return methods.getOrDefault(aco, AssignmentMethod.RETROSPECTIVE);
    }

    /** Whether any ACO of the reference PY uses the methodology (a run with no ACO to assign to is skipped). */
    boolean hasMethod(AssignmentMethod method) {
        return methodsInUse.contains(method);
    }

    /** The ACOs whose participant list holds the TIN (empty when none). */
    Set<String> acosOfTin(String tin) {
        return acosOfTin.getOrDefault(tin, Set.of());
    }

    /** The participant TINs a CCN is enrolled under (empty when none). */
    Set<String> tinsOfCcn(String ccn) {
        return tinsOfCcn.getOrDefault(ccn, Set.of());
    }

    List<Professional> professionalsOfNpi(String npi) {
        return professionalsOfNpi.getOrDefault(npi, List.of());
    }
}
