package gov.cms.ssp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The journeys in a real browser: each demo user logs in on Keycloak's page, lands on their own
 * home, sees only their menu, and logs out of Keycloak too. Screenshots go to docs/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePagesBrowserIT extends BrowserJourney {
    record Landing(DemoUser user, String homePath, String heading, String roleLabel, String screenshot) {
    }

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @Test
    void publicHomeShowsTheDirectoryWithoutLogin() {
        browser.open("");
        assertEquals("Medicare Shared Savings Program", browser.text(By.id("page-title")));
        assertTrue(browser.text(By.id("directory")).contains("Palm Beach Accountable Care Organization"));
        assertTrue(browser.driver().findElements(By.id("menu-cms-home")).isEmpty(), "no CMS menu for the public");
        browser.screenshot("public-home");

        // sorting and the filters work without an error page
        browser.element(By.xpath("//table//th[contains(., 'Name')]")).click();
        browser.waitForText(By.id("directory"), "Palm Beach Accountable Care Organization");
        assertFalse(browser.text(By.id("page-title")).contains("Something went wrong"));
        WebElement idFilter = browser.element(By.cssSelector("[id='directory'] thead th:first-child input.ui-column-filter"));
        idFilter.sendKeys("A1026");
        browser.waitUntilTextLacks(By.id("directory"), "Palm Beach");
        assertTrue(browser.text(By.id("directory")).contains("A1026"), browser.text(By.id("directory")));
    }

    @Test
    void eachDemoUserLandsOnTheirOwnHomeAndLogsOutOfKeycloakToo() {
        List<Landing> landings = List.of(
                new Landing(DemoUser.CMS_ADMIN, "cms/home.xhtml", "Program overview", "CMS administrator", "home-cms-admin"),
                new Landing(DemoUser.CMS_REVIEWER, "cms/home.xhtml", "Program overview", "CMS reviewer", "home-cms-reviewer"),
                new Landing(DemoUser.CMS_ANALYST, "cms/home.xhtml", "Program overview", "CMS financial analyst", "home-cms-analyst"),
                new Landing(DemoUser.ACO_EXECUTIVE, "aco/home.xhtml", "My ACO", "ACO executive", "home-aco-executive"),
                new Landing(DemoUser.ACO_STAFF, "aco/home.xhtml", "My ACO", "ACO staff", "home-aco-staff"),
                new Landing(DemoUser.CLINICIAN, "clinician/home.xhtml", "My participation", "Clinician", "home-clinician"));
        for (Landing l : landings) {
            browser.logIn(l.user());
            assertEquals(l.homePath(), browser.currentPath(), l.user().userName + " lands on their home");
            assertEquals(l.heading(), browser.text(By.id("page-title")));
            assertEquals(l.roleLabel(), browser.text(By.id("user-role")));
            assertEquals(l.user().userName, browser.text(By.id("user-name")));
            boolean admin = l.user() == DemoUser.CMS_ADMIN;
            assertEquals(admin, !browser.driver().findElements(By.id("menu-audit")).isEmpty(),
                    "only the administrator's menu offers the audit trail");
            browser.screenshot(l.screenshot());
            if (admin) {
                browser.element(By.id("menu-audit")).click();
                browser.waitForText(By.id("page-title"), "Audit trail");
                browser.screenshot("cms-audit-trail");
            }
            browser.logOut();
            browser.open("aco/home.xhtml");
            browser.element(By.id("username")); // logged out of Keycloak: the login form is asked again
        }
    }

    @Test
    void anAreaTypedWithoutAPageOpensThatAreasHome() {
        browser.logIn(DemoUser.ACO_STAFF);
        browser.open("aco/");
        browser.waitForText(By.id("page-title"), "My ACO");
        assertEquals("aco/home.xhtml", browser.currentPath());
        browser.open("aco/application.xhtml?id=abc");
        browser.waitForText(By.id("messages"), "the number after ?id= must be digits only");
        assertFalse(browser.text(By.id("messages")).contains("j_id"), "no component identifiers in words for people");
        browser.logOut();
        browser.logIn(DemoUser.CMS_REVIEWER);
        browser.open("cms/");
        browser.waitForText(By.id("page-title"), "Program overview");
        assertEquals("cms/home.xhtml", browser.currentPath());
        browser.logOut();
        browser.logIn(DemoUser.CLINICIAN);
        browser.open("clinician/");
        browser.waitForText(By.id("page-title"), "My participation");
        assertEquals("clinician/home.xhtml", browser.currentPath());
        browser.logOut();
    }

    @Test
    void cmsHomeShowsTheProgramWithALazyTableThatFilters() {
        browser.logIn(DemoUser.CMS_REVIEWER);
        assertTrue(Integer.parseInt(browser.text(By.id("total-acos"))) >= 6);
        WebElement filter = browser.element(By.cssSelector("[id='acos:table'] thead input.ui-column-filter"));
        filter.sendKeys("A1026");
        browser.waitUntilTextLacks(By.id("acos:table"), "Palm Beach");
        assertTrue(browser.text(By.id("acos:table")).contains("Atlantic ACO"), "filtered to A1026");
        browser.screenshot("cms-program-overview-filtered");
        browser.logOut();
    }

    @Test
    void acoStaffEditsAContactAndSeesValidationInPlainWords() {
        browser.logIn(DemoUser.ACO_STAFF);
        assertTrue(browser.text(By.cssSelector(".aco-name")).contains("A1001"));

        browser.element(By.cssSelector(".edit-contact")).click();
        WebElement email = browser.element(By.id("contactForm:email"));
        email.clear();
        email.sendKeys("not an address");
        browser.element(By.id("contactForm:save")).click();
        browser.waitForText(Browser.fieldMessage("contactForm:email"), "E-mail must be a valid address");
        String page = browser.text(By.tagName("body"));
        assertEquals(page.indexOf("E-mail must be a valid address"), page.lastIndexOf("E-mail must be a valid address"),
                "the message once, beside its field, not again in the dialog's messages");
        browser.screenshot("aco-contact-validation");

        String phone = "561-555-" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").concat("0000").substring(0, 4);
        email = browser.element(By.id("contactForm:email"));
        email.clear();
        email.sendKeys("ana.diaz@palmbeach-aco.example.org");
        WebElement phoneField = browser.element(By.id("contactForm:phone"));
        phoneField.clear();
        phoneField.sendKeys(phone);
        browser.element(By.id("contactForm:save")).click();
        browser.waitForText(By.id("messages"), "Saved the");
        browser.waitForText(By.id("aco"), phone);
        browser.screenshot("aco-contact-saved");
        browser.logOut();
    }

    @Test
    void acoUserWhoTypesACmsAddressSeesTheRefusalPage() {
        browser.logIn(DemoUser.ACO_EXECUTIVE);
        browser.open("cms/home.xhtml");
        assertEquals("You may not open this page", browser.text(By.id("page-title")));
        browser.screenshot("error-403");
        browser.open("");
        browser.logOut();
    }
}
