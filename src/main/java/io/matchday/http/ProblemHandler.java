package io.matchday.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.matchday.InvalidField;
import io.matchday.MatchdayException;
import io.matchday.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 7807 problem JSON. Bad input is a 4xx with the field at fault; only a fault
 * of the service itself is a 500, logged with its stack trace and answered without internals.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    private final org.springframework.beans.factory.ObjectProvider<PageNotFound> pages;

    ProblemHandler(org.springframework.beans.factory.ObjectProvider<PageNotFound> pages) {
        this.pages = pages;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem, HttpServletRequest request) {
        return respond(problem.toProblemDetail(), request);
    }

    /** A service refused the request: the fields at fault and the status its kind says. */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refusal(Refusal refusal, HttpServletRequest request) {
        return respond(ApiProblem.of(refusal).toProblemDetail(), request);
    }

    /** A domain rule the request broke (say, a date inside the model's training window). */
    @ExceptionHandler(MatchdayException.class)
    ResponseEntity<ProblemDetail> domain(MatchdayException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setType(ApiProblem.type("unprocessable"));
        problem.setTitle("Cannot forecast this request");
        return respond(problem, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> parameterType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "parameter '" + e.getName() + "' has an invalid value '" + e.getValue() + "'");
        problem.setType(ApiProblem.type("bad-parameter"));
        problem.setTitle("Bad parameter");
        problem.setProperty("errors", List.of(new InvalidField(e.getName(), "invalid value '" + e.getValue() + "'")));
        return respond(problem, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the service failed on this request; it is logged");
        problem.setTitle("Internal error");
        return respond(problem, request);
    }

    /** Malformed JSON, a wrong type, a body over the size limit: located as precisely as Jackson can. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ApiProblem problem) {
                return cast(respond(problem.toProblemDetail(), ((ServletWebRequest) request).getRequest()));
            }
            if (t instanceof Refusal refusal) {
                return cast(respond(ApiProblem.of(refusal).toProblemDetail(), ((ServletWebRequest) request).getRequest()));
            }
        }
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Unreadable request body");
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String pointer = pointer(mapping.getPath());
            String message = mapping instanceof InvalidFormatException invalid
                    ? "expected " + describe(invalid.getTargetType()) + ", got " + quote(invalid.getValue())
                    : mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null
                    ? "expected " + describe(mismatched.getTargetType())
                    : "invalid value";
            problem.setType(ApiProblem.type("wrong-type"));
            problem.setDetail(pointer + ": " + message);
            problem.setProperty("errors", List.of(new InvalidField(pointer, message)));
        } else if (cause instanceof MismatchedInputException mismatched) {
            problem.setType(ApiProblem.type("wrong-type"));
            problem.setDetail("expected " + describe(mismatched.getTargetType()) + " as the body");
        } else if (cause instanceof JsonProcessingException json) {
            problem.setType(ApiProblem.type("malformed-json"));
            problem.setDetail("malformed JSON: " + json.getOriginalMessage()
                    + (json.getLocation() == null ? "" : " at line " + json.getLocation().getLineNr()
                    + ", column " + json.getLocation().getColumnNr()));
        } else {
            problem.setType(ApiProblem.type("malformed-json"));
            problem.setDetail("the request needs a JSON body");
        }
        return cast(respond(problem, ((ServletWebRequest) request).getRequest()));
    }

    /** An unknown URL: the console's not-found page for a browser, problem JSON for everyone else. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(org.springframework.web.servlet.resource.NoResourceFoundException e,
                                                                    HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PageNotFound page = pages.getIfAvailable();
        if (page != null && request instanceof ServletWebRequest servlet && PageNotFound.wantsPage(servlet.getRequest())) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(org.springframework.http.MediaType.TEXT_HTML)
                    .body(page.render(servlet.getRequest()));
        }
        return super.handleNoResourceFoundException(e, headers, status, request);
    }

    /** Spring's own problems (404, 405, 415, …) get the request path as their instance too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }

    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName().replace("~", "~0").replace("/", "~1")
                    : String.valueOf(ref.getIndex()));
        }
        return pointer.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (yyyy-mm-dd)";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String quote(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }
}
