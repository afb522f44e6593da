package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.HttpApi.getJson;
import static gov.cms.ssp.e2e.HttpApi.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The program's years on the shipped EAR with the demo agreements: every consumer asks for the level
 * in force in its PY (lookup, certification), a July 1, 2019 start, and an executive's election.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GlidePathIT {
    /** Listed by A1026 from 01/01/2025; A1026's 4th agreement enters at Level D in 2025 and reaches Level E in 2026. */
    private static final String A1026_CLINICIAN = "1000001028";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    /** The application cycles this class's fixtures made are removed with all they led to (ApplicationFixture). */
    @AfterAll
    static void removeTheFixturesCycles() {
        ApplicationFixture.removeFarFutureCycles();
    }

    private static JsonObject year(JsonArray participations, int py) {
        return participations.getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getInt("performanceYear") == py && p.getString("acoId").equals("A1026")).findFirst().orElseThrow();
    }

    @Test
    void aClinicianTurnsFromMipsApmToAdvancedApmInThePyTheAcoReachesLevelE() {
        JsonArray rows = object(getJson("api/participation/" + A1026_CLINICIAN, null)).getJsonArray("participations");
        JsonObject in2025 = year(rows, 2025);
        assertEquals("BASIC_D", in2025.getString("track"));
        assertEquals("MIPS APM", in2025.getString("classification"));
        JsonObject in2026 = year(rows, 2026);
        assertEquals("BASIC_E", in2026.getString("track"));
        assertEquals("Advanced APM", in2026.getString("classification"));
    }

    @Test
    void certificationAsksALevelCAcoForItsRepaymentMechanism() {
        // A2490 renewed at Level A in 2025: Level B in 2026 (one-sided), Level C in 2027 (two-sided)
        JsonObject pkg = object(getJson("api/certifications/2027/acos/A2490", DemoUser.CMS_ANALYST));
        assertEquals("Basic Level C", pkg.getString("trackLabel"), pkg.toString());
        assertTrue(pkg.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("item").equals("REPAYMENT_MECHANISM")), pkg.toString());
        JsonObject snf = object(getJson("api/participant-lists/A2490/2027/snf-waiver", DemoUser.CMS_REVIEWER));
        assertTrue(snf.getBoolean("mayHaveAffiliates"), "Level C has the SNF 3-day rule waiver: " + snf);
        JsonObject before = object(getJson("api/participant-lists/A2490/2026/snf-waiver", DemoUser.CMS_REVIEWER));
        assertFalse(before.getBoolean("mayHaveAffiliates"), "Level B has not: " + before);
    }

    @Test
    void aJulyFirst2019StartHasASixMonthFirstPyOnTheSameLevelAs2020() {
        JsonObject third = HttpApi.json(getJson("api/agreements/A1026", DemoUser.CMS_REVIEWER).body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(g -> g.getInt("agreementNumber") == 3).findFirst().orElseThrow();
        assertEquals("2019-07-01", third.getString("startDate"));
        assertEquals(6, third.getInt("years"), "five years and six months");
        List<JsonObject> levels = third.getJsonArray("levels").getValuesAs(JsonObject.class);
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024), levels.stream().map(l -> l.getInt("performanceYear")).toList());
        assertEquals("2019-07-01", levels.get(0).getString("startsOn"));
        assertEquals("2020-01-01", levels.get(1).getString("startsOn"));
        assertEquals(List.of("BASIC_C", "BASIC_C", "BASIC_D", "BASIC_E", "BASIC_E", "BASIC_E"),
                levels.stream().map(l -> l.getString("track")).toList());

        JsonObject path = object(getJson("api/agreements/A1026/path", DemoUser.ATLANTIC_STAFF));
        assertEquals("Basic Level E", path.getString("currentLevel"));
        JsonObject shown = path.getJsonArray("agreements").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getInt("number") == 3).findFirst().orElseThrow();
        assertEquals("07/01/2019–12/31/2019", shown.getJsonArray("years").getJsonObject(0).getString("dates"));
        assertEquals("3rd agreement", shown.getString("ordinal"));
    }

    @Test
    void anExecutiveElectsToMoveUpFasterInTheWindowAndCmsSeesTheElection() {
        int start = ApplicationFixture.approvedBasicAgreementWithWindowOpen();
        int py = start + 1;

        JsonObject agreement = object(getJson("api/agreements/A1001/path", DemoUser.ACO_EXECUTIVE)).getJsonArray("agreements")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("period").startsWith("01/01/" + start))
                .findFirst().orElseThrow();
        JsonObject offer = agreement.getJsonObject("offer");
        assertEquals(py, offer.getInt("performanceYear"));
        assertEquals("Basic Level B", offer.getString("automaticLevel"));
        String url = "api/agreements/A1001/" + agreement.getJsonNumber("id").longValue() + "/elections/" + py + "?version="
                + agreement.getJsonNumber("version").longValue();

        HttpResponse<String> byStaff = HttpApi.putJson(url, DemoUser.ACO_STAFF, "{\"level\":\"BASIC_C\"}");
        assertEquals(403, byStaff.statusCode(), "only the executive elects");
        HttpResponse<String> noMsr = HttpApi.putJson(url, DemoUser.ACO_EXECUTIVE, "{\"level\":\"BASIC_C\"}");
        assertEquals(400, noMsr.statusCode(), noMsr.body());
        assertTrue(object(noMsr).getString("message").contains("choose its minimum savings and loss rates"), noMsr.body());
        HttpResponse<String> enhanced = HttpApi.putJson(url, DemoUser.ACO_EXECUTIVE, "{\"level\":\"ENHANCED\"}");
        assertEquals(400, enhanced.statusCode(), enhanced.body());
        assertTrue(object(enhanced).getString("message").contains("renewing early"), enhanced.body());

        HttpResponse<String> elected = HttpApi.putJson(url, DemoUser.ACO_EXECUTIVE, "{\"level\":\"BASIC_C\",\"msrMlr\":\"ONE_PERCENT\"}");
        assertEquals(200, elected.statusCode(), elected.body());
        JsonObject after = object(elected).getJsonArray("agreements").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("period").startsWith("01/01/" + start)).findFirst().orElseThrow();
        assertEquals(List.of("Basic Level A", "Basic Level C", "Basic Level D", "Basic Level E", "Basic Level E"),
                after.getJsonArray("years").getValuesAs(JsonObject.class).stream().map(y -> y.getString("levelLabel")).toList());
        assertEquals("1.0% MSR/MLR", after.getString("msrMlr"));

        JsonObject seen = HttpApi.json(getJson("api/elections?py=" + py, DemoUser.CMS_REVIEWER).body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("acoId").equals("A1001")).findFirst().orElseThrow();
        assertEquals("Move up to Basic Level C", seen.getString("election"));
        assertEquals("aco.executive", seen.getString("electedBy"));
        assertEquals(403, getJson("api/elections?py=" + py, DemoUser.ACO_EXECUTIVE).statusCode());
    }
}
