package io.matchday.serving;

import io.matchday.data.OutcomePrices;
import io.matchday.features.MarginRemoval;

/**
 * A forecast beside the market's prices: the de-vigged market probabilities (Shin's method), the model's edge over
 * them, and the expected return of a unit stake at each price.
 */
record MarketView(MarginRemoval method, double overround, double[] market, double[] edge, double[] expectedValue) {

    static final MarginRemoval DE_VIG = MarginRemoval.SHIN;

    static MarketView of(double[] model, OutcomePrices prices) {
        double[] market = DE_VIG.probabilities(prices);
        double[] price = {prices.home(), prices.draw(), prices.away()};
        double[] edge = new double[3];
        double[] value = new double[3];
        for (int i = 0; i < 3; i++) {
            edge[i] = model[i] - market[i];
            value[i] = model[i] * price[i] - 1;
        }
        return new MarketView(DE_VIG, prices.margin(), market, edge, value);
    }
}
