#!/usr/bin/env python3
"""Figures and statuses of the sample plan examples/data/progress-plan.json on the synthetic sample files, as of
2026-09-30, computed with the Python standard library only, independently of equality-duty: ProgressCommandTest
compares the progress report with the values printed here.

Run from the repository root:  python3 examples/src/test/python/progress_figures.py

Definitions (docs and DOMAIN.md): expected standard = scaled score >= 100 (writing: teacher assessment flag 1);
a rate gap is the reference group's rate minus the focus group's (positive when the focus group does worse), in
percentage points, with Newcombe's hybrid score interval (method 10); a rate or share has a Wilson score interval (z = 1.959964, 95%); the gender pay gap is
(men's median - women's median) / men's median x 100, rounded half up to one decimal place. The status follows
ProgressEvaluator's documented rule: inconclusive when the interval includes the target, achieved when the value
meets it, else (two dated points: the plan's baseline and this year's figure) on track when the least-squares line
through them, projected to the deadline, meets the target, else off track.
"""
import csv
import json
import os
from datetime import date
from decimal import Decimal, ROUND_HALF_UP
from math import sqrt
from statistics import median

HERE = os.path.dirname(__file__)
DATA = os.path.join(HERE, "..", "..", "..", "data")
Z = 1.959963984540054
AS_OF = date(2026, 9, 30)
SNAPSHOT = date(2026, 3, 31)


def rows(name):
    with open(os.path.join(DATA, name), newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def wilson(x, n):
    p = x / n
    centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n)
    half = Z * sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n)
    return centre - half, centre + half


def newcombe(x1, n1, x2, n2):
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson(x1, n1)
    l2, u2 = wilson(x2, n2)
    d = p1 - p2
    return d - sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


def projection(baseline, b_date, value, v_date, deadline):
    # least squares through two points is the line through them
    slope = (value - baseline) / (v_date - b_date).days
    return value + slope * (deadline - v_date).days


def status(value, lower, upper, target, increase, baseline, b_date, deadline, v_date):
    if lower is not None and lower <= target <= upper:
        return "inconclusive", None
    meets = (lambda v: v >= target) if increase else (lambda v: v <= target)
    if meets(value):
        return "achieved", None
    proj = projection(baseline, b_date, value, v_date, deadline)
    return ("on_track" if meets(proj) else "off_track"), proj


def half_up(x, places):
    return Decimal(repr(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def main():
    pupils = rows("pupils.csv")
    staff = rows("staff.csv")
    plan = json.load(open(os.path.join(DATA, "progress-plan.json"), encoding="utf-8"))
    crit = {}
    for o in plan["objectives"]:
        for a in o["actions"]:
            for c in a["successCriteria"]:
                crit[c["id"]] = c

    def base(cid):
        c = crit[cid]
        return c["baseline"]["value"], date.fromisoformat(c["baseline"]["date"]), date.fromisoformat(c["deadline"])

    # o1.a1.c2: other pupils' reading rate minus disadvantaged pupils', percentage points; target 18 - 5 = 13
    oth = [int(p["ks2_reading"]) >= 100 for p in pupils if p["ks2_reading"] and p["disadvantaged"] == "0"]
    dis = [int(p["ks2_reading"]) >= 100 for p in pupils if p["ks2_reading"] and p["disadvantaged"] == "1"]
    gap = 100 * (sum(oth) / len(oth) - sum(dis) / len(dis))
    lo, hi = newcombe(sum(oth), len(oth), sum(dis), len(dis))
    b, bd, dl = base("o1.a1.c2")
    st = status(gap, 100 * lo, 100 * hi, b - 5, False, b, bd, dl, AS_OF)
    print(f"o1.a1.c2 reading gap {gap:.6f} pp ({sum(oth)}/{len(oth)} others, {sum(dis)}/{len(dis)} disadvantaged)"
          f" interval [{100 * lo:.4f}, {100 * hi:.4f}] target {b - 5} -> {st[0]}; published {half_up(gap, 1)}")

    # o2.a1.c1: share of pupils meeting the expected standard in reading, writing and maths; target 70
    def rwm(p):
        return int(p["ks2_reading"]) >= 100 and int(p["ks2_maths"]) >= 100 and p["ks2_writing_expected"] == "1"
    cohort = [p for p in pupils if p["ks2_reading"] and p["ks2_maths"] and p["ks2_writing_expected"] != ""]
    x, n = sum(rwm(p) for p in cohort), len(cohort)
    lo, hi = wilson(x, n)
    b, bd, dl = base("o2.a1.c1")
    st = status(100 * x / n, 100 * lo, 100 * hi, 70, True, b, bd, dl, AS_OF)
    print(f"o2.a1.c1 RWM rate {100 * x / n:.6f}% ({x}/{n}) interval [{100 * lo:.4f}, {100 * hi:.4f}] target 70"
          f" -> {st[0]}, projection {st[1]:.4f}; published {half_up(100 * x / n, 1)}")

    # o2.a1.c2: the same for pupils on SEN support: a group below 10 is suppressed
    sen = [p for p in cohort if p["sen"] == "K"]
    print(f"o2.a1.c2 RWM rate of SEN support: {len(sen)} pupils with results, below 10 -> suppressed (c), no_data")

    # o3.a1.c1: men's share of teachers (headcount); target 42
    teachers = [s for s in staff if s["role"] == "teacher"]
    x, n = sum(s["sex"] == "M" for s in teachers), len(teachers)
    lo, hi = wilson(x, n)
    b, bd, dl = base("o3.a1.c1")
    st = status(100 * x / n, 100 * lo, 100 * hi, 42, True, b, bd, dl, AS_OF)
    print(f"o3.a1.c1 men among teachers {100 * x / n:.6f}% ({x}/{n}) interval [{100 * lo:.4f}, {100 * hi:.4f}]"
          f" target 42 -> {st[0]}, projection {st[1]:.4f}; published {half_up(100 * x / n, 1)}")

    # o4.a1.c1: median gender pay gap in hourly pay, exact decimals; target 5 (decrease)
    men = [Decimal(s["hourly_pay"]) for s in staff if s["sex"] == "M" and s["hourly_pay"]]
    women = [Decimal(s["hourly_pay"]) for s in staff if s["sex"] == "F" and s["hourly_pay"]]
    mm, mw = median(men), median(women)
    g = ((mm - mw) / mm * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    print(f"o4.a1.c1 median pay gap: men {len(men)} median {mm}, women {len(women)} median {mw}, gap {g}%"
          f" (half up, 1 dp) target 5 -> {'achieved' if g <= 5 else 'not met'}")


if __name__ == "__main__":
    main()
