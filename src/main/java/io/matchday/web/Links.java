package io.matchday.web;

import io.matchday.work.BackgroundWork;

/** Where a thing's page is. */
public final class Links {

    private Links() {
    }

    /** The page following a piece of background work. */
    public static String work(BackgroundWork.Status w) {
        return switch (w.kind()) {
            case REPLAY -> "/replays/" + w.id();
            case BACKTEST -> "/runs/work/" + w.id();
            case INGEST -> "/data/work/" + w.id();
            case RETRAINING -> "/jobs/work/" + w.id();
        };
    }
}
