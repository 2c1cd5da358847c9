package io.matchday.web;

import io.matchday.MatchdayException;
import io.matchday.Refusal;
import io.matchday.http.RefusalStatus;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of console pages as console pages: what was wrong, in a sentence, never a stack trace or
 * problem JSON. Only faults of the service itself are logged.
 */
@ControllerAdvice(basePackages = "io.matchday.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleErrors.class);

    private final Console console;

    ConsoleErrors(Console console) {
        this.console = console;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<String> refusal(Refusal e, HttpServletRequest request) {
        return page(request, RefusalStatus.of(e), e.title(), e.getMessage());
    }

    @ExceptionHandler(MatchdayException.class)
    ResponseEntity<String> domain(MatchdayException e, HttpServletRequest request) {
        return page(request, HttpStatus.UNPROCESSABLE_ENTITY, "Cannot do this", e.getMessage());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<String> badParameter(Exception e, HttpServletRequest request) {
        String detail = e instanceof MethodArgumentTypeMismatchException m
                ? "'" + m.getValue() + "' is not a valid " + m.getName() + (m.getRequiredType() == java.time.LocalDate.class
                ? " (a date is written yyyy-mm-dd)" : "")
                : e.getMessage();
        return page(request, HttpStatus.BAD_REQUEST, "Bad link", detail);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("console page failed: {} {}", request.getMethod(), request.getRequestURI(), e);
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "The page failed to render; the error is in the node's log.");
    }

    private ResponseEntity<String> page(HttpServletRequest request, HttpStatus status, String title, String detail) {
        return console.render(status, new StatusPages.ErrorPage(console.page(request, title, Section.NONE), status.value(), title,
                detail == null ? "" : detail));
    }
}
