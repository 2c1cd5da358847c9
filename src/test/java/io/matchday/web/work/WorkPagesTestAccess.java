package io.matchday.web.work;

import io.matchday.web.Console;
import io.matchday.work.BackgroundWork;

/** The work pages for another section's controller test (their constructor is the package's own). */
public final class WorkPagesTestAccess {

    private WorkPagesTestAccess() {
    }

    public static WorkPages pages(Console console, BackgroundWork work) {
        return new WorkPages(console, work);
    }
}
