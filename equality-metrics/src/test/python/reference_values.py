"""Independent reference values for equality-metrics tests.

Python 3 standard library only. The Student t quantile is computed from the regularised incomplete beta function
(continued fraction, Numerical Recipes 3rd ed. section 6.4) and bisection, not from Apache Commons Statistics,
so the Java tests compare two independent implementations.
"""
from math import lgamma, log, exp, sqrt
from statistics import NormalDist


def betacf(a, b, x):
    qab, qap, qam = a + b, a + 1, a - 1
    c, d = 1.0, 1 - qab * x / qap
    d = 1 / d
    h = d
    for m in range(1, 10000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d; c = 1 + aa / c; d = 1 / d; h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d; c = 1 + aa / c; d = 1 / d
        de = d * c; h *= de
        if abs(de - 1) < 1e-16:
            break
    return h


def betai(a, b, x):
    if x <= 0: return 0.0
    if x >= 1: return 1.0
    bt = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(1 - x))
    if x < (a + 1) / (a + b + 2):
        return bt * betacf(a, b, x) / a
    return 1 - bt * betacf(b, a, 1 - x) / b


def t_cdf(t, df):
    p = 0.5 * betai(df / 2, 0.5, df / (df + t * t))
    return 1 - p if t > 0 else p


def t_quantile(p, df):
    lo, hi = 0.0, 1000.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if t_cdf(mid, df) < p: lo = mid
        else: hi = mid
    return (lo + hi) / 2


def summary(xs):
    n = len(xs); m = sum(xs) / n
    return n, m, sum((x - m) ** 2 for x in xs)


def welch(a, b, level=0.95):
    n1, m1, s1 = summary(a); n2, m2, s2 = summary(b)
    v1 = s1 / (n1 - 1) / n1; v2 = s2 / (n2 - 1) / n2
    se = sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
    t = t_quantile(1 - (1 - level) / 2, df)
    d = m1 - m2
    return d, df, t, d - t * se, d + t * se


def hedges(a, b, level=0.95):
    n1, m1, s1 = summary(a); n2, m2, s2 = summary(b)
    df = n1 + n2 - 2
    sp = sqrt((s1 + s2) / df)
    d = (m1 - m2) / sp
    j = 1 - 3 / (4 * df - 1)
    g = j * d
    se = j * sqrt((n1 + n2) / (n1 * n2) + d * d / (2 * (n1 + n2)))
    z = NormalDist().inv_cdf(1 - (1 - level) / 2)
    return g, g - z * se, g + z * se


if __name__ == "__main__":
    print("t(0.975, 8) =", repr(t_quantile(0.975, 8)))
    print("welch A =", welch([2, 4, 4, 4, 5, 5, 7, 9], [1, 2, 3]))
    print("welch B =", welch([1, 2, 3, 4, 5], [3, 4, 5, 6, 7]))
    print("hedges A =", hedges([2, 4, 4, 4, 5, 5, 7, 9], [1, 2, 3]))
    print("one-sample A vs 4.5:", t_quantile(0.975, 7), 0.5 - t_quantile(0.975, 7) * sqrt(32 / 7 / 8),
          0.5 + t_quantile(0.975, 7) * sqrt(32 / 7 / 8))
