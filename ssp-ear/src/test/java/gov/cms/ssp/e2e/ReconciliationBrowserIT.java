package gov.cms.ssp.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Reconciliation in a real browser: the what-if estimator, the analyst's run, the ACO's report. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReconciliationBrowserIT {
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @BeforeEach
    void asAStranger() {
        browser.reset();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void acoExecutiveComparesEveryTrackInTheWhatIfEstimator() {
        browser.logIn(DemoUser.ACO_EXECUTIVE);
        browser.element(By.id("menu-aco-estimate")).click();
        browser.waitForText(By.id("page-title"), "What-if estimator");

        browser.element(By.id("estimate:run")).click();
        browser.waitForText(By.id("messages"), "Assigned beneficiaries is required");

        type("estimate:beneficiaries_input", "78364");
        type("estimate:benchmark_input", "1098668352");
        type("estimate:expenditures_input", "998768668");
        type("estimate:qualityScore_input", "89.91");
        browser.element(By.id("estimate:run")).click();
        browser.waitForText(By.id("results"), "ENHANCED");
        String table = browser.text(By.id("comparison"));
        for (String level : new String[] {"BASIC Level A", "BASIC Level B", "BASIC Level C", "BASIC Level D", "BASIC Level E"}) {
            assertTrue(table.contains(level), level + " in " + table);
        }
        assertTrue(table.contains("Shared savings"), table);

        browser.element(By.xpath("//div[contains(@class,'ui-accordion-header')][contains(.,'ENHANCED')]")).click();
        browser.waitForText(By.id("explanations"), "savingsRate");
        browser.screenshot("aco-what-if-estimator");
        browser.logOut();
    }

    private static void type(String id, String value) {
        WebElement field = browser.element(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
