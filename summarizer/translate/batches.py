"""What every backend does around its model call: batches of similar length, and the fixed
output length of a stand-in."""

from __future__ import annotations

from collections.abc import Iterator


def batches_by_length(lengths: list[int], size: int) -> Iterator[list[int]]:
    """Indices of the inputs, shortest first, in batches of ``size`` (little padding)."""
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    for start in range(0, len(order), size):
        yield order[start : start + size]


def fixed_output_length(fixed_output_tokens: int | None, standin: bool, src_len: int) -> int | None:
    """Tokens to generate exactly, or None to let the model stop. Random weights rarely emit
    ``</s>``: a stand-in gets a fixed output length so it does the work of a real model (as
    many tokens out as in, unless ``fixed_output_tokens`` says otherwise)."""
    if not (fixed_output_tokens or standin):
        return None
    return fixed_output_tokens or src_len
