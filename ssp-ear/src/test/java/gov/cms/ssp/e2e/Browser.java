package gov.cms.ssp.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, logging in through the real Keycloak login page.
 * Binary and driver are given explicitly so Selenium never tries to download one.
 */
public final class Browser implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        try {
            profile = Files.createTempDirectory("ssp-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("ssp.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("ssp.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(SspDeployment.appUrl() + path);
    }

    /**
     * Starts as a stranger: no application session and no Keycloak session (both live on
     * localhost, and cookies are per host, not per port).
     */
    public void reset() {
        open("");
        driver.manage().deleteAllCookies();
        // Keycloak's cookies have the path /realms/ssp/: they are only reachable from a page there
        driver.get(SspDeployment.keycloakUrl() + "/realms/ssp/.well-known/openid-configuration");
        driver.manage().deleteAllCookies();
    }

    /** From the "Log in" link through Keycloak's form to the role's home page. */
    public void logIn(DemoUser user) {
        if (user == DemoUser.NEW_APPLICANT) {
            HttpApi.token(user); // the user exists in the Keycloak the tests use (DemoRealm)
        }
        open("sign-in");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        name.clear();
        name.sendKeys(user.userName);
        driver.findElement(By.id("password")).sendKeys(DemoUser.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-role")));
    }

    public void logOut() {
        element(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
    }

    /**
     * The message shown beside a form field: in the field's own cell (ssp:field, ssp:date), e.g.
     * {@code fieldMessage("app:tin")}.
     */
    public static By fieldMessage(String clientId) {
        return By.xpath("//*[@id='" + clientId + "']/ancestor::div[contains(concat(' ', @class, ' '), ' ssp-field ')][1]"
                + "//*[contains(concat(' ', @class, ' '), ' ui-message ')]");
    }

    public WebElement element(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks the element once it is shown and enabled; again when an Ajax update replaced it between
     * finding and clicking (a stale element), until the usual deadline.
     */
    public void click(By by) {
        wait.until(d -> {
            try {
                WebElement e = d.findElement(by);
                if (!e.isDisplayed() || !e.isEnabled()) {
                    return false;
                }
                e.click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }

    public String text(By by) {
        return element(by).getText().strip();
    }

    public void waitUntilTextLacks(By by, String text) {
        wait.until(d -> !d.findElement(by).getText().contains(text));
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public String currentPath() {
        return driver.getCurrentUrl().replace(SspDeployment.appUrl(), "");
    }

    /** Saves the page as docs/screenshots/NAME.png for the user guide. */
    public void screenshot(String name) {
        Path dir = Path.of(System.getProperty("ssp.screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
