"""The grammar of names: letter classes, Dutch surname particles ('van der', 'ter') and surnames."""

UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
LO = "a-zß-öø-ÿā-ž"
PARTICLE = r"(?i:van der|van den|van de|van|de|der|den|ter|ten|te|in 't|'t|op den|op de|von|le|la|du|da|di)"
SURNAME = rf"(?:{PARTICLE}\s)?[{UP}][{LO}'’]+(?:-(?:{PARTICLE}\s)?[{UP}{LO}][{LO}'’]+)*"
