package dev.formfill.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns pipeline steps into {@link ProgressEvent}s: validation takes 0–0.1, the page loop
 * (render then detect, page by page) 0.1–0.9, writing 0.9–1.0. Keeps the fraction monotonic
 * and shields the run from a failing listener.
 */
final class ProgressTracker {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressTracker.class);
    static final double PAGES_START = 0.1;
    static final double PAGES_END = 0.9;
    /** Share of one page's slice taken by rendering; detection takes the rest. */
    private static final double RENDER_SHARE = 0.25;

    private final ProgressListener listener;
    private double last;
    private int pageCount;

    ProgressTracker(ProgressListener listener) {
        this.listener = listener == null ? ProgressListener.NONE : listener;
    }

    void pageCount(int n) {
        this.pageCount = n;
    }

    void stage(Stage stage, double fraction) {
        emit(stage, fraction, -1);
    }

    void renderingPage(int i) {
        emit(Stage.RENDERING, pageFraction(i, 0), i);
    }

    void detectingPage(int i) {
        emit(Stage.DETECTING, pageFraction(i, RENDER_SHARE), i);
    }

    void pageDone(int i) {
        emit(Stage.DETECTING, pageFraction(i, 1), i);
    }

    private double pageFraction(int i, double within) {
        double slice = (PAGES_END - PAGES_START) / Math.max(1, pageCount);
        return PAGES_START + slice * (i + within);
    }

    private void emit(Stage stage, double fraction, int page) {
        last = Math.max(last, Math.min(1.0, fraction));
        try {
            listener.onProgress(new ProgressEvent(stage, last, page, pageCount));
        } catch (RuntimeException e) {
            LOG.warn("progress listener failed; ignoring it", e);
        }
    }
}
