"""Bodies' names in a text: where a name starts and ends in a heading or a sentence,
and how a list of names splits into bodies.

The steps live in submodules, in the order a name is read; the names other modules use
are imported here:
 - heading_names: the bodies a heading or a sentence names, from where their names begin
 - name_ends: where a name ends (a duty's verb, a comma, a task run in, the text's cut)
 - kind_lists: bodies listed by their kind ("Các sở, ngành: Tài chính, Nội vụ")
 - name_parts: a phrase of names split into bodies, catch-alls and persons left out
 - executing_clause: the bodies a decision's executing clause names
"""
from __future__ import annotations

from pipeline.extraction.agencies.heading_names import (_after_circumstance, _before_restated_subject, _lines,
                                                        _named_at, _names)
from pipeline.extraction.agencies.name_ends import _at_the_cut, _task_after_tier
from pipeline.extraction.agencies.kind_lists import _share_kind
from pipeline.extraction.agencies.name_parts import _split
from pipeline.extraction.agencies.executing_clause import _executors, _piece_names, _quoted, _quoted_rules

__all__ = ["_after_circumstance", "_at_the_cut", "_before_restated_subject", "_executors", "_lines", "_named_at",
           "_names", "_piece_names", "_quoted", "_quoted_rules", "_share_kind", "_split", "_task_after_tier"]
