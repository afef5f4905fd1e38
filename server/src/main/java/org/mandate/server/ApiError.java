package org.mandate.server;

import java.util.List;
import org.mandate.core.scenario.Problem;

/**
 * A user's mistake, answered with an HTTP status and a JSON body ({@code error}, and {@code problems} when a scenario
 * file was at fault). Carries no stack: it is never printed.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<Problem> problems;

    /** An error with the given status and message, and the located problems of a file (may be empty). */
    public ApiError(int status, String message, List<Problem> problems) {
        super(message, null, false, false);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    /** 400: the request is wrong; the message says how. */
    public static ApiError badRequest(String message) {
        return new ApiError(400, message, List.of());
    }

    /** 403: the request names a file the workbench may not touch. */
    public static ApiError forbidden(String message) {
        return new ApiError(403, message, List.of());
    }

    /** 404: no such file, job or resource. */
    public static ApiError notFound(String message) {
        return new ApiError(404, message, List.of());
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The located problems of a scenario file, empty when the mistake was elsewhere. */
    public List<Problem> problems() {
        return problems;
    }
}
