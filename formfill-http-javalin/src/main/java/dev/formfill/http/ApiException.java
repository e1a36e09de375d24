package dev.formfill.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request failed in a way the client should hear about: becomes an {@code application/problem+json} response.
 * Internal: handlers throw it, {@link Exchange} renders it.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final transient Map<String, Object> extra = new LinkedHashMap<>();
    private final transient Map<String, String> headers = new LinkedHashMap<>();

    ApiException(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    static ApiException notFound(String detail) {
        return new ApiException(404, "JobNotFoundError", "Job not found", detail);
    }

    static ApiException unprocessable(String type, String detail) {
        return new ApiException(422, type, "Unprocessable upload", detail);
    }

    /** Adds a member to the problem document (e.g. {@code field}, {@code job_status}). */
    ApiException with(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    /** Adds a response header (e.g. {@code Retry-After}). */
    ApiException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    int status() { return status; }

    String type() { return type; }

    String title() { return title; }

    String detail() { return getMessage(); }

    Map<String, Object> extra() { return extra; }

    Map<String, String> headers() { return headers; }
}
