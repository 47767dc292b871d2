"""Exact ``Decimal`` values of the grammar's fractions and ints, printed plain."""

from __future__ import annotations

from decimal import Context, Decimal
from fractions import Fraction


def to_decimal(value: Fraction | int) -> Decimal:
    """Exact decimal of a fraction; thirds and the like are rounded to 12 places.

    >>> to_decimal(Fraction(1, 4)), to_decimal(Fraction(2, 3)), to_decimal(1166)
    (Decimal('0.25'), Decimal('0.666666666667'), Decimal('1166'))
    """
    if value.denominator == 1 and -_EXACT < value.numerator < _EXACT:
        return Decimal(value.numerator)  # what the division below gives, without a context
    rest = value.denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    quotient = WIDE.divide(Decimal(value.numerator), Decimal(value.denominator))
    return _plain(quotient if rest == 1 else quotient.quantize(_TWELVE_PLACES, context=WIDE))


def _plain(value: Decimal) -> Decimal:
    # Integral values print without exponent or trailing zeros: 4.5 million -> 4500000.
    if value == value.to_integral_value(context=WIDE):
        return value.quantize(_ONE, context=WIDE)
    return value.normalize(WIDE)


# Wide enough for any numeral the grammar reads (at most grammar.MAX_DIGITS digits, times
# stacked scale words) to stay exact.
# Passed to each operation: a ``localcontext`` costs more than the operation.
WIDE = Context(prec=200, Emax=999_999, Emin=-999_999)
_ONE = Decimal(1)
_TWELVE_PLACES = Decimal("1e-12")
_EXACT = 10**WIDE.prec  # whole numbers below this are exact in ``WIDE``
