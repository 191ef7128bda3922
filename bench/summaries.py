"""Shared by the benchmarks' reports: targets' times from MSBuild's performance summary, quartiles, and a ratio's spread."""
import re
import statistics


def _target_times(path, names):
    """The summed time of the targets whose name matches the pattern names, in one build's console log
    (-clp:PerformanceSummary), over every project built."""
    text = open(path).read()
    section = text[text.index("Target Performance Summary:"):text.index("Task Performance Summary:")]
    return sum(int(ms) for ms in re.findall(rf"^\s+(\d+) ms  (?:{names})\s", section, re.M))


def cargobuild_targets_ms(path):
    """CargoBuild's targets."""
    return _target_times(path, r"CargoBuild|_Cargo\w+|RustToolchainCheck")


def target_ms(path, name):
    """One target, by its name."""
    return _target_times(path, re.escape(name))


def quartiles(values):
    """The first and third quartiles; one value (RUNS=1, a quick check) is its own quartiles."""
    values = list(values)
    if len(values) < 2:
        return values[0], values[0]
    first, _, third = statistics.quantiles(values, n=4)
    return first, third


def spread(ratios):
    """Ratios taken within rounds, as their median and quartiles."""
    first, third = quartiles(ratios)
    return f"median {statistics.median(ratios):.3f}, quartiles {first:.3f}-{third:.3f}"
