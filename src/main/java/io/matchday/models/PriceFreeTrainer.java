package io.matchday.models;

/** A trainer whose models never look at prices: results and statistics only. */
interface PriceFreeTrainer extends Trainer {

    @Override
    default boolean usesPrices() {
        return false;
    }

    @Override
    default boolean readsClosingPrices() {
        return false;
    }
}
