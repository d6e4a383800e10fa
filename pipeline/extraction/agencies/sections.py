"""Where a text gives duties (its implementation part, lists headed by bodies, a
decision's articles and executing clause, task tables) and the items each holds.

The steps live in submodules, in pipeline order; the names other modules use are
imported here:
 - duty_parts: the spans of the implementation sections, from the structure or by heading
 - body_lists: lists headed by bodies outside such a part (parts that report, aim or fund
   give none)
 - articles: the articles and chapters that give duties, and the duties their sentences give
 - table_rows: rows of task tables under a plan's tasks ("Cơ quan chủ trì: …")
 - items: a duties part split into items, one per line that opens with bodies
 - item_headings: the shapes of an item's heading (a class, a topic, a wrapped line)
 - item_sentences: an item and its task sentences
"""
from __future__ import annotations

from pipeline.extraction.agencies.duty_parts import _annexed_plan_spans, annexed_part, implementation_spans
from pipeline.extraction.agencies.body_lists import _is_letter, _part_role
from pipeline.extraction.agencies.articles import (annexed_functions_items, article_duties, chairs_in_rules,
                                                   functions_items, _in_duties_chapter, _points_after_colon)
from pipeline.extraction.agencies.table_rows import _pieces, _table_names, task_table_items
from pipeline.extraction.agencies.items import _items
from pipeline.extraction.agencies.item_sentences import _duty_item, Item, _sentences

__all__ = ["_annexed_plan_spans", "annexed_functions_items", "annexed_part", "article_duties", "chairs_in_rules",
           "_duty_item", "functions_items", "implementation_spans", "_in_duties_chapter", "_is_letter", "Item",
           "_items", "_part_role", "_pieces", "_points_after_colon", "_sentences", "_table_names",
           "task_table_items"]
