"""Shared by the benchmarks' reports: CargoBuild's share of MSBuild's performance summary, and quartiles."""
import re
import statistics


def cargobuild_targets_ms(path):
    """CargoBuild's targets in one build's console log (-clp:PerformanceSummary), summed over every project built."""
    text = open(path).read()
    section = text[text.index("Target Performance Summary:"):text.index("Task Performance Summary:")]
    return sum(int(ms) for ms in re.findall(r"^\s+(\d+) ms  (?:CargoBuild|_Cargo\w+|RustToolchainCheck)\s", section, re.M))


def quartiles(values):
    """The first and third quartiles; one value (RUNS=1, a quick check) is its own quartiles."""
    values = list(values)
    if len(values) < 2:
        return values[0], values[0]
    first, _, third = statistics.quantiles(values, n=4)
    return first, third
