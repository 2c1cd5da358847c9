"""Can anything here beat the de-vigged pre-closing market? (the +0.0012 target against the closing market)

Reproduces the "what was tried" table of the README. Needs Python 3 with numpy and scipy, the
football-data mirror, and the project's own walk-forward forecasts of the price-free models, written
with --forecasts. The pools fit their weights on earlier seasons, which have no closing prices, so
that backtest measures against the pre-closing market (about 3 minutes in all):

    ./matchday backtest -m dixon-coles,elo,pi-ratings,logistic -t 2009-10..2023-24 --benchmark market-open --forecasts target/fc.csv
    python3 docs/experiments/pre_closing_market.py ../shared/football-data/mmz4281 target/fc.csv

Every score is the mean RPS difference to the de-vigged (Shin) average closing prices over the
1,900 matches of E0 2019-20..2023-24; models fitted on earlier seasons use only earlier seasons.
"""
import csv
import datetime as dt
import os
import sys

import numpy as np
from scipy.optimize import brentq, minimize
from scipy.stats import poisson

TEST = ("1920", "2021", "2122", "2223", "2324")


def shin(odds):
    pi = 1 / np.asarray(odds, float)
    book = pi.sum()

    def probabilities(z):
        return (np.sqrt(z * z + 4 * (1 - z) * pi * pi / book) - z) / (2 * (1 - z))

    try:
        z = brentq(lambda z: probabilities(z).sum() - 1, 0, 0.4)
    except ValueError:
        z = 0.0   # no margin to remove (best prices across bookmakers can sum below 1)
    p = probabilities(z)
    return p / p.sum()


def multiplicative(odds):
    p = 1 / np.asarray(odds, float)
    return p / p.sum()


def power(odds):
    pi = 1 / np.asarray(odds, float)
    k = brentq(lambda k: (pi ** k).sum() - 1, 0.5, 2)
    return pi ** k / (pi ** k).sum()


def odds_ratio(odds):
    pi = 1 / np.asarray(odds, float)
    c = brentq(lambda c: (pi / (c + pi - c * pi)).sum() - 1, 0.5, 3)
    p = pi / (c + pi - c * pi)
    return p / p.sum()


def rps(p, outcome):
    o = np.zeros(3)
    o[outcome] = 1
    c = np.cumsum(p) - np.cumsum(o)
    return 0.5 * (c[0] ** 2 + c[1] ** 2)


def number(row, key):
    try:
        return float(row.get(key) or "nan")
    except ValueError:
        return float("nan")


def load(base):
    matches = []
    for code in sorted(os.listdir(base)):
        path = os.path.join(base, code, "E0.csv")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8-sig", errors="replace") as f:
            for r in csv.DictReader(f):
                if not r.get("FTR") or not r.get("HomeTeam"):
                    continue
                date = None
                for fmt in ("%d/%m/%Y", "%d/%m/%y"):
                    try:
                        date = dt.datetime.strptime(r["Date"], fmt).date()
                        break
                    except ValueError:
                        pass

                def prices(prefix):
                    t = [number(r, prefix + x) for x in "HDA"]
                    return t if all(v > 1 for v in t) else None

                def first(*keys):
                    for k in keys:
                        v = number(r, k)
                        if v == v:
                            return v
                    return float("nan")

                matches.append(dict(
                    code=code, date=date, home=r["HomeTeam"], result="HDA".index(r["FTR"]),
                    avg=prices("Avg") or prices("BbAv"), ps=prices("PS"), b365=prices("B365"),
                    max=prices("Max") or prices("BbMx"), close=prices("AvgC"), ps_close=prices("PSC"),
                    books=[prices(b) for b in ("B365", "BW", "IW", "PS", "WH", "VC", "LB", "GB", "SJ", "BS")],
                    ah_line=first("AHh", "BbAHh"), ah_home=first("AvgAHH", "BbAvAHH"), ah_away=first("AvgAHA", "BbAvAHA"),
                    over=first("Avg>2.5", "BbAv>2.5"), under=first("Avg<2.5", "BbAv<2.5")))
    matches.sort(key=lambda m: m["date"])
    return matches


def softmax_fit(x, y, l2=0.0):
    n, d = x.shape

    def objective(w):
        w = w.reshape(3, d + 1)
        z = x @ w[:, :d].T + w[:, d]
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        g = p.copy()
        g[np.arange(n), y] -= 1
        g /= n
        grad = np.zeros((3, d + 1))
        grad[:, :d] = g.T @ x + 2 * l2 * w[:, :d]
        grad[:, d] = g.sum(0)
        return -np.log(p[np.arange(n), y]).mean() + l2 * (w[:, :d] ** 2).sum(), grad.ravel()

    return minimize(objective, np.zeros(3 * (d + 1)), jac=True, method="L-BFGS-B").x.reshape(3, d + 1)


def softmax_predict(w, x):
    d = x.shape[1]
    z = x @ w[:, :d].T + w[:, d]
    z -= z.max(1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(1, keepdims=True)


def main(base, forecasts_csv):
    matches = load(base)
    test = [m for m in matches if m["code"] in TEST]
    for m in matches:
        if m["avg"]:
            m["open"] = shin(m["avg"])
    benchmark = np.mean([rps(shin(m["close"]), m["result"]) for m in test])

    def delta(forecast, rows=test):
        return np.mean([rps(forecast(m), m["result"]) for m in rows]) - benchmark

    def show(label, value):
        print(f"{label:<72} {value:+.5f}")

    show("market-open: average pre-closing prices, Shin", delta(lambda m: m["open"]))
    for key in ("ps", "b365", "max"):
        show(f"pre-closing {key}, Shin", delta(lambda m: shin(m[key])))
    show("mean over every bookmaker, Shin", delta(lambda m: np.mean([shin(b) for b in m["books"] if b], axis=0)))
    for name, method in (("multiplicative", multiplicative), ("power", power), ("odds ratio", odds_ratio)):
        show(f"average pre-closing prices, {name}", delta(lambda m: method(m["avg"])))

    # Pools with the project's own walk-forward forecasts.
    models = {}
    with open(forecasts_csv) as f:
        for r in csv.DictReader(f):
            models[(r["date"], r["home"][:5].lower(), r["model"])] = np.array(
                [float(r["p_home"]), float(r["p_draw"]), float(r["p_away"])])
    for name in ("dixon-coles", "logistic", "elo", "pi-ratings"):
        def model(m):
            return models[(str(m["date"]), m["home"][:5].lower(), name)]
        pooled = [m for m in test if (str(m["date"]), m["home"][:5].lower(), name) in models]
        if len(pooled) != len(test):
            print(f"{name}: {len(test) - len(pooled)} test matches without a forecast (team names differ); skipped")
            continue
        for w in (0.05, 0.1, 0.2, 0.3):
            show(f"linear pool, {w:.0%} {name}", delta(lambda m: (1 - w) * m["open"] + w * model(m)))

            def geometric(m):
                q = m["open"] ** (1 - w) * model(m) ** w
                return q / q.sum()
            show(f"logarithmic pool, {w:.0%} {name}", delta(geometric))

    # Recalibration by a multinomial logistic fitted on every earlier season.
    def features(m, which):
        p = m["open"]
        f = [np.log(p[0] / p[2]), np.log(p[1] / (1 - p[1]))]
        if "ah" in which:
            q = 1 / m["ah_home"] / (1 / m["ah_home"] + 1 / m["ah_away"])
            f += [m["ah_line"], np.log(q / (1 - q))]
        if "ou" in which:
            q = 1 / m["over"] / (1 / m["over"] + 1 / m["under"])
            f += [np.log(q / (1 - q))]
        return f

    usable = [m for m in matches if m["avg"] and m["ah_home"] == m["ah_home"] and m["over"] == m["over"]]
    for which in ((), ("ah",), ("ou",), ("ah", "ou")):
        scores = []
        for season in TEST:
            train = [m for m in usable if m["code"] < season]
            x = np.array([features(m, which) for m in train])
            mu, sd = x.mean(0), x.std(0)
            w = softmax_fit((x - mu) / sd, np.array([m["result"] for m in train]), 1e-3)
            rows = [m for m in test if m["code"] == season]
            p = softmax_predict(w, (np.array([features(m, which) for m in rows]) - mu) / sd)
            scores += [rps(p[i], m["result"]) - rps(shin(m["close"]), m["result"]) for i, m in enumerate(rows)]
        show("market recalibrated on earlier seasons" + "".join(" + " + s for s in which), np.mean(scores))

    # Rolling re-centring: class intercepts fitted each week on the latest N matches.
    logs = np.log(np.array([m["open"] for m in matches]))
    outcomes = np.array([m["result"] for m in matches])
    dates = [m["date"] for m in matches]
    weeks = {}
    for i, m in enumerate(matches):
        if m["code"] in TEST:
            weeks.setdefault(m["date"] - dt.timedelta(days=m["date"].weekday()), []).append(i)
    for recent in (190, 380, 760, 1140):
        scores = []
        for monday, idx in sorted(weeks.items()):
            before = [i for i in range(len(matches)) if dates[i] < monday][-recent:]

            def loss(t, before=before):
                z = logs[before] + np.array([t[0], 0, t[1]])
                z -= z.max(1, keepdims=True)
                p = np.exp(z)
                p /= p.sum(1, keepdims=True)
                return -np.log(p[np.arange(len(before)), outcomes[before]]).mean()
            t = minimize(loss, [0, 0], method="Nelder-Mead").x
            for i in idx:
                z = logs[i] + np.array([t[0], 0, t[1]])
                p = np.exp(z - z.max())
                scores.append(rps(p / p.sum(), outcomes[i]) - rps(shin(matches[i]["close"]), outcomes[i]))
        show(f"market re-centred weekly on the latest {recent} matches", np.mean(scores))

    # 1X2 implied by a Dixon-Coles grid fitted to the 1X2 and over/under 2.5 prices.
    goals = np.arange(11)
    total = goals[:, None] + goals[None, :]

    def grid(home, away, rho=-0.05):
        g = np.outer(poisson.pmf(goals, home), poisson.pmf(goals, away))
        g[0, 0] *= 1 - home * away * rho
        g[0, 1] *= 1 + home * rho
        g[1, 0] *= 1 + away * rho
        g[1, 1] *= 1 - rho
        return g / g.sum()

    def outcome_probabilities(g):
        return np.array([np.tril(g, -1).sum(), np.trace(g), np.triu(g, 1).sum()])

    implied = {}
    for m in test:
        q = 1 / m["over"] / (1 / m["over"] + 1 / m["under"])

        def misfit(x, m=m, q=q):
            g = grid(np.exp(x[0]), np.exp(x[1]))
            p = outcome_probabilities(g)
            return (p[0] - m["open"][0]) ** 2 + (p[2] - m["open"][2]) ** 2 + (g[total > 2.5].sum() - q) ** 2
        implied[id(m)] = outcome_probabilities(grid(*np.exp(minimize(misfit, [0.3, 0.1], method="Nelder-Mead").x)))
    show("1X2 from a Dixon-Coles grid fitted to 1X2 + over/under prices", delta(lambda m: implied[id(m)]))
    show("  pooled half and half with market-open", delta(lambda m: 0.5 * m["open"] + 0.5 * implied[id(m)]))

    # The closing line predicted from the pre-closing prices (Pinnacle closing, 2012-13 on, as target).
    def log_ratios(p):
        return np.array([np.log(p[0] / p[1]), np.log(p[2] / p[1])])

    priced = [m for m in matches if m["code"] >= "1213" and all(m[k] for k in ("avg", "ps", "max", "b365", "ps_close"))]
    for keys in (("avg",), ("avg", "ps"), ("avg", "ps", "max", "b365")):
        scores = []
        for season in TEST:
            train = [m for m in priced if m["code"] < season]
            x = np.array([np.r_[1, np.concatenate([log_ratios(shin(m[k])) for k in keys])] for m in train])
            b = np.linalg.lstsq(x, np.array([log_ratios(shin(m["ps_close"])) for m in train]), rcond=None)[0]
            for m in (m for m in test if m["code"] == season):
                z = np.r_[1, np.concatenate([log_ratios(shin(m[k])) for k in keys])] @ b
                p = np.array([np.exp(z[0]), 1, np.exp(z[1])])
                scores.append(rps(p / p.sum(), m["result"]) - rps(shin(m["close"]), m["result"]))
        show("closing line predicted from pre-closing " + "+".join(keys), np.mean(scores))

    ensemble_pools(matches, test, models, benchmark, show)


def ensemble_pools(matches, test, models, benchmark, show):
    """The ensemble's linear pool of market-open and the price-free models, weights refitted monthly."""
    names = ("dixon-coles", "logistic", "elo", "pi-ratings")
    rows = [m for m in matches if all((str(m["date"]), m["home"][:5].lower(), n) in models for n in names)]
    p = np.array([[m["open"]] + [models[(str(m["date"]), m["home"][:5].lower(), n)] for n in names] for m in rows])
    y = np.array([m["result"] for m in rows])
    dates = [m["date"] for m in rows]
    closing = {id(m): rps(shin(m["close"]), m["result"]) for m in test}
    months = {}
    for i, m in enumerate(rows):
        if id(m) in closing:
            months.setdefault((m["date"].year, m["date"].month), []).append(i)
    for span in (24, 48, 96, None):
        for loss in ("log loss", "RPS"):
            scores = []
            for (year, month), idx in sorted(months.items()):
                start = dt.date(year, month, 1)
                low = dt.date.min if span is None else start - dt.timedelta(days=30.5 * span)
                train = np.array([i for i in range(len(rows)) if low <= dates[i] < start])

                def objective(t, train=train):
                    w = np.exp(t - t.max())
                    q = np.einsum("k,nkc->nc", w / w.sum(), p[train])
                    if loss == "log loss":
                        return -np.log(q[np.arange(len(train)), y[train]]).mean()
                    o = np.zeros_like(q)
                    o[np.arange(len(train)), y[train]] = 1
                    c = np.cumsum(q, 1) - np.cumsum(o, 1)
                    return 0.5 * (c[:, 0] ** 2 + c[:, 1] ** 2).mean()
                t = minimize(objective, np.zeros(5), method="Nelder-Mead",
                             options={"maxiter": 4000, "xatol": 1e-6, "fatol": 1e-10}).x
                w = np.exp(t - t.max())
                w /= w.sum()
                scores += [rps(w @ p[i], y[i]) - closing[id(rows[i])] for i in idx]
            label = "all history" if span is None else f"the last {span} months"
            show(f"pool of market-open + price-free models, {loss} on {label}", np.mean(scores))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
