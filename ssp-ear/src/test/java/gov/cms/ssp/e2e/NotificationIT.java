package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.HttpApi.getJson;
import static gov.cms.ssp.e2e.HttpApi.json;
import static gov.cms.ssp.e2e.HttpApi.postJson;
import static gov.cms.ssp.e2e.HttpApi.putJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.Message;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notices reach the people they are for: in the in-app inbox of the ACO's own people only, and by
 * e-mail (read from a real SMTP server) to the ACO's executive and primary contact; a deadline
 * reminder goes out once however often the reminder run is started.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {
    /** a PY no other test opens a certification window for */
    private static final int PY = 2035;
    private static final String PALM_BEACH_EXECUTIVE = "ana.diaz@palmbeach-aco.example.org";
    private static final String PALM_BEACH_CONTACT = "sam.ortiz@palmbeach-aco.example.org";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    /** a window far enough ahead that no reminder is due: a notice in every ACO's inbox */
    private static final int QUIET_PY = 2036;

    @BeforeAll
    static void mailServerAndANoticeForEveryAco() {
        Mailbox.start();
        assertEquals(200, putJson("api/certifications/" + QUIET_PY, DemoUser.CMS_ADMIN, "{\"opensOn\":\"" + LocalDate.now()
                + "\",\"deadline\":\"" + LocalDate.now().plusDays(60) + "\"}").statusCode());
    }

    private static List<JsonObject> inbox(DemoUser user) {
        return json(getJson("api/notifications?max=200", user).body()).asJsonArray().getValuesAs(JsonObject.class);
    }

    @Test
    void aCertificationWindowReachesEveryAcosInboxAndItsExecutiveByEmailAndARemindersGoesOutOnce() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        String window = "{\"opensOn\":\"" + today + "\",\"deadline\":\"" + today.plusDays(2) + "\"}";
        assertEquals(200, putJson("api/certifications/" + PY, DemoUser.CMS_ADMIN, window).statusCode());

        String subject = "The " + PY + " annual certification";
        assertTrue(inbox(DemoUser.ACO_STAFF).stream().anyMatch(n -> n.getString("subject").startsWith(subject + " opens on")),
                "A1001's people see it in their inbox");
        assertTrue(inbox(DemoUser.ATLANTIC_STAFF).stream().anyMatch(n -> n.getString("subject").startsWith(subject + " opens on")),
                "and so do A1026's");
        Message mail = Mailbox.await(PALM_BEACH_EXECUTIVE, subject + " opens on", Duration.ofSeconds(60));
        assertTrue(String.valueOf(mail.getContent()).contains("between"), "the mail says the window");
        Mailbox.await(PALM_BEACH_CONTACT, subject + " opens on", Duration.ofSeconds(60));

        // the deadline is two days away: the 3-day reminder is due, once
        JsonObject first = HttpApi.object(postJson("api/notifications/reminders", DemoUser.CMS_ADMIN, "{}"));
        assertTrue(first.getInt("sent") >= 1, first.toString());
        JsonObject again = HttpApi.object(postJson("api/notifications/reminders", DemoUser.CMS_ADMIN, "{}"));
        assertEquals(0, again.getInt("sent"), "each reminder is sent once");
        String reminder = "The " + PY + " annual certification of A1001 is due in 2 days";
        assertEquals(1, inbox(DemoUser.ACO_EXECUTIVE).stream().filter(n -> n.getString("subject").startsWith(reminder)).count());
        assertFalse(inbox(DemoUser.ATLANTIC_STAFF).stream().anyMatch(n -> n.getString("subject").startsWith(reminder)),
                "A1001's reminder is not A1026's");
        Mailbox.await(PALM_BEACH_EXECUTIVE, reminder, Duration.ofSeconds(60));
        assertEquals(1, Mailbox.count(PALM_BEACH_EXECUTIVE, reminder), "one e-mail for one reminder");
    }

    @Test
    void aUserReadsOnlyTheirOwnNoticesAndAnothersIsAnsweredLikeAMissingOne() {
        long theirs = inbox(DemoUser.ATLANTIC_STAFF).stream()
                .filter(n -> n.getString("subject").startsWith("The " + QUIET_PY + " annual certification") && !n.getBoolean("read"))
                .findFirst().orElseThrow(() -> new AssertionError("A1026 has no notice of the " + QUIET_PY + " window"))
                .getJsonNumber("id").longValue();
        assertTrue(inbox(DemoUser.ACO_STAFF).stream().noneMatch(n -> n.getJsonNumber("id").longValue() == theirs));
        assertEquals(404, postJson("api/notifications/" + theirs + "/read", DemoUser.ACO_STAFF, "{}").statusCode());
        assertEquals(404, postJson("api/notifications/999999999/read", DemoUser.ACO_STAFF, "{}").statusCode());

        long before = HttpApi.object(getJson("api/notifications/unread", DemoUser.ATLANTIC_STAFF)).getJsonNumber("unread").longValue();
        assertEquals(204, postJson("api/notifications/" + theirs + "/read", DemoUser.ATLANTIC_STAFF, "{}").statusCode());
        long after = HttpApi.object(getJson("api/notifications/unread", DemoUser.ATLANTIC_STAFF)).getJsonNumber("unread").longValue();
        assertEquals(before - 1, after, "one notice fewer to read");
        assertTrue(inbox(DemoUser.ATLANTIC_STAFF).stream().anyMatch(n -> n.getJsonNumber("id").longValue() == theirs && n.getBoolean("read")));
        assertEquals(403, getJson("api/notifications/mail", DemoUser.ACO_EXECUTIVE).statusCode(), "the mail log is for CMS administrators");
        assertTrue(getJson("api/notifications/mail", DemoUser.CMS_ADMIN).body().contains(PALM_BEACH_EXECUTIVE));
    }
}
