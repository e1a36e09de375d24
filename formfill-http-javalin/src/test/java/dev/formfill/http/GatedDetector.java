package dev.formfill.http;

import dev.formfill.core.Box;
import dev.formfill.core.DetectedField;
import dev.formfill.core.FieldType;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.FieldDetector;
import dev.formfill.core.detect.PageImage;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A detector (selected with model {@code "gated"}) that holds every page until the test opens the gate, then reports
 * one text box: it makes "still running" and "queue full" states deterministic without sleeping.
 */
final class GatedDetector implements FieldDetector {

    static final String NAME = "gated";

    private final Semaphore gate = new Semaphore(0);
    private final Semaphore entered = new Semaphore(0);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<DetectedField> detect(PageImage page, PrepareOptions options) {
        entered.release();
        try {
            if (!gate.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return List.of(DetectedField.of(page.pageIndex(), FieldType.TEXT_BOX, new Box(0.3, 0.2, 0.7, 0.24), 0.9));
    }

    /** Waits until a page has entered the detector. */
    void awaitEntered() throws InterruptedException {
        if (!entered.tryAcquire(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no page reached the detector");
        }
    }

    /** Lets {@code pages} pages through. */
    void open(int pages) {
        gate.release(pages);
    }
}
