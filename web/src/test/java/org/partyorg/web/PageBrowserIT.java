package org.partyorg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partyorg.divisions.NbsDivisions;
import org.partyorg.serialization.Form;
import org.partyorg.serialization.PartyOrg;

/**
 * The page and the HTML report in a real browser: Debian's headless Chromium driven by its own
 * chromedriver (no browser download). A machine without them fails here with the command that installs
 * them, never skips: {@code scripts/test.sh} installs them before the build.
 */
class PageBrowserIT {
    static final Path CHROMIUM = Path.of(System.getProperty("partyorg.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("partyorg.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path EXAMPLES = ApiTest.EXAMPLES;

    static PartyOrgServer server;
    static PartyOrgServer small;
    static ChromeDriver browser;
    static WebDriverWait wait;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the browser tests need Debian's Chromium and ChromeDriver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): run scripts/test.sh, which installs them, or apt-get install -y chromium chromium-driver");
        }
        server = PartyOrgServer.builder().port(0).start();
        small = PartyOrgServer.builder().port(0).maxUploadBytes(1 << 20).start();
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("partyorg-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // as root in CI: no sandbox; and no background connections, which this closed network refuses
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1100", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        deleteQuietly(profile);
        if (server != null) {
            server.close();
            small.close();
        }
    }

    /**
     * The browser's profile, once it has quit; not a {@code @TempDir}, whose failure to delete would fail the
     * class should a browser helper process still be writing there.
     */
    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is no test failure
        }
    }

    @BeforeEach
    void openThePage() {
        browser.get(server.uri().toString());
        wait.until(b -> "true".equals(b.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    @Test
    void theGuizhouDatasetIsCleanAndItsStatisticsAreCharted() throws IOException {
        upload(EXAMPLES.resolve("guizhou.json"));

        assertThat(text("summary-line")).isEqualTo("guizhou.json：9974 条记录，0 个错误，0 个警告，0 条提示");
        assertThat(text("count-errors")).isEqualTo("0");
        assertThat(browser.findElement(By.cssSelector("#summary .clean")).getText()).isEqualTo("没有发现问题。");
        screenshot("findings-clean");

        click("tab-stats");
        wait.until(b -> rendered("orgType") && rendered("serviceByMonth"));
        for (String chart : List.of("orgType", "orgSector", "memberStage", "memberStatus", "ageBand", "education", "ethnicity",
                "secretaryBackground", "townshipGrids", "serviceByMonth", "postingsByYear", "postingStatus")) {
            assertThat(rendered(chart)).as(chart).isTrue();
            assertThat(seriesPoints(chart)).as(chart).isPositive();
        }
        // the counts behind the bars are the library's: 40 organizations, 21 of them branches
        assertThat(seriesData("orgType")).contains(21L, 11L);
        assertThat(browser.findElement(By.cssSelector(".kpis .kpi")).getText()).contains("40").contains("党组织");
        // the dataset carries a year of working life (format 1.1): its section is shown
        wait.until(b -> rendered("applications") && rendered("cadence"));
        screenshot("statistics");
        assertThat(policyViolations()).isEmpty();
    }

    @Test
    void findingsFilterSortAndExplainTheirRules() throws IOException {
        upload(EXAMPLES.resolve("koujiang-village-mistakes.json"));

        assertThat(text("summary-line")).isEqualTo("koujiang-village-mistakes.json：11 条记录，2 个错误，1 个警告，0 条提示");
        assertThat(rows()).containsExactly("错误 IDN-002 党员 m-0 /members/0/idNumber", "错误 MEM-010 党员 m-4 /members/4/admittedOn",
                "警告 GRID-004 网格 g-1 /grids/0/households");

        new Select(browser.findElement(By.id("filter-severity"))).selectByValue("WARNING");
        assertThat(rows()).containsExactly("警告 GRID-004 网格 g-1 /grids/0/households");
        assertThat(text("shown")).isEqualTo("显示 1 / 3 条");
        new Select(browser.findElement(By.id("filter-severity"))).selectByValue("");
        new Select(browser.findElement(By.id("filter-type"))).selectByValue("member");
        assertThat(rows()).hasSize(2);
        new Select(browser.findElement(By.id("filter-type"))).selectByValue("");

        browser.findElement(By.cssSelector("th[data-sort=ruleId]")).click();
        assertThat(rows()).extracting(r -> r.split(" ")[1]).containsExactly("GRID-004", "IDN-002", "MEM-010");
        browser.findElement(By.cssSelector("th[data-sort=ruleId]")).click();
        assertThat(rows()).extracting(r -> r.split(" ")[1]).containsExactly("MEM-010", "IDN-002", "GRID-004");
        screenshot("findings");

        browser.findElements(By.cssSelector("#findings .rule-link")).stream().filter(b -> b.getText().equals("GRID-004")).findFirst()
                .orElseThrow().click();
        wait.until(b -> b.findElement(By.id("rule-dialog")).isDisplayed());
        assertThat(text("rule-title")).startsWith("GRID-004 ");
        assertThat(text("rule-checks")).contains("500");
        screenshot("rule");
        click("rule-close");
        // the ID number of the first finding's message is masked, as everywhere on the page
        assertPageHoldsNoPersonalNumber();
    }

    @Test
    void theEnglishSwitchAsksAgainInEnglish() throws IOException {
        upload(EXAMPLES.resolve("koujiang-village-mistakes.json"));

        click("lang");
        wait.until(b -> text("summary-line").startsWith("koujiang-village-mistakes.json: 11 record(s)"));
        assertThat(text("summary-line")).isEqualTo("koujiang-village-mistakes.json: 11 record(s), 2 error(s), 1 warning(s), 0 info(s)");
        assertThat(text("tab-stats")).isEqualTo("Statistics");
        assertThat(browser.findElements(By.cssSelector("#findings tbody td.message")).get(2).getText())
                .isEqualTo("The grid has 800 households, more than 500");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        click("tab-stats");
        wait.until(b -> rendered("orgType"));
        assertThat(browser.findElement(By.cssSelector("[data-chart=orgType] h3")).getText()).isEqualTo("Organizations by type");
        // near miss of the working-life charts: format 1.0 data has none, and the section is not shown
        assertThat(browser.findElements(By.cssSelector("[data-chart=applications]"))).isEmpty();
        screenshot("english");
    }

    @Test
    void workingLifeDataGetsItsOwnCharts() throws IOException {
        upload(EXAMPLES.resolve("koujiang-village-1.1.json"));
        click("tab-stats");

        wait.until(b -> rendered("applications"));
        for (String chart : List.of("applications", "cadence", "meetingsByKind", "dues", "transfers")) {
            assertThat(rendered(chart)).as(chart).isTrue();
        }
        assertThat(browser.findElement(By.cssSelector("[data-chart=cadence]")).getAttribute("data-points")).isNotEqualTo("0");
        screenshot("working-life");
        assertThat(policyViolations()).isEmpty();
    }

    @Test
    void aStreamFileAndPastedJsonAreValidatedToo() throws IOException {
        upload(EXAMPLES.resolve("koujiang-village.ndjson"));
        assertThat(text("summary-line")).startsWith("koujiang-village.ndjson：").endsWith("0 个错误，0 个警告，0 条提示");

        browser.findElement(By.cssSelector("#paste-box summary")).click();
        WebElement paste = browser.findElement(By.id("paste"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", paste,
                Files.readString(EXAMPLES.resolve("koujiang-village-mistakes.json")));
        click("run-paste");
        wait.until(b -> text("summary-line").startsWith("粘贴的内容："));
        assertThat(text("summary-line")).isEqualTo("粘贴的内容：11 条记录，2 个错误，1 个警告，0 条提示");
    }

    @Test
    void hostileUploadsGetAClearMessage(@TempDir Path dir) throws IOException {
        browser.get(small.uri().toString());
        wait.until(b -> "true".equals(b.findElement(By.tagName("body")).getAttribute("data-ready")));
        Path big = dir.resolve("big.json");
        Files.write(big, " ".repeat((1 << 20) + 10).getBytes(StandardCharsets.US_ASCII));
        upload(big, false);
        wait.until(b -> b.findElement(By.id("error")).isDisplayed());
        assertThat(text("error")).isEqualTo("上传的文件超过服务器的大小限制（1 MiB）。");
        screenshot("too-large");

        Path malformed = dir.resolve("malformed.json");
        Files.writeString(malformed, "{\"schemaVersion\": \"1.0\", \"members\": [");
        upload(malformed);
        assertThat(rows()).first().asString().startsWith("错误 DOC-001");
        assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();

        Path utf16 = dir.resolve("utf16.json");
        Files.write(utf16, Files.readString(EXAMPLES.resolve("koujiang-village-mistakes.json")).getBytes(StandardCharsets.UTF_16));
        upload(utf16);
        assertThat(rows()).first().asString().startsWith("错误 DOC-001");
        assertThat(browser.findElement(By.cssSelector("#findings tbody td.message")).getText()).contains("UTF-8");
    }

    @Test
    void aHundredThousandFindingsArePaged(@TempDir Path dir) throws IOException {
        // 25,000 members of an unknown organization with a wrong ID number: four findings each, and more
        Path many = dir.resolve("many.ndjson");
        StringBuilder lines = new StringBuilder("{\"recordType\":\"header\",\"schemaVersion\":\"1.0\",\"asOf\":\"2023-08-18\"}\n");
        for (int i = 0; i < 40_000; i++) {
            lines.append("{\"recordType\":\"member\",\"id\":\"m").append(i).append("\",\"orgId\":\"nowhere\",\"stage\":\"FULL\"}\n");
        }
        Files.writeString(many, lines);
        upload(many);

        String shown = text("shown");
        assertThat(shown).matches("显示 100000 / 100000 条");
        assertThat(browser.findElements(By.cssSelector("#findings tbody tr"))).hasSize(100);
        assertThat(text("page-info")).isEqualTo("第 1/1000 页");
        assertThat(browser.findElement(By.cssSelector("#summary .notice")).getText()).isEqualTo("只列出前 100000 条发现，其余已计数。");
        click("next");
        assertThat(text("page-info")).isEqualTo("第 2/1000 页");
        new Select(browser.findElement(By.id("filter-rule"))).selectByIndex(1);
        assertThat(text("shown")).matches("显示 \\d+ / 100000 条");
        assertThat(text("page-info")).startsWith("第 1/");
    }

    @Test
    void theHtmlReportOpensWithoutAServer() throws IOException {
        Path report = Path.of("target", "statistics-report.html").toAbsolutePath();
        NbsDivisions names = NbsDivisions.nbs2023();
        StringWriter html = new StringWriter();
        StatisticsReport.html(PartyOrg.statistics(EXAMPLES.resolve("koujiang-village-1.1.json"), Form.DOCUMENT), 0,
                code -> names.find(code).map(d -> d.name()), "koujiang-village-1.1.json", html);
        Files.writeString(report, html.toString());

        browser.get(report.toUri().toString());
        wait.until(b -> rendered("orgType") && rendered("applications"));
        assertThat(text("report-title")).isEqualTo("统计报告");
        screenshot("report");
        click("lang");
        wait.until(b -> text("report-title").equals("Statistics report"));
        assertThat(rendered("orgType")).isTrue();
        assertThat(browser.findElement(By.cssSelector("[data-chart=applications] h3")).getText()).isEqualTo("Applications funnel");
        assertThat(policyViolations()).isEmpty();
    }

    // --- what a person sees ---

    private static void upload(Path file) {
        upload(file, true);
    }

    private static void upload(Path file, boolean expectReport) {
        // the previous summary goes, so that waiting for one waits for this upload's
        ((JavascriptExecutor) browser).executeScript("document.getElementById('summary').textContent = ''");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().normalize().toString());
        if (expectReport) {
            wait.until(b -> !b.findElements(By.id("summary-line")).isEmpty() && b.findElement(By.id("results")).isDisplayed()
                    && b.findElement(By.id("status")).getText().isEmpty());
        }
    }

    /** What a person sees of an element (its rendered text; nothing when hidden), read in one step while the page changes. */
    private static String text(String id) {
        Object shown = ((JavascriptExecutor) browser).executeScript("var e = document.getElementById(arguments[0]);"
                + "return e === null ? null : e.innerText;", id);
        return shown == null ? "" : shown.toString().strip();
    }

    private static void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    /** Each row of the findings table as "severity rule type record path" (the message left out). */
    private static List<String> rows() {
        return browser.findElements(By.cssSelector("#findings tbody tr")).stream().map(r -> r.findElements(By.tagName("td")))
                .map(cells -> cells.subList(0, Math.min(5, cells.size())).stream().map(WebElement::getText)
                        .reduce((a, b) -> a + " " + b).orElse(""))
                .toList();
    }

    private static boolean rendered(String chart) {
        List<WebElement> cards = browser.findElements(By.cssSelector("[data-chart=" + chart + "]"));
        return !cards.isEmpty() && "true".equals(cards.get(0).getAttribute("data-rendered"));
    }

    /** How many data points the chart's first series holds, as ECharts itself has them. */
    private static long seriesPoints(String chart) {
        Object n = ((JavascriptExecutor) browser).executeScript("var box = document.querySelector('[data-chart=' + arguments[0] + '] .chart');"
                + "return echarts.getInstanceByDom(box).getOption().series[0].data.length;", chart);
        return ((Number) n).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> seriesData(String chart) {
        return (List<Long>) ((JavascriptExecutor) browser).executeScript("var box = document.querySelector('[data-chart=' + arguments[0] + '] .chart');"
                + "return echarts.getInstanceByDom(box).getOption().series[0].data;", chart);
    }

    private static List<String> policyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    private static void assertPageHoldsNoPersonalNumber() {
        String shown = browser.findElement(By.tagName("body")).getText();
        Pattern personal = ApiTest.PERSONAL;
        assertThat(personal.matcher(shown).find()).as(shown).isFalse();
        assertThat(personal.matcher(browser.getPageSource()).find()).isFalse();
        assertThat(shown).contains("522631********0111");
    }

    /** Saves what the window shows; a long view (statistics) is taken whole, its window grown to fit. */
    private static void screenshot(String name) throws IOException {
        Dimension window = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        if (height > window.getHeight()) {
            browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 6000)));
        }
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        browser.manage().window().setSize(window);
    }
}
