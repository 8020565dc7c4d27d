"""The demo commune: realistic, deterministic data for trying the program and for benchmarks."""
