"""German text pools of the demo book: profiles, touch summaries, next steps, QBR content, signal details."""

from __future__ import annotations


def _lines(text: str) -> tuple[str, ...]:
    """One entry per non-empty line, in the order written."""
    return tuple(line.strip() for line in text.strip().splitlines() if line.strip())


SUCCESS_CRITERIA = _lines("""
    Alle Außendienstmitarbeitenden arbeiten täglich mit der Lösung.
    Monatsabschluss in drei statt fünf Arbeitstagen.
    Angebote gehen innerhalb von 24 Stunden an den Kunden.
    Weniger Rückfragen im Einkauf durch einheitliche Berichte.
    Jede Schicht sieht ihre Kennzahlen in Echtzeit.
    Die Geschäftsführung bekommt jeden Montag ein verlässliches Cockpit.
    Neue Mitarbeitende sind nach zwei Wochen produktiv.
    Keine Excel-Listen mehr zwischen Vertrieb und Produktion.
    Lieferzusagen werden zu 95 % eingehalten.
    Support-Anfragen werden am selben Tag gelöst.
""")
GOALS = _lines("""
    Digitalisierung der Auftragsabwicklung bis Ende nächsten Jahres.
    Expansion nach Osteuropa vorbereiten.
    Zweites Werk an die bestehenden Prozesse anbinden.
    Kosten in der Verwaltung um 10 % senken.
    Einheitliche Datenbasis für alle Standorte schaffen.
    Nachhaltigkeitsbericht aus eigenen Daten erstellen.
    Vertrieb auf wiederkehrende Umsätze umstellen.
    Fachkräftemangel durch Automatisierung abfedern.
    Kundenportal für Händler aufbauen.
    Planung und Ist-Zahlen in einem System zusammenführen.
""")
PAIN_POINTS = _lines("""
    Daten liegen verteilt in Excel-Listen.
    Hoher Schulungsaufwand bei neuen Mitarbeitenden.
    Die IT ist mit Projekten ausgelastet.
    Berichte kommen zu spät für Entscheidungen.
    Schnittstelle zum ERP-System ist fehleranfällig.
    Lizenzkosten werden jedes Jahr hinterfragt.
    Die Fachbereiche nutzen unterschiedliche Werkzeuge.
    Nach dem Go-live fehlte die Begleitung.
    Datenschutzbedenken beim Betriebsrat.
    Zu viele manuelle Freigaben im Einkauf.
""")
PERSONA_GOALS = _lines("""
    Möchte das Team entlasten und Routinearbeit abbauen.
    Will vor dem Vorstand mit belastbaren Zahlen glänzen.
    Sucht schnelle Erfolge für das laufende Geschäftsjahr.
    Möchte die eigene Abteilung als Vorreiter positionieren.
    Will Budget planbar halten und Überraschungen vermeiden.
""")
PERSONA_PAINS = _lines("""
    Hat wenig Zeit für Schulungen.
    Wurde von einem früheren Anbieter enttäuscht.
    Muss jede Ausgabe beim Controlling begründen.
    Hat Sorge vor zusätzlicher Arbeit für die IT.
    Bekommt Beschwerden aus dem Fachbereich über die Bedienung.
""")

# Touch summaries per kind; {product} is filled with a product the account holds or might buy.
SUMMARIES = {
    "call": _lines("""
        Telefonat zur Nutzung von {product}: läuft stabil, zwei Fragen zur Auswertung offen.
        Kurzer Anruf wegen Verlängerung von {product}, Entscheidung im nächsten Monat.
        Rückruf zu Support-Ticket {product}, Kunde zufrieden mit der Lösung.
        Telefonat mit dem Fachbereich: Interesse an weiteren Lizenzen für {product}.
        Abstimmung zu neuen Ansprechpartnern nach Umstrukturierung.
    """),
    "meeting": _lines("""
        Online-Termin: Roadmap {product} vorgestellt, gute Resonanz.
        Workshop zu Anwendungsfällen von {product} mit dem Fachbereich.
        Termin mit dem Einkauf zu Rahmenvertrag und Preisen.
        Abstimmung zur Einführung in einem weiteren Standort.
    """),
    "email": _lines("""
        Unterlagen zu {product} und eine Fallstudie verschickt.
        Angebot für zusätzliche Lizenzen {product} per E-Mail gesendet.
        Einladung zum Anwenderwebinar {product} verschickt.
        Zusammenfassung des letzten Termins mit offenen Punkten verschickt.
    """),
    "visit": _lines("""
        Besuch vor Ort: Werksführung und Gespräch mit der Produktionsleitung über {product}.
        Besuch beim Kunden, Schulung der Key-User für {product}.
        Vor-Ort-Termin mit Geschäftsführung: Ziele für das kommende Jahr besprochen.
    """),
    "note": _lines("""
        Notiz: Kunde prüft Budget für {product} im nächsten Quartal.
        Notiz: neuer IT-Leiter ab nächstem Monat, Kennenlernen einplanen.
        Notiz: Wettbewerber war im Haus, Preisdruck bei {product}.
        Notiz: Referenzbereitschaft angefragt, positiv aufgenommen.
    """),
    "qbr": _lines("""
        QBR durchgeführt: Nutzung und Ziele besprochen, Maßnahmen vereinbart.
        Quartalsgespräch mit Entscheidern: Ergebnisse {product} und nächste Schritte.
    """),
}
NEXT_STEPS = _lines("""
    Angebot für {product} schicken
    Termin mit IT zur Schnittstelle vereinbaren
    Fallstudie {product} nachreichen
    Schulungstermin für neue Nutzer anbieten
    Nutzungsbericht {product} auswerten und teilen
    Rückruf Einkauf wegen Verlängerung
    Demo {product} für den Fachbereich planen
    Referenzkunden-Kontakt vermitteln
""")

QBR_OBJECTIVES = _lines("""
    Nutzung der gebuchten Produkte prüfen und Ziele für das nächste Quartal festlegen.
    Ergebnisse des Rollouts bewerten und nächste Standorte planen.
    Zufriedenheit der Fachbereiche besprechen und Hürden abbauen.
    Verlängerung vorbereiten und Ausbaupotenzial zeigen.
""")
QBR_AGENDAS = tuple(  # one point per line, as the QBR form asks for them
    agenda.replace(" | ", "\n")
    for agenda in _lines("""
    1. Rückblick Quartal | 2. Nutzung und Kennzahlen | 3. Offene Tickets | 4. Roadmap | 5. Nächste Schritte
    1. Ziele des Kunden | 2. Adoption je Abteilung | 3. Empfehlungen | 4. Vereinbarungen
    1. Ergebnisse | 2. Feedback der Nutzer | 3. Neue Anwendungsfälle | 4. Planung nächstes Quartal
""")
)
QBR_RECOMMENDATIONS = _lines("""
    Weitere Abteilungen schulen, um die Nutzung zu verbreitern.
    Volumenlimit rechtzeitig anheben, bevor es die Prozesse blockiert.
    Analytics-Modul für das Controlling testen.
    Key-User-Netzwerk aufbauen und vierteljährlich austauschen.
    Premium-Support für die kritischen Standorte prüfen.
""")
QBR_OUTCOMES = _lines("""
    Kunde sieht klaren Nutzen, Ausbau wird intern vorgeschlagen.
    Zwei Hürden identifiziert, Maßnahmen vereinbart.
    Zufriedenheit gut, Budget für Erweiterung erst im nächsten Jahr.
    Kritik an Reaktionszeiten aufgenommen, Eskalationsweg vereinbart.
""")
QBR_ACTIONS = _lines("""
    Schulungsplan für neue Nutzer abstimmen
    Nutzungsbericht monatlich an Fachbereich senden
    Angebot für Erweiterung erstellen
    Schnittstelle zum ERP prüfen
    Referenzgespräch mit anderem Kunden organisieren
    Offene Support-Tickets schließen
    Ansprechpartner im Controlling benennen
""")

SIGNAL_DETAILS = {
    "outage": _lines("""
        Störung {product}: Anmeldung für 3 Stunden nicht möglich.
        Ausfall {product} im Rechenzentrum Frankfurt, 90 Minuten.
        Verzögerte Datenverarbeitung {product} über einen halben Tag.
    """),
    "support_ticket": _lines("""
        Ticket: Export aus {product} bricht ab.
        Ticket: Berechtigungen in {product} falsch übernommen.
        Ticket: Frage zur Schnittstelle von {product}.
        Ticket: Passwort-Rücksetzung funktioniert nicht.
    """),
    "usage_limit_hit": _lines("""
        {product}: 95 % des freigegebenen Monatsvolumens erreicht.
        {product}: Volumenlimit erreicht, Drosselung droht.
    """),
    "new_stakeholder": _lines("""
        Neue Anmeldung aus einer bisher unbekannten Abteilung.
        Neuer Nutzer mit Admin-Rechten registriert.
        Neue Ansprechpartnerin meldet sich zum Webinar an.
    """),
    "content_engaged": _lines("""
        Webinar „Planung 2027 mit Insight“ besucht.
        Whitepaper „Daten im Mittelstand“ heruntergeladen.
        Newsletter-Klick: Fallstudie {product}.
        Produktvideo {product} vollständig angesehen.
    """),
    "demo_request": _lines("""
        Demo für {product} über das Webformular angefragt.
        Bittet um eine Live-Demo von {product} für das Team.
    """),
    "consultation_request": _lines("""
        Beratungstermin zu {product} angefragt.
        Möchte mit einem Experten über den Ausbau sprechen.
    """),
    "price_request": _lines("""
        Preisanfrage für {product} eingegangen.
        Bittet um ein Richtangebot für weitere Lizenzen.
    """),
}
SIGNAL_SOURCES = {
    "outage": "Status-Seite",
    "support_ticket": "Support-System",
    "usage_limit_hit": "Produkt-Telemetrie",
    "new_stakeholder": "Produkt-Telemetrie",
    "content_engaged": "Marketing-Automation",
    "demo_request": "Webformular",
    "consultation_request": "Webformular",
    "price_request": "Webformular",
}

SURVEYS = _lines("""
    Kundenzufriedenheit Frühjahr
    Kundenzufriedenheit Herbst
    Produktfeedback Connect
    Produktfeedback Analytics
    Umfrage nach dem Support-Kontakt
    Webinar-Bewertung
    Beta-Programm Insight
""")
NPS_COMMENTS = {
    "promoter": _lines("""
        Sehr zuverlässig, das Team ist begeistert.
        Schnelle Hilfe, wenn es darauf ankommt.
        Hat unsere Abläufe spürbar vereinfacht.
    """),
    "passive": _lines("""
        Solide, aber die Bedienung könnte einfacher sein.
        Preis-Leistung in Ordnung.
        Gut, wir nutzen aber noch nicht alles.
    """),
    "detractor": _lines("""
        Zu viele Ausfälle in letzter Zeit.
        Support reagiert zu langsam.
        Lizenzkosten stehen in keinem Verhältnis zur Nutzung.
        Die Einführung war holprig, wir fühlen uns allein gelassen.
    """),
}
OPPORTUNITY_NOTES = {
    "repeat": "Verlängerung und Aufstockung des bestehenden Vertrags.",
    "upsell": "Mehr Nutzer bzw. höheres Volumen für ein gebuchtes Produkt.",
    "crosssell": "Ergänzendes Produkt aus einer anderen Familie.",
}
