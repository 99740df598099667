"""Amounts of money and counts as written in articles (``₩1,250,000,000``, ``$12.5 million``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "NZ$": "NZD",
    "CA$": "CAD",
    "AU$": "AUD",
    "NT$": "TWD",
    "S$": "SGD",
    "MX$": "MXN",
    "R$": "BRL",
    "₦": "NGN",
    "₱": "PHP",
    "₽": "RUB",
    "₺": "TRY",
    "₤": "ITL",
    "ƒ": "NLG",
    "BEF": "BEF",
    "DM": "DEM",
    "ISK": "ISK",
    "HUF": "HUF",
    "SEK": "SEK",
    "NOK": "NOK",
    "DKK": "DKK",
    "CHF": "CHF",
    "NGN": "NGN",
    "INR": "INR",
    "$": "USD",
    "₩": "KRW",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "CN¥": "CNY",
    "RMB": "CNY",
    "HK$": "HKD",
    "A$": "AUD",
    "C$": "CAD",
    "USD": "USD",
    "KRW": "KRW",
    "EUR": "EUR",
    "GBP": "GBP",
    "JPY": "JPY",
    # Currencies of smaller markets, as articles write them
    "IR£": "IEP",
    "E£": "EGP",
    "KSh": "KES",
    "Rs.": "INR",
    "Rs": "INR",
    "Rp": "IDR",
    "₫": "VND",
    "฿": "THB",
    "IEP": "IEP",
    "EGP": "EGP",
    "KES": "KES",
    "ZAR": "ZAR",
    "PKR": "PKR",
    "IDR": "IDR",
    "VND": "VND",
    "THB": "THB",
    "TRY": "TRY",
    "PLN": "PLN",
    "CZK": "CZK",
    "BRL": "BRL",
    "MXN": "MXN",
    "ARS": "ARS",
    "CLP": "CLP",
    "COP": "COP",
}
CURRENCY_WORDS: dict[str, str] = {
    "won": "KRW",
    "dollars": "USD",
    "euros": "EUR",
    "pounds": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "rupees": "INR",
    "naira": "NGN",
    "pesos": "MXN",
    "reais": "BRL",
    "kronor": "SEK",
    "kroner": "NOK",
    "rand": "ZAR",
    "lire": "ITL",
    "forints": "HUF",
    "forint": "HUF",
    "krónur": "ISK",
    "francs": "FRF",
    "marks": "DEM",
    "roubles": "RUB",
    "rubles": "RUB",
    "zlotys": "PLN",
    "dirhams": "MAD",
    "rupiah": "IDR",
    "baht": "THB",
    "shillings": "KES",
    "lira": "TRY",
    "liras": "TRY",
    "Ft": "HUF",
}
MULTIPLIERS = {
    "thousand": 1e3,
    "lakh": 1e5,
    "crore": 1e7,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
_WORDS = "|".join(re.escape(w) for w in CURRENCY_WORDS)
_SYMBOL = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s?(?P<scale>thousand|million|billion|trillion|crore|lakh))?"
MONEY = re.compile(
    rf"(?P<approx>(?:about|approximately|around|nearly|almost|over|more than|roughly|an estimated)\s+)?"
    rf"(?:(?<![A-Za-z])(?P<symbol>{_SYMBOL})\s?(?P<number>{_NUMBER}){_SCALE}"
    rf"|(?P<number2>{_NUMBER}){_SCALE.replace('scale', 'scale2')}\s+(?P<word>{_WORDS})\b)"
)
COUNT = re.compile(rf"(?P<number>{_NUMBER}){_SCALE}")


@dataclass(frozen=True)
class Money:
    """A parsed amount: value in units of ``currency``, the text as written."""

    value: float
    currency: str
    text: str
    approximate: bool


def parse_money(text: str) -> Money | None:
    """The first amount of money in ``text``, or ``None`` (``million`` alone is not one)."""
    match = MONEY.search(text)
    if not match:
        return None
    if match.group("symbol"):
        number, scale = match.group("number"), match.group("scale")
        currency = CURRENCY_SYMBOLS[match.group("symbol")]
    else:
        number, scale = match.group("number2"), match.group("scale2")
        currency = CURRENCY_WORDS[match.group("word")]
    value = float(number.replace(",", "")) * MULTIPLIERS.get(scale or "", 1.0)
    written = match.group(0)
    if match.group("approx"):
        written = written[len(match.group("approx")) :]
    return Money(value, currency, written.strip(), bool(match.group("approx")))


def parse_count(text: str) -> tuple[float, str] | None:
    """The first plain number (with an optional ``million``) in ``text`` and its text."""
    match = COUNT.search(text)
    if not match:
        return None
    value = float(match.group("number").replace(",", "")) * MULTIPLIERS.get(
        match.group("scale") or "", 1.0
    )
    return value, match.group(0)
