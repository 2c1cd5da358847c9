package io.matchday.web.jobs;

import io.matchday.jobs.Trigger;
import io.matchday.web.View;
import java.util.List;

/** Every retraining trigger of a division's model as it stands now, loaded after the page (it measures drift). */
public record TriggersFragment(List<Trigger> triggers) implements View {

    @Override
    public String template() {
        return "fragments/triggers.jte";
    }
}
