package io.matchday.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A client error the API answers as RFC 7807 problem JSON: a status, a type URN, a title, a
 * detail, the fields at fault and any extra members (such as suggested team names).
 */
public final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<FieldProblem> errors;
    private final Map<String, Object> extra;

    ApiProblem(HttpStatus status, String type, String title, String detail, List<FieldProblem> errors,
               Map<String, Object> extra) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extra = Map.copyOf(extra);
    }

    public static ApiProblem invalid(List<FieldProblem> errors) {
        String detail = errors.size() == 1 ? errors.get(0).pointer() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-request", "Invalid request", detail, errors, Map.of());
    }

    public static ApiProblem invalid(String pointer, String message) {
        return invalid(List.of(new FieldProblem(pointer, message)));
    }

    public static ApiProblem notFound(String type, String title, String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, type, title, detail, List.of(), Map.of());
    }

    static ApiProblem tooLarge(String detail) {
        return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Request too large", detail, List.of(), Map.of());
    }

    /** The same problem with its field pointers mapped (another request shape names the fields differently). */
    ApiProblem withPointers(java.util.function.UnaryOperator<String> rename) {
        List<FieldProblem> renamed = errors.stream().map(e -> new FieldProblem(rename.apply(e.pointer()), e.message())).toList();
        String detail = getMessage();
        for (FieldProblem e : errors) {
            detail = detail.replace(e.pointer() + ":", rename.apply(e.pointer()) + ":");
        }
        return new ApiProblem(status, type, title, detail, renamed, extra);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The fields at fault, each with a JSON Pointer and a message. */
    public List<FieldProblem> errors() {
        return errors;
    }

    /** Extra members, e.g. {@code suggestions} for an unknown team. */
    public Map<String, Object> extra() {
        return extra;
    }

    ProblemDetail toProblemDetail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(type(type));
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        extra.forEach(problem::setProperty);
        return problem;
    }

    /** Writes the problem as the response, for filters that answer before Spring MVC's handlers can. */
    void write(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
               com.fasterxml.jackson.databind.ObjectMapper json) throws java.io.IOException {
        ProblemDetail problem = toProblemDetail();
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Problem types are URNs: stable names that do not pretend to be documentation URLs. */
    static URI type(String name) {
        return URI.create("urn:matchday:problem:" + name);
    }
}
