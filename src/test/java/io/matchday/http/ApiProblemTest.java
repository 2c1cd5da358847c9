package io.matchday.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.matchday.ConflictException;
import io.matchday.InvalidField;
import io.matchday.InvalidInputException;
import io.matchday.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** A service's refusal as the API answers it: the status its kind says, its code as the type, its fields as pointers. */
class ApiProblemTest {

    @Test
    void invalidInputIs422WithEveryFieldAtFault() {
        ProblemDetail problem = ApiProblem.of(InvalidInputException.of(List.of(new InvalidField("/home", "is required"),
                new InvalidField("/odds/away", "must be a decimal price above 1.0, got 0.9")))).toProblemDetail();
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getType()).isEqualTo(URI.create("urn:matchday:problem:invalid-request"));
        assertThat(problem.getDetail()).isEqualTo("2 fields are invalid");
        assertThat(problem.getProperties()).containsEntry("errors", List.of(new InvalidField("/home", "is required"),
                new InvalidField("/odds/away", "must be a decimal price above 1.0, got 0.9")));
    }

    @Test
    void somethingUnknownIs404WithItsDetails() {
        ProblemDetail problem = ApiProblem.of(new NotFoundException("unknown-team", "Unknown team", "no team 'Arsnal' in E0",
                List.of(new InvalidField("/home", "unknown team 'Arsnal'")), Map.of("suggestions", List.of("Arsenal")))).toProblemDetail();
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getTitle()).isEqualTo("Unknown team");
        assertThat(problem.getProperties()).containsEntry("suggestions", List.of("Arsenal"));
    }

    @Test
    void aConflictIs409() {
        assertThat(ApiProblem.of(new ConflictException("retraining-running", "Retraining already running", "e0-outcome is busy",
                Map.of("running", "r1"))).toProblemDetail().getStatus()).isEqualTo(409);
    }

    @Test
    void theReferenceShapeNamesItsOwnFields() {
        ProblemDetail problem = LegacyPointers.rename(InvalidInputException.of("/odds/home", "is required")).toProblemDetail();
        assertThat(problem.getDetail()).isEqualTo("/home_odds: is required");
        assertThat(problem.getProperties()).containsEntry("errors", List.of(new InvalidField("/home_odds", "is required")));
    }
}
