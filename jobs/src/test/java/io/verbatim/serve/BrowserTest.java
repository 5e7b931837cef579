package io.verbatim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verbatim.index.LuceneSearchService;
import io.verbatim.index.SearchService;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: Debian's headless chromium driven by its chromedriver (nothing is
 * downloaded). Searches, drills down on a facet, opens a theme page, and checks that markup in a
 * comment is shown as text and never run. Screenshots go to {@code <build dir>/screenshots/}.
 */
class BrowserTest {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  @TempDir
  static Path out;

  @TempDir
  static Path profile;

  // Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level.
  static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");
  static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  static SearchService service;
  static WebServer server;
  static ChromeDriverService driverService;
  static WebDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      String why = "Skipping the browser test: " + (CHROMIUM.canExecute() ? CHROMEDRIVER : CHROMIUM)
          + " is missing (apt-get install -y chromium chromium-driver).";
      System.out.println(why);
      Assumptions.abort(why);
    }
    TestIndex.build(out, List.of());
    service = LuceneSearchService.open(out, TestIndex.CONFIG.index());
    server = WebServer.start(service, new ServeSettings("127.0.0.1", 0, null),
        TestIndex.CONFIG.index().maxQueryChars());

    SELENIUM_LOG.setLevel(Level.WARNING);
    // Debian's chromium is often newer than the DevTools versions this Selenium knows; the test
    // uses WebDriver only, so the "closest CDP version" warning is noise.
    DEVTOOLS_LOG.setLevel(Level.SEVERE);
    driverService = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER)
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1360,1200",
        "--lang=en-GB");
    driver = new ChromeDriver(driverService, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (driverService != null) {
      driverService.stop();
    }
    if (server != null) {
      server.close();
    }
    if (service != null) {
      service.close();
    }
  }

  @Test
  void searchDrillDownThemePageAndNoScriptFromComments() throws Exception {
    driver.get(server.url());
    WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    wait.until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
    assertEquals(TestIndex.sentenceCount() + " sentences", text(".results-total"));

    // Search: highlighted matches, one card per sentence.
    box.sendKeys("baggage", Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().contains("q=baggage"));
    wait.until(d -> !d.findElements(By.cssSelector(".hit mark")).isEmpty());
    List<WebElement> hits = driver.findElements(By.cssSelector(".hit"));
    assertTrue(hits.size() >= 3, "hits: " + hits.size());
    for (WebElement hit : hits) {
      assertTrue(hit.findElement(By.cssSelector(".quote")).getText().toLowerCase().contains("bag")
          || hit.findElement(By.cssSelector(".quote")).getText().toLowerCase().contains("suitcase"),
          hit.getText());
    }
    String total = text(".results-total");

    // The comment with <script> shows as text and nothing ran.
    WebElement scriptHit = hits.stream()
        .filter(h -> h.getText().contains("alert(1)")).findFirst()
        .orElseThrow(() -> new AssertionError("the <script> comment is not among the hits"));
    assertTrue(scriptHit.findElement(By.cssSelector(".quote")).getText()
        .contains("<script>alert(1)</script>"), scriptHit.getText());
    assertEquals(0, driver.findElements(By.cssSelector("#view script, #view img")).size());
    assertNoAlert();
    screenshot("search");

    // Drill down on a facet: channel = email.
    WebElement email = driver.findElement(
        By.cssSelector(".facet[data-facet='channel'] a.facet-value[data-value='email']"));
    String emailCount = email.findElement(By.cssSelector(".count")).getText();
    email.click();
    wait.until(d -> d.getCurrentUrl().contains("f.channel=email"));
    wait.until(d -> !text(".results-total").equals(total));
    assertEquals(emailCount + " sentences", text(".results-total"));
    for (WebElement hit : driver.findElements(By.cssSelector(".hit"))) {
      assertEquals("email", hit.findElement(By.cssSelector(".channel")).getText().toLowerCase());
    }
    assertTrue(driver.findElement(
        By.cssSelector(".facet[data-facet='channel'] a.facet-value[data-value='email']"))
        .getAttribute("class").contains("active"));
    assertFalse(driver.findElements(By.cssSelector(".active-filters .chip")).isEmpty());
    screenshot("search-drilldown");

    // Open a theme page from a hit's theme chip.
    WebElement chip = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".hit a.chip.theme[href='#/theme/" + TestIndex.BAGGAGE + "']")));
    chip.click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.theme-title"), "Baggage"));
    assertTrue(driver.getCurrentUrl().endsWith("#/theme/" + TestIndex.BAGGAGE));
    assertTrue(text(".tiles").toLowerCase().contains("comments"), text(".tiles"));
    assertEquals("Lost baggage", text(".subthemes li a"));
    assertFalse(driver.findElements(By.cssSelector("svg.chart rect.bar")).isEmpty());
    assertFalse(driver.findElements(By.cssSelector("svg.chart polyline.sent-line")).isEmpty());
    assertTrue(text(".idea-list").contains("bring back the free baggage allowance"),
        text(".idea-list"));
    assertFalse(driver.findElements(By.cssSelector(".hits.plain .hit")).isEmpty());
    assertNoAlert();
    screenshot("theme");

    // Sub-theme, then back up through the breadcrumb.
    driver.findElement(By.cssSelector(".subthemes li a")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.theme-title"), "Lost baggage"));
    assertTrue(text(".crumbs").contains("Baggage"));
  }

  @Test
  void themesOverviewIdeasAndMarkupInMetadata() throws Exception {
    driver.get(server.url() + "#/themes");
    wait.until(d -> d.findElements(By.cssSelector("table.themes tbody tr")).size() == 4);
    assertEquals("Baggage", text("table.themes tbody tr .theme-link"));
    assertEquals(4, driver.findElements(By.cssSelector("table.themes svg.spark polyline")).size());
    driver.findElement(By.cssSelector(".segmented a[data-order='negative']")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("table.themes tbody tr .theme-link"),
        "Lost baggage"));
    screenshot("themes");

    driver.findElement(By.cssSelector("nav.tabs a[data-nav='ideas']")).click();
    wait.until(d -> d.findElements(By.cssSelector(".idea")).size() == 3);
    assertTrue(text(".idea h3").toLowerCase().contains("make the wifi free"));
    assertTrue(text(".idea .evidence").contains("Please make the wifi free for everyone."));
    screenshot("ideas");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("owner")))
        .selectByValue("Logistics");
    wait.until(d -> d.findElements(By.cssSelector(".idea")).size() == 2);

    // Markup in a comment and in a metadata value is text; nothing ran.
    driver.get(server.url() + "#/search?q=rude");
    wait.until(d -> !d.findElements(By.cssSelector(".hit")).isEmpty());
    String card = text(".hit");
    assertTrue(card.contains("<img src=x onerror=\"window.__xss=1\">"), card);
    assertTrue(card.contains("Region: <img src=y onerror=\"window.__xss=2\">"), card);
    assertNull(((JavascriptExecutor) driver).executeScript("return window.__xss;"));
    assertEquals(0, driver.findElements(By.cssSelector("#view img")).size());
    assertNoAlert();
  }

  /** Split by survey question, themes and ideas can be narrowed to one question's answers. */
  @Test
  void themesAndIdeasOfOneSurveyQuestion(@TempDir Path byQuestion) throws Exception {
    TestIndex.buildByQuestion(byQuestion);
    try (SearchService split = LuceneSearchService.open(byQuestion, TestIndex.CONFIG.index());
         WebServer splitServer = WebServer.start(split, new ServeSettings("127.0.0.1", 0, null),
             TestIndex.CONFIG.index().maxQueryChars())) {
      driver.get(splitServer.url() + "#/themes");
      wait.until(d -> d.findElements(By.cssSelector("table.themes tbody tr")).size() == 4);
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("question")))
          .selectByValue("Q2");
      wait.until(d -> d.findElements(By.cssSelector("table.themes tbody tr")).size() == 2);
      assertEquals(List.of("Wifi", "Staff"), driver.findElements(
          By.cssSelector("table.themes tbody tr .theme-link")).stream()
          .map(WebElement::getText).toList());

      driver.get(splitServer.url() + "#/ideas?question=Q3");
      wait.until(d -> d.findElements(By.cssSelector(".idea")).size() == 2);
      assertTrue(driver.findElements(By.cssSelector(".idea .chip.question")).stream()
          .allMatch(c -> c.getText().equals("Q3")));
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("owner")))
          .selectByValue("Logistics");
      wait.until(d -> d.getCurrentUrl().contains("owner=Logistics"));
      assertTrue(driver.getCurrentUrl().contains("question=Q3"), "the question filter stays");
      wait.until(d -> d.findElements(By.cssSelector(".idea")).size() == 2);
      screenshot("ideas-by-question");
      assertNoAlert();
    }
    // An index without questions shows no question filter.
    driver.get(server.url() + "#/ideas");
    wait.until(d -> d.findElements(By.cssSelector(".idea")).size() == 3);
    assertFalse(driver.findElement(By.id("question")).isDisplayed());
  }

  private static String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  private static void assertNoAlert() {
    try {
      String alert = driver.switchTo().alert().getText();
      throw new AssertionError("a script from a comment ran: alert(" + alert + ")");
    } catch (NoAlertPresentException expected) {
      // good
    }
  }

  private static void screenshot(String name) throws IOException, URISyntaxException {
    // <build dir>/test-classes -> <build dir>/screenshots
    Path classes = Path.of(BrowserTest.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    Path dir = Files.createDirectories(classes.getParent().resolve("screenshots"));
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
