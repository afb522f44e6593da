package gov.cms.ssp.e2e;

/** The demo users of the realm in wildfly-config/keycloak/ssp-realm.json (password: demo). */
public enum DemoUser {
    CMS_ADMIN("cms.admin", "cms-admin"),
    CMS_REVIEWER("cms.reviewer", "cms-reviewer"),
    CMS_ANALYST("cms.analyst", "cms-analyst"),
    /** a second analyst: approves the runs cms.analyst starts (four eyes) */
    CMS_LEAD("cms.lead", "cms-analyst"),
    ACO_EXECUTIVE("aco.executive", "aco-executive"),
    ACO_STAFF("aco.staff", "aco-staff"),
    ATLANTIC_STAFF("atlantic.staff", "aco-staff"),
    /** the executive of an organisation that plans to apply: an ACO executive's account with no ACO yet */
    NEW_APPLICANT("new.applicant", "aco-executive"),
    CLINICIAN("clinician", "clinician");

    public static final String PASSWORD = "demo";
    public final String userName;
    public final String role;

    DemoUser(String userName, String role) {
        this.userName = userName;
        this.role = role;
    }
}
