package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.DemoUser.ACO_EXECUTIVE;
import static gov.cms.ssp.e2e.DemoUser.ACO_STAFF;
import static gov.cms.ssp.e2e.DemoUser.ATLANTIC_STAFF;
import static gov.cms.ssp.e2e.DemoUser.CLINICIAN;
import static gov.cms.ssp.e2e.DemoUser.CMS_ADMIN;
import static gov.cms.ssp.e2e.DemoUser.CMS_ANALYST;
import static gov.cms.ssp.e2e.DemoUser.CMS_LEAD;
import static gov.cms.ssp.e2e.DemoUser.CMS_REVIEWER;
import static gov.cms.ssp.e2e.DemoUser.NEW_APPLICANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every protected page and API path × every demo user (real Keycloak tokens) × no login: allowed
 * or denied as designed. Pages without login redirect to Keycloak; the API answers 401.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleMatrixIT {
    private static final Set<DemoUser> EVERYONE = EnumSet.allOf(DemoUser.class);
    private static final Set<DemoUser> CMS = EnumSet.of(CMS_ADMIN, CMS_REVIEWER, CMS_ANALYST, CMS_LEAD);
    // new.applicant has the ACO executive's role and no ACO yet: ACO pages open for it, no ACO's data does
    private static final Set<DemoUser> ACO = EnumSet.of(ACO_EXECUTIVE, ACO_STAFF, ATLANTIC_STAFF, NEW_APPLICANT);
    private static final Set<DemoUser> CMS_AND_ACO = EnumSet.of(CMS_ADMIN, CMS_REVIEWER, CMS_ANALYST, CMS_LEAD, ACO_EXECUTIVE, ACO_STAFF, ATLANTIC_STAFF, NEW_APPLICANT);
    private static final Set<DemoUser> A1001_READERS = EnumSet.of(CMS_ADMIN, CMS_REVIEWER, CMS_ANALYST, CMS_LEAD, ACO_EXECUTIVE, ACO_STAFF);

    /** A path, who may use it, and whether it is open to anyone without logging in. */
    record Entry(String path, boolean page, Set<DemoUser> allowed, boolean publicAccess) {
    }

    static List<Entry> matrix() {
        return List.of(
                new Entry("index.xhtml", true, EVERYONE, true),
                new Entry("cms/home.xhtml", true, CMS, false),
                new Entry("cms/admin/audit.xhtml", true, EnumSet.of(CMS_ADMIN), false),
                new Entry("aco/home.xhtml", true, ACO, false),
                new Entry("aco/participants.xhtml", true, ACO, false),
                new Entry("cms/change-requests.xhtml", true, CMS, false),
                new Entry("cms/admin/list-reference.xhtml", true, EnumSet.of(CMS_ADMIN), false),
                new Entry("aco/estimate.xhtml", true, ACO, false),
                new Entry("aco/settlement.xhtml", true, ACO, false),
                new Entry("cms/financial-inputs.xhtml", true, CMS, false),
                new Entry("cms/reconciliation.xhtml", true, CMS, false),
                new Entry("cms/reconciliation-result.xhtml", true, CMS, false),
                new Entry("cms/aco.xhtml?id=A1001", true, CMS, false),
                new Entry("api/aco-overviews/A1001", false, CMS, false),
                new Entry("api/aco-overviews/A1001/notes", false, CMS, false),
                new Entry("cms/assignment.xhtml", true, CMS, false),
                new Entry("aco/assignment.xhtml", true, ACO, false),
                new Entry("cms/admin/phi-access.xhtml", true, EnumSet.of(CMS_ADMIN), false),
                new Entry("cms/admin/benchmark-reference.xhtml", true, EnumSet.of(CMS_ADMIN), false),
                new Entry("api/assignment/data/2026", false, CMS, false),
                new Entry("api/assignment/runs?performanceYear=2026", false, CMS, false),
                new Entry("api/assignment/reference/national", false, CMS, false),
                new Entry("api/assignment/phi-access", false, EnumSet.of(CMS_ADMIN), false),
                new Entry("api/assignment/county-map", false, CMS, false),
                new Entry("api/reconciliation/financial-inputs/2023", false, CMS, false),
                new Entry("api/reconciliation/runs?year=2023", false, CMS, false),
                new Entry("api/settlements", false, ACO, false),
                new Entry("clinician/home.xhtml", true, EnumSet.of(CLINICIAN), false),
                new Entry("api/acos", false, EVERYONE, true),
                new Entry("api/acos/A1001", false, EVERYONE, true),
                new Entry("lookup.xhtml", true, EVERYONE, true),
                new Entry("api/participation/1234567893", false, EVERYONE, true),
                new Entry("api/me", false, EVERYONE, false),
                new Entry("api/aco-profiles/A1001", false, A1001_READERS, false),
                new Entry("api/aco-profiles/A1026", false, EnumSet.of(CMS_ADMIN, CMS_REVIEWER, CMS_ANALYST, CMS_LEAD, ATLANTIC_STAFF), false),
                new Entry("api/audit", false, EnumSet.of(CMS_ADMIN), false),
                new Entry("inbox.xhtml", true, EVERYONE, false),
                new Entry("cms/admin/mail.xhtml", true, EnumSet.of(CMS_ADMIN), false),
                new Entry("api/notifications", false, EVERYONE, false),
                new Entry("api/notifications/mail", false, EnumSet.of(CMS_ADMIN), false),
                new Entry("api/participant-lists/A1001/2027", false, A1001_READERS, false),
                new Entry("api/participant-lists/A1001/2027/participants", false, A1001_READERS, false),
                new Entry("api/participant-lists/A1001/2027/providers-suppliers", false, A1001_READERS, false),
                new Entry("api/participant-lists/A1001/2027/changes", false, A1001_READERS, false),
                new Entry("api/participant-lists/A1026/2027/participants", false,
                        EnumSet.of(CMS_ADMIN, CMS_REVIEWER, CMS_ANALYST, CMS_LEAD, ATLANTIC_STAFF), false),
                new Entry("api/change-requests", false, CMS, false),
                new Entry("api/participant-lists/A1001/2027/snf-affiliates", false, A1001_READERS, false),
                new Entry("api/participant-lists/A1001/2027/snf-waiver", false, A1001_READERS, false),
                new Entry("api/participant-lists/A1026/2027/snf-affiliates", false,
                        EnumSet.of(CMS_ADMIN, CMS_REVIEWER, CMS_ANALYST, CMS_LEAD, ATLANTIC_STAFF), false),
                new Entry("aco/applications.xhtml", true, ACO, false),
                new Entry("aco/application.xhtml", true, ACO, false),
                new Entry("aco/receipt.xhtml", true, ACO, false),
                new Entry("cms/applications.xhtml", true, CMS, false),
                new Entry("cms/application.xhtml", true, CMS, false),
                new Entry("cms/admin/cycles.xhtml", true, EnumSet.of(CMS_ADMIN), false),
                new Entry("api/application-cycles", false, CMS_AND_ACO, false),
                new Entry("api/applications", false, CMS, false),
                new Entry("api/applications/mine", false, ACO, false),
                new Entry("api/agreements/A1001", false, A1001_READERS, false),
                new Entry("api/agreements/A1001/path", false, A1001_READERS, false),
                new Entry("api/elections?py=2027", false, CMS, false),
                new Entry("api/agreements/A1026", false, EnumSet.of(CMS_ADMIN, CMS_REVIEWER, CMS_ANALYST, CMS_LEAD, ATLANTIC_STAFF), false),
                new Entry("aco/certification.xhtml", true, ACO, false),
                new Entry("cms/certifications.xhtml", true, CMS, false),
                new Entry("cms/certification.xhtml?acoId=A1001&py=2027", true, CMS, false),
                new Entry("aco-public.xhtml?acoId=A1001", true, EVERYONE, true),
                new Entry("api/certifications", false, EnumSet.of(CMS_ADMIN, CMS_REVIEWER, CMS_ANALYST, CMS_LEAD, ACO_EXECUTIVE, ACO_STAFF,
                        ATLANTIC_STAFF, NEW_APPLICANT), false),
                new Entry("api/certifications/2027/acos", false, CMS, false),
                new Entry("api/certifications/2027/acos/A1001", false, A1001_READERS, false),
                new Entry("api/certifications/2027/acos/A1001/participants", false, A1001_READERS, false),
                new Entry("api/public-pages/A1001", false, A1001_READERS, false),
                new Entry("api/financial-arrangements/A1001", false, A1001_READERS, false),
                new Entry("api/compliance-plans/A1001", false, A1001_READERS, false),
                new Entry("aco/quality.xhtml", true, ACO, false),
                new Entry("cms/quality.xhtml", true, CMS, false),
                new Entry("cms/admin/quality-reference.xhtml", true, EnumSet.of(CMS_ADMIN), false),
                new Entry("api/quality/2023/outcomes", false, CMS, false));
    }

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @Test
    void everyEntryPointAllowsExactlyTheRolesItShould() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Entry e : matrix()) {
            String accept = e.page() ? "text/html" : "application/json";
            for (DemoUser user : DemoUser.values()) {
                int expected = e.allowed().contains(user) ? 200 : 403;
                int actual = HttpApi.get(e.path(), user, accept).statusCode();
                checked++;
                if (actual != expected) {
                    wrong.add(e.path() + " as " + user.userName + ": expected " + expected + ", got " + actual);
                }
            }
            HttpResponse<String> anonymous = HttpApi.get(e.path(), null, accept);
            checked++;
            if (e.publicAccess()) {
                if (anonymous.statusCode() != 200) {
                    wrong.add(e.path() + " without login: expected 200, got " + anonymous.statusCode());
                }
            } else if (e.page()) {
                String location = anonymous.headers().firstValue("Location").orElse("");
                if (anonymous.statusCode() != 302 || !location.contains("/realms/ssp/protocol/openid-connect/auth")) {
                    wrong.add(e.path() + " without login: expected a redirect to Keycloak, got "
                            + anonymous.statusCode() + " " + location);
                }
            } else if (anonymous.statusCode() != 401) {
                wrong.add(e.path() + " without login: expected 401, got " + anonymous.statusCode());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(matrix().size() * (DemoUser.values().length + 1), checked);
    }

    @Test
    void refusedPagesShowTheFriendlyErrorPageNotAStackTrace() {
        HttpResponse<String> r = HttpApi.get("cms/home.xhtml", ACO_STAFF, "text/html");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("You may not open this page"), r.body());
        assertTrue(!r.body().contains(".java:") && !r.body().contains("\tat "), "no stack trace");

        HttpResponse<String> missing = HttpApi.get("no-such-page.xhtml", null, "text/html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), missing.body());
    }
}
