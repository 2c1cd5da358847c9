package io.matchday.simulation;

import io.matchday.MatchdayException;
import java.util.Locale;

/**
 * How much to stake: flat units, or a fraction of the Kelly stake of the current bankroll with a
 * cap per bet (as a share of the bankroll).
 */
public sealed interface Staking {

    /** The stake for a bet at {@code price} the model gives probability {@code p}; 0 means no bet. */
    double stake(double p, double price, double bankroll);

    String describe();

    record Flat(double units) implements Staking {
        public double stake(double p, double price, double bankroll) {
            return Math.min(units, Math.max(bankroll, 0));
        }

        public String describe() {
            return "flat:" + format(units);
        }
    }

    record Kelly(double fraction, double cap) implements Staking {
        public double stake(double p, double price, double bankroll) {
            double full = (p * price - 1) / (price - 1);
            if (full <= 0 || bankroll <= 0) {
                return 0;
            }
            return bankroll * Math.min(fraction * full, cap);
        }

        public String describe() {
            return "kelly:" + format(fraction) + ":" + format(cap);
        }
    }

    /** {@code flat:1}, {@code kelly:0.25} (cap 5 % of the bankroll) or {@code kelly:0.25:0.1}. */
    static Staking parse(String text) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split(":");
        try {
            if (parts[0].equals("flat") && parts.length == 2) {
                double units = Double.parseDouble(parts[1]);
                if (units > 0) {
                    return new Flat(units);
                }
            }
            if (parts[0].equals("kelly") && (parts.length == 2 || parts.length == 3)) {
                double fraction = Double.parseDouble(parts[1]);
                double cap = parts.length == 3 ? Double.parseDouble(parts[2]) : 0.05;
                if (fraction > 0 && fraction <= 1 && cap > 0 && cap <= 1) {
                    return new Kelly(fraction, cap);
                }
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new MatchdayException("stake must be flat:UNITS or kelly:FRACTION[:CAP] (fraction and cap in (0, 1]), got '" + text + "'");
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
