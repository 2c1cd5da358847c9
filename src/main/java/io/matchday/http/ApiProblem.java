package io.matchday.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.matchday.InvalidField;
import io.matchday.InvalidInputException;
import io.matchday.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * A client error the API answers as RFC 7807 problem JSON: a status, a type URN, a title, a detail, the fields at
 * fault and any extra members (such as suggested team names). The edge's own checks (a body too large, a key
 * missing) make one directly; a service's {@link Refusal} becomes one by its kind ({@link #of}).
 */
final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<InvalidField> errors;
    private final Map<String, Object> extra;

    ApiProblem(HttpStatus status, String type, String title, String detail, List<InvalidField> errors, Map<String, Object> extra) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extra = Map.copyOf(extra);
    }

    /** A service's refusal: invalid input 422, something unknown 404, a conflict with what is going on 409. */
    static ApiProblem of(Refusal refusal) {
        return new ApiProblem(RefusalStatus.of(refusal), refusal.code(), refusal.title(), refusal.getMessage(), refusal.fields(),
                refusal.details());
    }

    static ApiProblem invalid(String pointer, String message) {
        return of(InvalidInputException.of(pointer, message));
    }

    static ApiProblem tooLarge(String detail) {
        return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Request too large", detail, List.of(), Map.of());
    }

    /** The same problem with its field pointers renamed (another request shape names the fields differently). */
    ApiProblem withPointers(UnaryOperator<String> rename) {
        List<InvalidField> renamed = errors.stream().map(e -> new InvalidField(rename.apply(e.pointer()), e.message())).toList();
        String detail = getMessage();
        for (InvalidField e : errors) {
            detail = detail.replace(e.pointer() + ":", rename.apply(e.pointer()) + ":");
        }
        return new ApiProblem(status, type, title, detail, renamed, extra);
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
    void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper json) throws IOException {
        ProblemDetail problem = toProblemDetail();
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Problem types are URNs: stable names that do not pretend to be documentation URLs. */
    static URI type(String name) {
        return URI.create("urn:matchday:problem:" + name);
    }
}
