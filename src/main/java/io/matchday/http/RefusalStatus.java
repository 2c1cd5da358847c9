package io.matchday.http;

import io.matchday.ConflictException;
import io.matchday.NotFoundException;
import io.matchday.Refusal;
import org.springframework.http.HttpStatus;

/** The HTTP status of a service's refusal, for the API's problems and the console's pages alike. */
public final class RefusalStatus {

    private RefusalStatus() {
    }

    /** Something unknown 404, a conflict with what is going on 409, invalid input 422. */
    public static HttpStatus of(Refusal refusal) {
        if (refusal instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (refusal instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
