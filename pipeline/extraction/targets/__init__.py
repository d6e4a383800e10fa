"""Targets (goal values) and training needs (planned counts of people to train).

Steps:
 1. find every stated value in the body (``numbers.find_values``)
 2. keep per-cent values that are goals: in objective sections, or in goal
    sentences elsewhere; never results of the last period (baseline role)
 3. read each goal's qualifier, deadline (stated, carried from the head of its
    list or an enclosing heading, or the plan's last year), yearly flag, group,
    level and action
 4. in training-needs sections, keep counts of people as ``need`` rows
 5. give each row an id derived from its content, so edits elsewhere in the
    document do not change it

Modules, in pipeline order:
 document   steps 1 and 5: find the values, read each in its part, drop a
            report's restated ones, give the ids
 goals      step 2: which per cents are goals
 counts     step 2 for plain counts, and the noun each is counted in
 details    step 3: qualifier, deadline, yearly flag, group, level, action
 records    one row per goal (a sentence's, a table cell's, an appendix row's),
            and step 4's need rows
 patterns   the named patterns several steps share
"""
from pipeline.extraction.targets.details import ANNUAL_LEAD
from pipeline.extraction.targets.document import extract

__all__ = ["ANNUAL_LEAD", "extract"]
