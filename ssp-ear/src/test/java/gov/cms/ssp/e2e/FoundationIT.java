package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.HttpApi.getJson;
import static gov.cms.ssp.e2e.HttpApi.object;
import static gov.cms.ssp.e2e.HttpApi.putJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shipped EAR on a real WildFly with PostgreSQL (migrated by Flyway, demo program seeded) and
 * real Keycloak tokens: health, the public directory, ACO scoping in the services, validation,
 * optimistic locking and the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundationIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @Test
    void healthReportsTheDatabaseUp() {
        HttpResponse<String> r = getJson("health", null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("UP", object(r).getString("database"));
    }

    @Test
    void publicDirectoryListsTheSeededAcosWithoutLogin() {
        HttpResponse<String> r = getJson("api/acos", null);
        assertEquals(200, r.statusCode(), r.body());
        JsonArray acos = HttpApi.json(r.body()).asJsonArray();
        assertTrue(acos.size() >= 6, r.body());
        JsonObject palmBeach = acos.getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("acoId").equals("A1001")).findFirst().orElseThrow();
        assertEquals("ENHANCED", palmBeach.getString("track"));
        assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("max-age"), "directory is cacheable");
        assertTrue(!r.body().contains("900000101"), "the directory never shows TINs");
    }

    @Test
    void theApiDescriptionIsServedWithoutLogin() {
        HttpResponse<String> r = HttpApi.get("openapi?format=JSON", null, "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject paths = object(r).getJsonObject("paths");
        assertTrue(paths.containsKey("/ssp/api/acos"), paths.keySet().toString());
        assertTrue(paths.containsKey("/ssp/api/aco-profiles/{acoId}"), paths.keySet().toString());
    }

    @Test
    void unknownAcoInTheDirectoryIs404AndMalformedIdIs400() {
        HttpResponse<String> missing = getJson("api/acos/A9999", null);
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals("not-found", object(missing).getString("error"));
        HttpResponse<String> malformed = getJson("api/acos/XYZ", null);
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(object(malformed).getString("message").contains("letter A followed by four digits"));
    }

    @Test
    void theTokenCarriesTheAcoIdsAndTheNpi() {
        JsonObject staff = object(getJson("api/me", DemoUser.ACO_STAFF));
        assertEquals("aco.staff", staff.getString("userName"));
        assertEquals("A1001", staff.getJsonArray("acoIds").getString(0));
        assertEquals("aco-staff", staff.getJsonArray("roles").getString(0));
        JsonObject clinician = object(getJson("api/me", DemoUser.CLINICIAN));
        assertEquals("1234567893", clinician.getString("npi"));
    }

    @Test
    void acoUserReadsOwnAcoButNeverAnothersWhateverTheRequest() {
        HttpResponse<String> own = getJson("api/aco-profiles/A1001", DemoUser.ACO_STAFF);
        assertEquals(200, own.statusCode(), own.body());
        assertEquals("900000101", object(own).getString("tin"));

        HttpResponse<String> other = getJson("api/aco-profiles/A1026", DemoUser.ACO_STAFF);
        assertEquals(403, other.statusCode(), other.body());
        assertTrue(object(other).getString("message").contains("A1026 is not one of your ACOs"), other.body());
        assertTrue(!other.body().contains("900000102"), "nothing of A1026 leaks into the refusal");

        HttpResponse<String> write = putJson("api/aco-profiles/A1026/contacts", DemoUser.ACO_EXECUTIVE,
                contact("EXECUTIVE", "Mallory", "mallory@example.org"));
        assertEquals(403, write.statusCode(), write.body());
        JsonObject atlantic = object(getJson("api/aco-profiles/A1026", DemoUser.ATLANTIC_STAFF));
        assertTrue(atlantic.toString().contains("Robert Klein"), "A1026's executive is unchanged");
    }

    @Test
    void cmsReadsEveryAcoButMayNotEditAnAcosContacts() {
        HttpResponse<String> read = getJson("api/aco-profiles/A1026", DemoUser.CMS_REVIEWER);
        assertEquals(200, read.statusCode(), read.body());
        HttpResponse<String> write = putJson("api/aco-profiles/A1026/contacts", DemoUser.CMS_ADMIN,
                contact("PRIMARY_CONTACT", "Someone", "someone@example.org"));
        assertEquals(403, write.statusCode(), write.body());
    }

    @Test
    void clinicianRoleIsRefusedByTheServiceItself() {
        HttpResponse<String> r = getJson("api/aco-profiles/A1001", DemoUser.CLINICIAN);
        assertEquals(403, r.statusCode(), r.body());
        assertEquals("forbidden", object(r).getString("error"));
    }

    @Test
    void invalidContactIsRefusedFieldByFieldAndNothingIsSaved() {
        HttpResponse<String> r = putJson("api/aco-profiles/A1001/contacts", DemoUser.ACO_STAFF,
                "{\"role\":\"MEDICAL_DIRECTOR\",\"name\":\"\",\"email\":\"not-an-email\",\"phone\":\"call me\"}");
        assertEquals(400, r.statusCode(), r.body());
        JsonArray fields = object(r).getJsonArray("fields");
        String all = fields.toString();
        assertTrue(all.contains("Name is required"), all);
        assertTrue(all.contains("E-mail must be a valid address"), all);
        assertTrue(all.contains("Phone may contain digits"), all);
        JsonObject profile = object(getJson("api/aco-profiles/A1001", DemoUser.ACO_STAFF));
        assertTrue(profile.toString().contains("Dr. Maya Shah"), "the medical director is unchanged");
    }

    @Test
    void aChangeRequestWindowSetTwiceIsAuditedWithItsOldAndNewDates() {
        String path = "api/reference/change-request-windows/2039";
        assertEquals(204, putJson(path, DemoUser.CMS_ADMIN, "{\"opensOn\":\"2038-06-01\",\"closesOn\":\"2038-07-31\"}").statusCode());
        assertEquals(204, putJson(path, DemoUser.CMS_ADMIN, "{\"opensOn\":\"2038-06-15\",\"closesOn\":\"2038-07-31\"}").statusCode());
        JsonObject entry = HttpApi.json(getJson("api/audit?max=50&record=window&user=cms.admin", DemoUser.CMS_ADMIN).body())
                .asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("recordKey").equals("PY2039") && e.getString("change").equals("changed"))
                .findFirst().orElseThrow(() -> new AssertionError("the window change is not audited"));
        assertEquals("Change-request window", entry.getString("recordType"));
        String changes = entry.getJsonArray("changes").toString();
        assertTrue(changes.contains("\"field\":\"Opens on\"") && changes.contains("\"oldValue\":\"06/01/2038\"")
                && changes.contains("\"newValue\":\"06/15/2038\""), changes);
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwritingSomeoneElsesChange() {
        JsonObject before = contactOf(object(getJson("api/aco-profiles/A1001", DemoUser.ACO_STAFF)), "COMPLIANCE_OFFICIAL");
        long seen = before.getJsonNumber("version").longValue();
        String first = "Lee Park " + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(200, putJson("api/aco-profiles/A1001/contacts?version=" + seen, DemoUser.ACO_EXECUTIVE,
                contact("COMPLIANCE_OFFICIAL", first, "lee.park@palmbeach-aco.example.org")).statusCode());
        HttpResponse<String> stale = putJson("api/aco-profiles/A1001/contacts?version=" + seen, DemoUser.ACO_STAFF,
                contact("COMPLIANCE_OFFICIAL", "Overwriter", "x@example.org"));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(object(stale).getString("message").contains("changed by someone else"), stale.body());
        JsonObject after = contactOf(object(getJson("api/aco-profiles/A1001", DemoUser.ACO_STAFF)), "COMPLIANCE_OFFICIAL");
        assertEquals(first, after.getString("name"));
    }

    @Test
    void everyChangeIsAuditedWithWhoWhenAndWhatAndOnlyAdminsReadIt() {
        String phone = "561-555-" + (1000 + (int) (Math.random() * 8999));
        HttpResponse<String> saved = putJson("api/aco-profiles/A1001/contacts", DemoUser.ACO_STAFF,
                "{\"role\":\"PRIMARY_CONTACT\",\"name\":\"Sam Ortiz\",\"title\":\"Program Manager\","
                        + "\"email\":\"sam.ortiz@palmbeach-aco.example.org\",\"phone\":\"" + phone + "\"}");
        assertEquals(200, saved.statusCode(), saved.body());

        HttpResponse<String> audit = getJson("api/audit?max=50", DemoUser.CMS_ADMIN);
        assertEquals(200, audit.statusCode(), audit.body());
        JsonObject entry = HttpApi.json(audit.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("recordKey").equals("A1001 Primary application contact"))
                .findFirst().orElseThrow(() -> new AssertionError("no audit entry in " + audit.body()));
        assertEquals("aco.staff", entry.getString("userName"));
        assertEquals("changed", entry.getString("change"));
        assertEquals("A1001", entry.getString("acoId"));
        JsonObject phoneChange = entry.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("field").equals("Phone")).findFirst()
                .orElseThrow(() -> new AssertionError("the phone change is not named in words: " + entry));
        assertEquals(phone, phoneChange.getString("newValue"));
        assertNotEquals(phone, phoneChange.getString("oldValue"), "old → new");
        assertTrue(entry.containsKey("changedAt"));

        String mine = getJson("api/audit?max=200&aco=a1001&user=aco.staff", DemoUser.CMS_ADMIN).body();
        assertTrue(mine.contains(phone), "filtered by ACO and user: " + mine);
        String theirs = getJson("api/audit?max=200&aco=A1026", DemoUser.CMS_ADMIN).body();
        assertFalse(theirs.contains(phone), "another ACO's filter leaves it out");

        HttpResponse<String> csv = HttpApi.get("api/audit/export?aco=A1001", DemoUser.CMS_ADMIN, "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().startsWith("When,Who,ACO,Record,Key,Change,Fields changed (old → new)\n"), csv.body());
        String row = csv.body().lines().filter(l -> l.contains(phone)).findFirst()
                .orElseThrow(() -> new AssertionError("the export has no row with the data: " + csv.body()));
        assertTrue(row.contains("aco.staff,A1001,ACO contact,A1001 Primary application contact,changed,"), row);
        assertTrue(row.contains("→ " + phone), row);
        assertFalse(csv.body().contains("#{"), "data, not the page's template text");
        assertEquals(403, HttpApi.get("api/audit/export", DemoUser.CMS_REVIEWER, "text/csv").statusCode(), "administrators only");
        assertTrue(row.matches("\\d{2}/\\d{2}/\\d{4} \\d{1,2}:\\d{2} [AP]M E[SD]T,.*"), "the time as MM/DD/YYYY with its zone: " + row);

        assertEquals(403, getJson("api/audit", DemoUser.CMS_ANALYST).statusCode());
        assertEquals(403, getJson("api/audit", DemoUser.ACO_EXECUTIVE).statusCode());
    }

    private static JsonObject contactOf(JsonObject profile, String role) {
        return profile.getJsonArray("contacts").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("role").equals(role)).findFirst().orElseThrow();
    }

    private static String contact(String role, String name, String email) {
        return "{\"role\":\"" + role + "\",\"name\":\"" + name + "\",\"email\":\"" + email + "\"}";
    }
}
