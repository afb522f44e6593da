package gov.cms.ssp.assignment;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The versioned reference data of assignment (spec A.9): the product's own lists (resources of this
 * package, overridden by same-named files in DATA_DIR) and the optional run parameters of DATA_DIR
 * (ETA hospitals, truncation thresholds, completion factors).
 */
final class ReferenceData {

    static final String PC_CODES = "pc_codes.csv";
    static final String US_RESIDENCE = "us_residence_codes.csv";
    static final String VA_CUTOFF = "va_cutoff.csv";
    static final String DUAL_CODES = "dual_status_codes.csv";
    static final String SPECIALTY_ROLES = "specialty_roles.csv";
    static final String ETA_HOSPITALS = "eta_hospitals.csv";
    static final String THRESHOLDS = "truncation_thresholds.csv";
    static final String COMPLETION_FACTORS = "completion_factors.csv";

    private final NavigableMap<Integer, Map<String, SettingRule>> pcCodesByRulePy = new TreeMap<>();
    private final Set<String> usStateCodes = new HashSet<>();
    private final Map<Integer, Integer> vaCutoffs = new HashMap<>();
    private final Set<String> dualCodes = new HashSet<>();
    private final Map<String, ServiceRole> roles = new HashMap<>();
    private final Set<String> etaHospitalYears = new HashSet<>();
    private final Map<Integer, Map<EnrollmentType, BigDecimal>> thresholds = new HashMap<>();
    private final Map<Integer, BigDecimal> completionFactors = new HashMap<>();

    static ReferenceData load(Path dataDir) throws BadInputException, IOException {
        ReferenceData data = new ReferenceData();
        try (CsvSource in = open(dataDir, PC_CODES, List.of("rule_py", "hcpcs", "setting_rule"))) {
            while (in.next()) {
                data.pcCodesByRulePy.computeIfAbsent(in.integer("rule_py"), y -> new HashMap<>())
                        .put(in.required("hcpcs"), in.enumValue("setting_rule", SettingRule.class, false));
            }
        }
        // the spec names no column for this list: state_code, else the file's only (first) column
        try (CsvSource in = open(dataDir, US_RESIDENCE, List.of())) {
            String column = in.columnOr("state_code");
            while (in.next()) {
                data.usStateCodes.add(in.required(column));
            }
        }
        try (CsvSource in = open(dataDir, VA_CUTOFF, List.of("year", "date"))) {
            while (in.next()) {
                data.vaCutoffs.put(in.integer("year"), in.date("date", false));
            }
        }
        try (CsvSource in = open(dataDir, DUAL_CODES, List.of("dual_status"))) {
            while (in.next()) {
                data.dualCodes.add(in.required("dual_status"));
            }
        }
        try (CsvSource in = open(dataDir, SPECIALTY_ROLES, List.of("specialty_code", "role"))) {
            while (in.next()) {
                data.roles.put(in.required("specialty_code"), in.enumValue("role", ServiceRole.class, false));
            }
        }
        try (CsvSource in = openOptional(dataDir, ETA_HOSPITALS, List.of("ccn", "year"))) {
            while (in != null && in.next()) {
                data.etaHospitalYears.add(in.required("ccn") + "/" + in.integer("year"));
            }
        }
        try (CsvSource in = openOptional(dataDir, THRESHOLDS, List.of("year", "enrollment_type", "amount"))) {
            while (in != null && in.next()) {
                data.thresholds.computeIfAbsent(in.integer("year"), y -> new EnumMap<>(EnrollmentType.class))
                        .put(in.enumValue("enrollment_type", EnrollmentType.class, false), in.decimal("amount", false));
            }
        }
        try (CsvSource in = openOptional(dataDir, COMPLETION_FACTORS, List.of("year", "factor"))) {
            while (in != null && in.next()) {
                BigDecimal factor = in.decimal("factor", false);
                if (factor.compareTo(BigDecimal.ONE) < 0) {
                    throw in.problem("factor", "a completion factor is at least 1");
                }
                data.completionFactors.put(in.integer("year"), factor);
            }
        }
        return data;
    }

    private static CsvSource open(Path dataDir, String name, List<String> columns) throws BadInputException, IOException {
        CsvSource source = openOptional(dataDir, name, columns);
        if (source == null) {
            InputStream resource = ReferenceData.class.getResourceAsStream(name);
            if (resource == null) {
                throw new IOException("the product's reference file " + name + " is missing");
            }
            return CsvSource.open(name, resource, columns);
        }
        return source;
    }

    private static CsvSource openOptional(Path dataDir, String name, List<String> columns)
            throws BadInputException, IOException {
        Path file = dataDir.resolve(name);
        return Files.isRegularFile(file) ? CsvSource.open(name, Files.newInputStream(file), columns) : null;
    }

    /** The primary care code list of a reference PY: the latest list whose rule_py is not after it. */
    Map<String, SettingRule> primaryCareCodes(int referencePy) {
        Map.Entry<Integer, Map<String, SettingRule>> entry = pcCodesByRulePy.floorEntry(referencePy);
        return entry == null ? Map.of() : entry.getValue();
    }

    /** Residence rule of spec C.5: the state part of SSA state+county; unknown residence counts as US (PD). */
    boolean isUsResidence(String stateCounty) {
        return stateCounty == null || stateCounty.length() < 2 || usStateCodes.contains(stateCounty.substring(0, 2));
    }

    /** The voluntary-alignment cut-off of year Y: from va_cutoff.csv, else Dec 31 of Y−1 (spec A.9 PD). */
    int vaCutoff(int year) {
        return vaCutoffs.getOrDefault(year, Days.of(year - 1, 12, 31));
    }

    boolean isDual(String dualStatus) {
        return dualStatus != null && dualCodes.contains(dualStatus);
    }

    ServiceRole roleOfSpecialty(String specialty) {
        return specialty == null ? ServiceRole.NONE : roles.getOrDefault(specialty, ServiceRole.NONE);
    }

    boolean isEtaHospital(String ccn, int year) {
        return ccn != null && etaHospitalYears.contains(ccn + "/" + year);
    }

    /** The truncation point of year Y and type t from truncation_thresholds.csv; null when it must be derived. */
    BigDecimal threshold(int year, EnrollmentType type) {
        Map<EnrollmentType, BigDecimal> byType = thresholds.get(year);
        return byType == null ? null : byType.get(type);
    }

    /** CF(Y); 1.0 when completion_factors.csv is absent or lacks the year. */
    BigDecimal completionFactor(int year) {
        return completionFactors.getOrDefault(year, BigDecimal.ONE);
    }
}
