package io.matchday.data;

import io.matchday.MatchdayException;

/** Decimal 1X2 prices of one bookmaker (or of the market average or maximum). */
public record OutcomePrices(double home, double draw, double away) {

    public OutcomePrices {
        requireDecimalPrice("home", home);
        requireDecimalPrice("draw", draw);
        requireDecimalPrice("away", away);
    }

    /** Sum of the implied probabilities minus one: the bookmaker's margin (overround). */
    public double margin() {
        return 1 / home + 1 / draw + 1 / away - 1;
    }

    public double price(Outcome outcome) {
        return switch (outcome) {
            case HOME_WIN -> home;
            case DRAW -> draw;
            case AWAY_WIN -> away;
        };
    }

    static void requireDecimalPrice(String what, double price) {
        if (!(price > 1.0) || Double.isInfinite(price)) {
            throw new MatchdayException(what + " price must be a decimal price above 1.0, got " + price);
        }
    }
}
