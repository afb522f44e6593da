package gov.cms.ssp.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A beneficiary's lines that can be primary care lines (spec E.1) with their role (D.2, D.3) and entity
 * (E.2); {@link #in(Window)} applies the window, its data cut-off and the PHE rule of the telephone codes.
 */
final class PrimaryCareLines {

    private static final Set<String> SNF_POS = Set.of("31");
    private static final Set<String> INPATIENT_POS = Set.of("21", "51", "61");
    private static final String HOME_VISIT_POS = "12";

    private final List<PcLine> candidates = new ArrayList<>();
    private final List<Boolean> telephone = new ArrayList<>();

    private PrimaryCareLines() {
    }

    static PrimaryCareLines of(Beneficiary bene, AssignmentContext context) {
        PrimaryCareLines result = new PrimaryCareLines();
        List<int[]> snfStays = stays(bene, ClaimType.SNF);
        List<int[]> inpatientStays = stays(bene, ClaimType.INPATIENT);
        Set<String> claimsWithBaseCode = new HashSet<>();
        for (ClaimLine line : bene.lines) {
            SettingRule rule = line.hcpcs == null ? null : context.pcCodes.get(line.hcpcs);
            if (rule != null && rule != SettingRule.ADD_ON) {
                claimsWithBaseCode.add(line.claimId);
            }
        }
        for (ClaimLine line : bene.lines) {
            SettingRule rule = line.hcpcs == null ? null : context.pcCodes.get(line.hcpcs);
            if (rule == null || line.allowed.signum() <= 0 || !countsForAssignment(line, context)) {
                continue;
            }
            boolean eta = isEtaLine(line, context);
            if (eta != (rule == SettingRule.ETA_ONLY)) {
                continue; // G0463 only on ETA claims, and ETA claims count only G0463 (spec D.1, D.3)
            }
            boolean passes = switch (rule) {
                case NOT_SNF -> !inSnf(line, snfStays);
                case NOT_INPATIENT -> !inInpatientSetting(line, inpatientStays);
                case POS_12 -> line.type == ClaimType.CARRIER && HOME_VISIT_POS.equals(line.placeOfService);
                case ADD_ON -> claimsWithBaseCode.contains(line.claimId);
                default -> true;
            };
            if (!passes) {
                continue;
            }
            ServiceRole role = roleOf(line, context);
            Entity entity = entityOf(line, context.lists);
            if (role == ServiceRole.NONE || entity == null) {
                continue;
            }
            result.candidates.add(new PcLine(line, role, entity));
            result.telephone.add(rule == SettingRule.PHE);
        }
        return result;
    }

    /** The primary care lines of a window. */
    List<PcLine> in(Window window) {
        boolean pheWindow = PublicHealthEmergency.overlaps(window);
        List<PcLine> lines = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            PcLine pc = candidates.get(i);
            if (!window.containsService(pc.line())) {
                continue;
            }
            if (telephone.get(i) && !(pheWindow && pc.line().from <= PublicHealthEmergency.TELEPHONE_LAST_SERVICE)) {
                continue; // telephone E/M counts only in windows that overlap the PHE (spec D.1)
            }
            lines.add(pc);
        }
        return lines;
    }

    /** Claim types that can carry assignment lines (spec D.3); other institutional lines never count. */
    private static boolean countsForAssignment(ClaimLine line, AssignmentContext context) {
        return switch (line.type) {
            case CARRIER, FQHC, RHC, CAH2 -> true;
            case OUTPATIENT -> isEtaLine(line, context);
            default -> false;
        };
    }

    private static boolean isEtaLine(ClaimLine line, AssignmentContext context) {
        return line.type == ClaimType.OUTPATIENT && context.reference.isEtaHospital(line.facilityCcn, context.year);
    }

    /** Spec D.2/D.3: FQHC/RHC lines are PCP lines; other lines take the rendering NPI's specialty. */
    static ServiceRole roleOf(ClaimLine line, AssignmentContext context) {
        return line.type.isClinic() ? ServiceRole.PCP : context.reference.roleOfSpecialty(line.specialty);
    }

    /**
     * Spec E.2: the billing TIN (carrier) or the facility CCN's participant TIN; a TIN on exactly one
     * ACO's list is that ACO; on several ACOs' lists the line counts for no one (null).
     */
    static Entity entityOf(ClaimLine line, ProgramLists lists) {
        if (line.type == ClaimType.CARRIER) {
            if (line.billingTin == null) {
                return null;
            }
            Set<String> acos = lists.acosOfTin(line.billingTin);
            return acos.isEmpty() ? Entity.tin(line.billingTin) : acos.size() == 1 ? Entity.aco(acos.iterator().next()) : null;
        }
        if (line.facilityCcn == null) {
            return null;
        }
        Set<String> acos = new HashSet<>();
        for (String tin : lists.tinsOfCcn(line.facilityCcn)) {
            acos.addAll(lists.acosOfTin(tin));
        }
        return acos.isEmpty() ? Entity.ccn(line.facilityCcn) : acos.size() == 1 ? Entity.aco(acos.iterator().next()) : null;
    }

    /** Stay spans of a claim type: each claim's earliest from_date to its latest thru_date (spec J). */
    private static List<int[]> stays(Beneficiary bene, ClaimType type) {
        Map<String, int[]> spans = new HashMap<>();
        for (ClaimLine line : bene.lines) {
            if (line.type == type) {
                int[] span = spans.computeIfAbsent(line.claimId, id -> new int[] {line.from, line.thru});
                span[0] = Math.min(span[0], line.from);
                span[1] = Math.max(span[1], line.thru);
            }
        }
        return new ArrayList<>(spans.values());
    }

    private static boolean within(int day, List<int[]> stays) {
        for (int[] stay : stays) {
            if (day >= stay[0] && day <= stay[1]) {
                return true;
            }
        }
        return false;
    }

    /** SNF setting (spec D.1 PD): carrier POS 31, or an FQHC/RHC line dated within a SNF stay. */
    private static boolean inSnf(ClaimLine line, List<int[]> snfStays) {
        if (line.type == ClaimType.CARRIER) {
            return SNF_POS.contains(line.placeOfService);
        }
        return line.type.isClinic() && within(line.from, snfStays);
    }

    /** Inpatient setting (spec D.1 PD): carrier POS 21/51/61, or an FQHC/RHC/CAH2 line dated within an inpatient stay. */
    private static boolean inInpatientSetting(ClaimLine line, List<int[]> inpatientStays) {
        if (line.type == ClaimType.CARRIER) {
            return INPATIENT_POS.contains(line.placeOfService);
        }
        return (line.type.isClinic() || line.type == ClaimType.CAH2) && within(line.from, inpatientStays);
    }
}
