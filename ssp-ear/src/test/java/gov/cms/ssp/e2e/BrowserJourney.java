package gov.cms.ssp.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The browser's life in a browser-test class: one headless Chromium per class, and every test
 * starts as a stranger (no application or Keycloak session), so tests run in any order.
 */
abstract class BrowserJourney {
    protected static Browser browser;

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
            browser = null;
        }
    }
}
