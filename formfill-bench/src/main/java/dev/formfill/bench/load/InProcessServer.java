package dev.formfill.bench.load;

import java.net.URI;

/** A FormFill HTTP server started inside the harness's JVM on a free loopback port. */
final class InProcessServer implements AutoCloseable {

    private InProcessServer() {
    }

    /** Starts the server; fails until the http module provides one. */
    static InProcessServer start() {
        throw new IllegalStateException("no in-process server in this build yet: pass --url http://127.0.0.1:PORT "
                + "of a running './formfill serve'");
    }

    URI baseUri() {
        throw new IllegalStateException("not started");
    }

    @Override
    public void close() {
    }
}
