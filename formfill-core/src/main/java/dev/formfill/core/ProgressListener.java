package dev.formfill.core;

/**
 * Receives pipeline progress. Called on the thread running the pipeline, so keep it quick.
 * An exception thrown here is logged and ignored: a listener can never break a run.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = event -> { };

    /** Called at each stage change and after each page step. */
    void onProgress(ProgressEvent event);
}
