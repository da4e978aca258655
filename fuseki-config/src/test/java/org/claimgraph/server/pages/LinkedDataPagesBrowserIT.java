package org.claimgraph.server.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
 * The pages as a person sees them, in Debian's headless Chromium: home page, a search for 开源, an entity page from
 * the results, a claim reached through a link, the language switch and the Fuseki query UI. Screenshots go to
 * {@code target/screenshots/}.
 */
class LinkedDataPagesBrowserIT {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

  @TempDir
  static Path store;
  @TempDir
  static Path profile;
  static PagesFixture fixture;
  static WebDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("This browser test needs " + CHROMIUM + " and " + CHROMEDRIVER + ". Install Debian's packages:"
          + " apt-get install -y chromium chromium-driver");
    }
    // Never let Selenium Manager look for (or download) a driver or browser.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    // The UI module as the server sets it up: its files from the jena-fuseki-ui jar, datasets from /$/server.
    fixture = PagesFixture.start(TDB2Factory.connectDataset(store.toString()).asDatasetGraph(),
        builder -> builder.fusekiModules(FusekiModules.create(FMod_UI.create()))
            .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(store))
            .addServlet("/$/server", new ActionServerStatus())
            .enablePing(true));

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=zh-CN");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void aPersonSearchesOpensAnEntityFollowsLinksAndSwitchesLanguage() throws IOException {
    // Home page: statistics, charts, the search box.
    browser.get(fixture.url("/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-search")));
    assertThat(browser.getTitle()).contains("claimgraph");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
    assertThat(text(By.cssSelector(".stats"))).contains("三元组").contains("主张");
    assertThat(browser.findElements(By.cssSelector("svg.bars rect"))).hasSizeGreaterThanOrEqualTo(4);
    assertThat(browser.findElement(By.cssSelector("svg.bars")).isDisplayed()).isTrue();
    screenshot("home");

    // Search for 开源 and open the first entity among the results.
    WebElement box = browser.findElement(By.id("home-search"));
    box.sendKeys("开源");
    box.submit();
    wait.until(ExpectedConditions.urlContains("/search"));
    List<WebElement> hits = browser.findElements(By.cssSelector("a.hit-title"));
    assertThat(hits).extracting(WebElement::getText).contains("开源模型");
    WebElement entityHit = hits.stream().filter(a -> a.getAttribute("href").contains("/id/entity/")).findFirst()
        .orElseThrow(() -> new AssertionError("no entity among the results for 开源"));
    screenshot("search");
    entityHit.click();

    // The entity page: title, highlighted mentions, the neighbourhood picture.
    wait.until(ExpectedConditions.urlContains("/id/entity/"));
    assertThat(text(By.tagName("h1"))).isEqualTo("开源模型");
    List<WebElement> marks = browser.findElements(By.cssSelector("#mentions mark"));
    assertThat(marks).hasSize(3).allSatisfy(mark -> {
      assertThat(mark.isDisplayed()).isTrue();
      assertThat(mark.getText()).isEqualTo("开源模型");
    });
    assertThat(text(By.id("mentions"))).contains("OpenAI的首席执行官Sam Altman表示，开源模型可能带来风险。");
    WebElement picture = browser.findElement(By.cssSelector("svg.neighbourhood"));
    assertThat(picture.isDisplayed()).isTrue();
    assertThat(picture.getSize().getWidth()).isGreaterThan(300);
    assertThat(browser.findElements(By.cssSelector("svg.neighbourhood .spot circle"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(text(By.id("claims-about"))).contains("支持专有").contains("开源模型可能带来风险");
    screenshot("entity");

    // Follow a link: the claim made about it, with the claim marked in its sentence.
    browser.findElement(By.linkText("开源模型可能带来风险")).click();
    wait.until(ExpectedConditions.urlContains("/claim/"));
    assertThat(text(By.tagName("h1"))).isEqualTo("开源模型可能带来风险");
    assertThat(text(By.cssSelector("figure.source mark"))).isEqualTo("开源模型可能带来风险");
    assertThat(text(By.cssSelector(".claim-card .badge"))).isEqualTo("支持专有");
    assertThat(text(By.cssSelector(".claim-card dl"))).contains("萨姆·奥尔特曼").contains("间接引语").contains("风险");
    screenshot("claim");

    // Its document: fields, the index of entities by type, the claims.
    browser.findElement(By.cssSelector(".claim-card dd a[href='/id/doc/genai']")).click();
    wait.until(ExpectedConditions.urlContains("/id/doc/genai"));
    assertThat(text(By.cssSelector("#document dl"))).contains("2023-10-19").contains("葛凌")
        .contains("corpus/genai-balance-2023.zh.raw.txt");
    assertThat(text(By.id("entities"))).contains("人物").contains("公司").contains("OpenAI");
    screenshot("document");
    browser.navigate().back();

    // From the claim to its claimant, then into the picture: links inside the SVG work too.
    browser.findElement(By.linkText("萨姆·奥尔特曼")).click();
    wait.until(ExpectedConditions.urlContains("/id/entity/sam-altman"));
    browser.findElement(By.cssSelector("svg.neighbourhood a[href='/id/entity/openai'] circle")).click();
    wait.until(ExpectedConditions.urlContains("/id/entity/openai"));
    assertThat(text(By.tagName("h1"))).isEqualTo("OpenAI");

    // The language switch: the same page in English, and the choice sticks on the next page.
    browser.findElement(By.id("lang-switch")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    assertThat(text(By.id("mentions"))).startsWith("Mentions");
    browser.get(fixture.url(LinkedDataPagesTest.page("entity/开源模型")));
    assertThat(text(By.tagName("h1"))).isEqualTo("open-source models");
    screenshot("entity-en");

    // The Fuseki query UI is still reachable, and the page's DESCRIBE link fills its editor.
    String describe = browser.findElement(By.id("describe-link")).getAttribute("href");
    browser.get(describe);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror, .yasqe")));
    wait.until(d -> ((JavascriptExecutor) d).executeScript(
        "var cm = document.querySelector('.CodeMirror'); return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : '';")
        .toString().contains("DESCRIBE"));
    // The UI found the dataset's query endpoint (its API calls resolve) and runs the query.
    wait.until(d -> !d.findElements(By.cssSelector(".yasqe_queryButton")).isEmpty());
    browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "open-source models"));
    assertThat(browser.getPageSource().contains("status code 404")).as("a UI request failed with 404").isFalse();
    screenshot("query-ui");
    // An old-style link to the UI's own index page lands on the same UI, keeping its #/ route.
    browser.get(fixture.url("/index.html#/dataset/kg/query"));
    wait.until(ExpectedConditions.urlContains("/?ui#/dataset/kg/query"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe")));
    browser.get(fixture.url("/"));
    assertThat(browser.findElement(By.id("home-search")).isDisplayed()).isTrue();
    assertThat(text(By.cssSelector(".stats"))).contains("triples");
    screenshot("home-en");

    // An ontology term has the generic page; a phone-sized window gets one column.
    browser.get(fixture.url("/resource?iri=" + java.net.URLEncoder.encode(LinkedDataPagesTest.CG + "Company",
        java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(text(By.tagName("h1"))).isEqualTo("company");
    assertThat(text(By.id("incoming"))).contains("OpenAI");
    screenshot("ontology-term");
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(fixture.url(LinkedDataPagesTest.page("entity/sam-altman")));
    WebElement main = browser.findElement(By.cssSelector(".primary"));
    WebElement aside = browser.findElement(By.cssSelector(".secondary"));
    assertThat(aside.getLocation().getY()).as("the data card goes below the main column").isGreaterThan(main.getLocation().getY());
    assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;"))
        .as("no sideways scrolling").isLessThanOrEqualTo(390L);
    screenshot("entity-phone");
  }

  static String text(By by) {
    return browser.findElement(by).getText().strip();
  }

  /** Saves the whole page, not just the window, by growing the window to the page's height first. */
  static void screenshot(String name) throws IOException {
    Dimension window = browser.manage().window().getSize();
    long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
    browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height + 100, 900), 4000)));
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    browser.manage().window().setSize(window);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    assertThat(png.length).as(name + ".png").isGreaterThan(10_000);
  }
}
