package gov.cms.ssp.shared;

import java.util.List;

/** The Keycloak realm roles; constants so that {@code @RolesAllowed} and web.xml name them one way. */
public final class Role {
    public static final String CMS_ADMIN = "cms-admin";
    public static final String CMS_REVIEWER = "cms-reviewer";
    public static final String CMS_ANALYST = "cms-analyst";
    public static final String ACO_EXECUTIVE = "aco-executive";
    public static final String ACO_STAFF = "aco-staff";
    public static final String CLINICIAN = "clinician";

    public static final List<String> ALL = List.of(CMS_ADMIN, CMS_REVIEWER, CMS_ANALYST, ACO_EXECUTIVE, ACO_STAFF, CLINICIAN);
    public static final List<String> CMS = List.of(CMS_ADMIN, CMS_REVIEWER, CMS_ANALYST);
    public static final List<String> ACO = List.of(ACO_EXECUTIVE, ACO_STAFF);

    private Role() {
    }

    /** Words a person reads in the header, e.g. "CMS reviewer". */
    public static String label(String role) {
        return switch (role) {
            case CMS_ADMIN -> "CMS administrator";
            case CMS_REVIEWER -> "CMS reviewer";
            case CMS_ANALYST -> "CMS financial analyst";
            case ACO_EXECUTIVE -> "ACO executive";
            case ACO_STAFF -> "ACO staff";
            case CLINICIAN -> "Clinician";
            default -> role;
        };
    }
}
