package io.matchday.web.work;

import io.matchday.web.View;
import io.matchday.work.BackgroundWork;

/**
 * A piece of background work's progress card, which htmx polls until the work ends; {@code admin} offers cancelling
 * it (with the session's {@code csrf} token).
 */
public record WorkProgress(BackgroundWork.Status work, String csrf, boolean admin) implements View {

    @Override
    public String template() {
        return "fragments/work.jte";
    }
}
