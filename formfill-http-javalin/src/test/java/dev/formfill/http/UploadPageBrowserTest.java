package dev.formfill.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.formfill.jobs.JobSettings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The upload page end to end in headless Chromium (Debian's {@code chromium} + {@code chromium-driver}, which
 * {@code .ci/run} installs): choose a form, submit, watch the progress bar reach 100 %, see the page previews with
 * the fields drawn, download, and check the downloaded PDF has form fields. Skipped only where Chromium is absent.
 */
class UploadPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void uploadWatchProgressPreviewAndDownload() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium here; .ci/run installs it");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "no /usr/bin/chromedriver here; .ci/run installs it");
        Path form = dir.resolve("application form.pdf");
        Files.write(form, TestPdfs.form(2));
        Path downloads = Files.createDirectories(dir.resolve("downloads"));

        JobSettings jobs = JobSettings.builder().baseDir(dir.resolve("jobs")).build();
        try (ServerMain.Server server = ServerMain.Server.start(HttpSettings.builder().port(0).build(), jobs)) {
            WebDriver driver = startChromium(downloads);
            try {
                driver.get("http://127.0.0.1:" + server.port() + "/");
                new Select(driver.findElement(By.id("model"))).selectByValue("geometry");
                driver.findElement(By.id("file")).sendKeys(form.toString());
                driver.findElement(By.id("submit")).click();

                // Watch the bar: it only ever grows and ends at 100 % with the stage "ready".
                List<Integer> seen = new ArrayList<>();
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120), Duration.ofMillis(50));
                wait.until(d -> {
                    String pct = d.findElement(By.id("progress-percent")).getText().replace("%", "");
                    if (!pct.isEmpty()) {
                        seen.add(Integer.parseInt(pct));
                    }
                    return d.findElement(By.id("download")).isDisplayed();
                });
                assertEquals("100%", driver.findElement(By.id("progress-percent")).getText());
                assertEquals("ready", driver.findElement(By.id("stage")).getText());
                for (int i = 1; i < seen.size(); i++) {
                    assertTrue(seen.get(i) >= seen.get(i - 1), "progress went backwards: " + seen);
                }

                // One preview canvas per page, with the detected fields drawn on it.
                wait.until(d -> d.findElements(By.cssSelector("canvas.page-canvas")).size() == 2);
                int drawn = 0;
                for (WebElement c : driver.findElements(By.cssSelector("canvas.page-canvas"))) {
                    assertTrue(Integer.parseInt(c.getAttribute("width")) > 100);
                    drawn += Integer.parseInt(c.getAttribute("data-fields"));
                }

                String shot = System.getProperty("formfill.screenshot"); // for looking at the page by eye
                if (shot != null) {
                    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                            "document.querySelector('canvas.page-canvas').scrollIntoView()");
                    byte[] png = ((org.openqa.selenium.TakesScreenshot) driver)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
                    Files.write(Path.of(shot), png);
                }
                driver.findElement(By.id("download")).click();
                Path pdf = awaitDownload(downloads, Duration.ofSeconds(60));
                assertEquals("application_form_fillable.pdf", pdf.getFileName().toString());
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    PDAcroForm acro = doc.getDocumentCatalog().getAcroForm(null);
                    int fields = acro == null ? 0 : acro.getFields().size();
                    assertTrue(fields > 0, "the downloaded PDF has form fields");
                    assertTrue(drawn > 0, "the preview draws the fields");
                }
            } finally {
                driver.quit();
            }
        }
    }

    /** Headless Chromium from the system packages; nothing is downloaded (Selenium Manager is never needed). */
    private WebDriver startChromium(Path downloads) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
                "--window-size=1200,1000");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("safebrowsing.enabled", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return driver;
    }

    private static Path awaitDownload(Path downloads, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try (Stream<Path> s = Files.list(downloads)) {
                Optional<Path> done = s.filter(p -> p.toString().endsWith(".pdf")).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no download arrived in " + downloads);
    }
}
