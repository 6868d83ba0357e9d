"""Pure functions of the KAM method: scoring, segmentation, metrics, layout maths.

No Qt and no database here: plain values in, plain values out, tested by hand-computed cases.
"""
