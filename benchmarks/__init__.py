"""Benchmarks of the briefing's analysis against real references and established tools.

``python -m benchmarks.summaries`` and ``python -m benchmarks.topics`` read the evaluation data
in ``../shared/eval/`` (never copied into the repository); see ``BENCHMARKS.md``.
"""
