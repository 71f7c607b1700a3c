"""Small invented clusters shared by several test modules (no benchmark data)."""

from __future__ import annotations

#: Three outlets' reports of one council vote: what they share (the floating solar array on
#: the reservoir) and what only one reports (evaporation, the 7-2 vote, fish studies).
SOLAR_ARTICLES = [
    "The city council approved a floating solar array on the Alder Creek reservoir. "
    "The array will supply power to the water utility. Construction starts in May.",
    "Council members voted 7-2 for the solar array on the reservoir. "
    "Critics said the floating panels could harm fish. The vote came after a long debate.",
    "A floating solar array will cover part of the Alder Creek reservoir. "
    "Engineers said the panels also slow evaporation of the water. Fish studies continue.",
]
