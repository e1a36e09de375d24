package dev.formfill.jobs;

import dev.formfill.core.DetectedField;
import dev.formfill.core.PrepareOptions;
import dev.formfill.core.detect.FieldDetector;
import dev.formfill.core.detect.PageImage;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real detector (registered through {@code FormPreparer.builder().detector(...)}) that parks every
 * call until the test opens its gate, and records how many calls were inside at once.
 */
final class BlockingDetector implements FieldDetector {

    static final String NAME = "blocking";

    private final CountDownLatch gate = new CountDownLatch(1);
    /** One permit per call that has entered. */
    final Semaphore entered = new Semaphore(0);
    final AtomicInteger inside = new AtomicInteger();
    final AtomicInteger maxInside = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<DetectedField> detect(PageImage page, PrepareOptions options) {
        int now = inside.incrementAndGet();
        maxInside.accumulateAndGet(now, Math::max);
        calls.incrementAndGet();
        entered.release();
        try {
            if (!gate.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the test never opened the gate");
            }
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while blocked", e);
        } finally {
            inside.decrementAndGet();
        }
    }

    void open() {
        gate.countDown();
    }

    /** Waits until {@code n} calls have entered (cumulative). */
    void awaitEntered(int n) throws InterruptedException {
        if (!entered.tryAcquire(n, 60, TimeUnit.SECONDS)) {
            throw new AssertionError("only " + entered.availablePermits() + " of " + n + " detector calls arrived");
        }
        entered.release(n);
    }
}
