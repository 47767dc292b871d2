"""Throughput benchmarks for factextract: ``python -m benchmarks.run`` (see README.md here)."""
