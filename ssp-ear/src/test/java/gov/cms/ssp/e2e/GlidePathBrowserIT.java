package gov.cms.ssp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The glide path in the browser: the ACO sees its path, its executive elects, CMS sees the election. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GlidePathBrowserIT extends BrowserJourney {
    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    /** The application cycles this class's fixtures made are removed with all they led to (ApplicationFixture). */
    @AfterAll
    static void removeTheFixturesCycles() {
        ApplicationFixture.removeFarFutureCycles();
    }

    @Test
    void theAcoSeesItsPastCurrentAndNextLevels() {
        browser.logIn(DemoUser.ATLANTIC_STAFF);
        browser.open("aco/home.xhtml");
        assertEquals("Basic Level E", browser.text(By.cssSelector(".level-current")));
        assertEquals("Basic Level E", browser.text(By.cssSelector(".level-next")));
        String paths = browser.text(By.id("aco"));
        assertTrue(paths.contains("4th agreement, 01/01/2025–12/31/2029"), paths);
        assertTrue(paths.contains("3rd agreement, 07/01/2019–12/31/2024"), paths);
        assertTrue(paths.contains("07/01/2019–12/31/2019"), "the six-month first PY of a July 2019 start");
        assertTrue(paths.contains("Only the ACO executive may make an election."), paths);
        browser.screenshot("aco-glide-path");
        browser.logOut();
    }

    @Test
    void theExecutiveElectsToMoveUpFasterAndCmsSeesItInTheChangeRequestReview() {
        int start = ApplicationFixture.approvedBasicAgreementWithWindowOpen();
        int py = start + 1;
        browser.logIn(DemoUser.ACO_EXECUTIVE);
        browser.open("aco/home.xhtml");
        String offer = ".election-" + py;
        assertTrue(browser.text(By.cssSelector(offer)).contains("the ACO advances automatically to Basic Level B"));
        choose(offer, ":level", "BASIC_C");
        choose(offer, ":msr", "ONE_PERCENT");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.element(By.cssSelector(offer)));
        browser.screenshot("aco-glide-path-election");
        browser.element(By.cssSelector(offer + " .save-election")).click();
        browser.waitForText(By.id("messages"), "Saved the election of A1001 for PY" + py + ": Move up to Basic Level C");
        String page = browser.text(By.id("aco"));
        assertTrue(page.contains("01/01/" + py + "–12/31/" + py), page);
        assertTrue(page.contains("Move up to Basic Level C"), page);
        browser.logOut();

        browser.logIn(DemoUser.CMS_REVIEWER);
        browser.open("cms/change-requests.xhtml?py=" + py);
        browser.waitForText(By.id("elections"), "Glide path and assignment elections for PY" + py);
        String elections = browser.text(By.id("elections"));
        assertTrue(elections.contains("A1001"), elections);
        assertTrue(elections.contains("Move up to Basic Level C"), elections);
        assertTrue(elections.contains("aco.executive"), elections);
        browser.screenshot("cms-change-request-elections");
        browser.logOut();
    }

    /** Picks a value of the PrimeFaces menu whose id ends with {@code suffix} inside {@code container}. */
    private static void choose(String container, String suffix, String value) {
        WebElement menu = browser.element(By.cssSelector(container + " [id$='" + suffix + "'].ui-selectonemenu"));
        String id = menu.getAttribute("id");
        ((JavascriptExecutor) browser.driver()).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
        browser.waitForText(By.id(id + "_label"), browser.driver().findElement(
                By.cssSelector("[id='" + id + "_input'] option[value='" + value + "']")).getAttribute("textContent"));
    }
}
