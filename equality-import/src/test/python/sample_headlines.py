#!/usr/bin/env python3
"""Headline figures of the synthetic sample files in examples/data, computed with the Python standard library
only, independently of equality-duty: SampleDataTest compares the library's figures with the values printed here.

Run from the repository root:  python3 equality-import/src/test/python/sample_headlines.py
"""
import csv
from decimal import Decimal
from statistics import mean
import os

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "examples", "data")

# DfE extended codes that roll up to main codes (only those the sample uses and core knows).
EXTENDED = {"WENG": "WBRI", "WSCO": "WBRI", "WWEL": "WBRI", "WNIR": "WBRI", "WCOR": "WBRI",
            "WROG": "WROM", "WROR": "WROM", "WROO": "WROM"}


def rows(name):
    with open(os.path.join(DATA, name), newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def mean_gap(pupils, column):
    dis = [float(p[column]) for p in pupils if p[column] != "" and p["disadvantaged"] == "1"]
    other = [float(p[column]) for p in pupils if p[column] != "" and p["disadvantaged"] == "0"]
    return mean(dis) - mean(other), len(dis), len(other)


def standard_gap(pupils, column):
    dis = [float(p[column]) >= 100 for p in pupils if p[column] != "" and p["disadvantaged"] == "1"]
    other = [float(p[column]) >= 100 for p in pupils if p[column] != "" and p["disadvantaged"] == "0"]
    return sum(dis) / len(dis) - sum(other) / len(other)


def gap_index_ks2(pupils):
    cohort = [(int(p["ks2_reading"]) + int(p["ks2_maths"]), p["disadvantaged"] == "1")
              for p in pupils if p["ks2_reading"] != "" and p["ks2_maths"] != "" and p["disadvantaged"] != ""]
    scores = sorted(s for s, _ in cohort)
    n = len(scores)
    rank = {}
    i = 0
    while i < n:
        j = i
        while j < n and scores[j] == scores[i]:
            j += 1
        rank[scores[i]] = (i + 1 + j) / 2  # tied pupils share the average of ranks i+1 .. j
        i = j
    dis = [rank[s] / n for s, d in cohort if d]
    other = [rank[s] / n for s, d in cohort if not d]
    return 20 * (mean(other) - mean(dis)), len(dis), len(other)


pupils = rows("pupils.csv")
staff = rows("staff.csv")
applicants = rows("applicants.csv")
print("rows", len(pupils), len(staff), len(applicants))
for urn in ["144966", "118530"]:
    school = [p for p in pupils if p["school_urn"] == urn]
    print("ks2_reading mean gap", urn, "%.12f n=%d/%d" % mean_gap(school, "ks2_reading"))
    print("ks2_maths mean gap", urn, "%.12f n=%d/%d" % mean_gap(school, "ks2_maths"))
print("ks2_reading standard gap trust %.12f" % standard_gap(pupils, "ks2_reading"))
print("ks4_attainment8 mean gap 113631 %.12f n=%d/%d"
      % mean_gap([p for p in pupils if p["school_urn"] == "113631"], "ks4_attainment8"))
print("ks2 gap index trust %.12f n=%d/%d" % gap_index_ks2(pupils))
wbri = sum(1 for p in pupils if EXTENDED.get(p["ethnicity"], p["ethnicity"]) == "WBRI")
print("pupils WBRI after roll-up", wbri, "of which extended", sum(1 for p in pupils if p["ethnicity"] in EXTENDED))
female = sum(1 for s in staff if s["sex"] == "F")
print("staff female", female, "of", len(staff))
known = sum(1 for s in staff if s["ethnicity"] not in ("REFU", "NOBT", ""))
print("staff ethnicity known", known, "of", len(staff))
print("staff fte total", sum(Decimal(s["fte"]) for s in staff))
print("staff hourly pay total", sum(Decimal(s["hourly_pay"]) for s in staff))
for sex in ["F", "M"]:
    group = [a for a in applicants if a["sex"] == sex]
    appointed = sum(1 for a in group if a["stage"] == "appointed")
    print("applicants appointed", sex, appointed, "of", len(group))
# Figures of the examples module's own-data report (OwnDataReportTest).
print("ks2_reading mean gap trust %.12f n=%d/%d" % mean_gap(pupils, "ks2_reading"))
print("ks2_maths mean gap trust %.12f n=%d/%d" % mean_gap(pupils, "ks2_maths"))
for role in ["leadership", "teacher", "teaching_assistant", "administrative", "site", "other_support"]:
    group = [s for s in staff if s["role"] == role]
    print("staff", role, "F", sum(1 for s in group if s["sex"] == "F"), "M", sum(1 for s in group if s["sex"] == "M"))
for sex in ["F", "M"]:
    group = [a for a in applicants if a["sex"] == sex]
    print("applicants", sex, "applied", len(group), "shortlisted",
          sum(1 for a in group if a["stage"] in ("shortlisted", "appointed")))
print("pupils ethnicity known", sum(1 for p in pupils if p["ethnicity"] not in ("REFU", "NOBT", "")), "of", len(pupils))
print("applicants ethnicity known", sum(1 for a in applicants if a["ethnicity"] not in ("REFU", "NOBT", "")), "of",
      len(applicants))
