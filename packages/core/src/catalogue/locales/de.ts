import type { LocaleTexts } from "./locale-texts.js";

/**
 * Deutsche Texte. Fakten aus RFC 5321, RFC 3463, dem IANA-Register und den dort zitierten RFCs;
 * die Formulierungen sind unsere eigenen. Ein Eintrag pro Block, in der Reihenfolge der Daten.
 *
 * Review checklist (for this file and for a third locale's translator; `locale-texts.ts` has
 * the general rules, `terminology.spec.ts` checks what a machine can):
 *
 * Terms: the words the admins of the language use, not dictionary translations. Here:
 * - Konfiguration (not Einrichtung), Quota (not Kontingent, Speicherzuteilung), Hops (not
 *   Stationen), Challenge (AUTH), Spam-Einstufung, Implementierung (not Umsetzung), Relaying,
 *   Greylisting, Bounce / Hard Bounce / Soft Bounce, Reverse-DNS, PTR-Eintrag, Envelope-Absender,
 *   Delisting, Rate-Limit; Speicherplatz for storage (plain „Speicher“ reads as memory).
 * - "required" is always „erforderlich“ (never „nötig“ beside it).
 * - Lists of codes found on the web are „im Netz kursierende Listen“.
 * - Protocol words stay as the RFCs spell them: MAIL FROM, RCPT TO, HELO/EHLO, STARTTLS, AUTH,
 *   PLAIN, DKIM (d=), SPF, DMARC, ARC, MX, Null-MX. Product names as their makers spell them:
 *   Google Postmaster Tools, Microsoft SNDS.
 * - Keep the From header's domain (From-Domain, the author) and the envelope sender's domain
 *   (MAIL-FROM-Domain) apart: SPF checks the one, DMARC aligns both with the From domain.
 *
 * Register: impersonal and short, as an admin writes a runbook. Advice starts with the
 * infinitive („Später erneut versuchen“, „Den Text lesen“), no „Sie“, no „bitte“. Persistence
 * is „Besteht das Problem weiter, …“. Labels: Schweregrad, Grund, Zuständig, Wiederholen?,
 * „kein Bounce“.
 *
 * Quotation marks: German „…“ (U+201E, U+201C), never '…' or "…" inside a text.
 *
 * Meaning: check every text against its RFC, not against the English text alone; when the
 * English is wrong, fix both.
 */
export const de: LocaleTexts = {
  locale: "de",
  classes: {
    "2": { title: "Erfolg", explanation: "Der Server hat ausgeführt, worum er gebeten wurde." },
    "3": {
      title: "Zwischenantwort",
      explanation:
        "Der Server hat den Befehl angenommen und wartet auf weitere Eingaben, etwa den Nachrichtentext.",
    },
    "4": {
      title: "Vorübergehender Fehler",
      explanation:
        "Die Anfrage ist vorerst gescheitert, aber der Zustand ist vorübergehend: Später kann dieselbe Anfrage gelingen.",
    },
    "5": {
      title: "Dauerhafter Fehler",
      explanation:
        "Die Anfrage ist gescheitert und scheitert erneut, solange sich Nachricht, Adresse oder Konfiguration nicht ändern.",
    },
  },
  subjects: {
    "0": { title: "Sonstiger oder undefinierter Status", explanation: "Genauere Angaben liegen nicht vor." },
    "1": { title: "Adressstatus", explanation: "Ein Problem mit der Absender- oder Empfängeradresse." },
    "2": { title: "Postfachstatus", explanation: "Ein Problem mit dem Postfach des Empfängers." },
    "3": { title: "Status des Mailsystems", explanation: "Ein Problem mit dem empfangenden Mailsystem." },
    "4": {
      title: "Netz- und Routingstatus",
      explanation: "Ein Problem mit Netz, DNS oder Routing zwischen den Mailsystemen.",
    },
    "5": {
      title: "Status des Zustellprotokolls",
      explanation: "Ein Problem im SMTP-Dialog selbst: Befehle, Syntax, Reihenfolge.",
    },
    "6": {
      title: "Status von Inhalt und Format",
      explanation: "Ein Problem mit Inhalt oder Format der Nachricht.",
    },
    "7": {
      title: "Sicherheits- oder Richtlinienstatus",
      explanation:
        "Eine Entscheidung aufgrund von Sicherheitsanforderungen oder Richtlinien: Authentifizierung, Verschlüsselung, Reputation, lokale Regeln.",
    },
  },
  basic: {
    "101": {
      title: "Keine Verbindung (kein SMTP-Code)",
      explanation:
        "Kein SMTP-Antwortcode: SMTP kennt keine 1xx-Antworten. Im Netz kursierende Listen meinen damit einen Client, der keine Verbindung zum Server aufbauen konnte.",
      advice: "Den Verbindungsfehler des Clients selbst prüfen (DNS, Firewall, Port) statt dieser Zahl.",
    },
    "111": {
      title: "Verbindung abgelehnt (kein SMTP-Code)",
      explanation:
        "Kein SMTP-Antwortcode: SMTP kennt keine 1xx-Antworten. Die Zahl entspricht dem Linux-Fehler ECONNREFUSED: Am Port des Servers lauschte nichts.",
      advice:
        "Hostname, Port und Firewall prüfen; später erneut versuchen, wenn der Server nur zeitweise nicht läuft.",
    },
    "200": {
      title: "Erfolg (nicht standardisiert)",
      explanation:
        "Eine alte, nicht standardisierte Erfolgsantwort, die RFC 821 erwähnt; heutige Server senden 250.",
    },
    "211": { title: "Systemstatus", explanation: "Systemstatus oder Antwort auf eine Hilfeanfrage." },
    "214": { title: "Hilfetext", explanation: "Hilfetext für einen Menschen, der die Sitzung liest." },
    "220": {
      title: "Dienst bereit",
      explanation: "Der Server begrüßt den Client und ist bereit; nach STARTTLS heißt es: bereit für TLS.",
    },
    "221": {
      title: "Verbindung wird geschlossen",
      explanation: "Der Server schließt die Verbindung, meist nach QUIT.",
    },
    "235": { title: "Authentifizierung erfolgreich", explanation: "Die SMTP-AUTH-Anmeldung ist gelungen." },
    "250": {
      title: "In Ordnung",
      explanation:
        "Die angeforderte Aktion wurde ausgeführt; nach den Nachrichtendaten: Die Nachricht wurde angenommen.",
    },
    "251": {
      title: "Empfänger nicht lokal, wird weitergeleitet",
      explanation:
        "Der Empfänger ist nicht lokal, aber der Server nimmt die Nachricht an und leitet sie weiter.",
    },
    "252": {
      title: "Nicht prüfbar, Zustellung wird versucht",
      explanation:
        "Der Server kann die Adresse nicht prüfen (VRFY), nimmt die Nachricht aber an und versucht die Zustellung.",
    },
    "253": {
      title: "Wartende Nachrichten gestartet (ETRN)",
      explanation: "ETRN: Die Zustellung der wartenden Nachrichten für den Knoten hat begonnen.",
    },
    "334": {
      title: "AUTH-Challenge",
      explanation:
        "Während SMTP AUTH: Der Server sendet eine Base64-kodierte Challenge und wartet auf die Antwort des Clients.",
    },
    "354": {
      title: "Nachrichteneingabe beginnen",
      explanation:
        "Der Server erwartet die Nachricht, abgeschlossen durch eine Zeile mit einem einzelnen Punkt.",
    },
    "355": {
      title: "Checkpoint-Offset (CHECKPOINT)",
      explanation:
        "Experimentelle CHECKPOINT-Erweiterung: Der Server nennt den Offset, ab dem die Übertragung fortgesetzt wird.",
    },
    "420": {
      title: "Zeitüberschreitung (nicht standardisiert)",
      explanation:
        "In keinem RFC definiert. Manche Server (etwa alte GroupWise-Gateways) melden damit eine Zeitüberschreitung beim Lesen oder Schreiben.",
      advice: "Als vorübergehendes Verbindungsproblem behandeln und später erneut versuchen.",
    },
    "421": {
      title: "Dienst nicht verfügbar",
      explanation:
        "Der Server schließt die Verbindung: Er fährt herunter, ist überlastet oder weist diesen Client vorerst ab. Große Anbieter drosseln damit auch.",
      advice:
        "Später mit wachsendem Abstand erneut versuchen; besteht das Problem weiter, den Text lesen: Er nennt oft ein Limit oder ein Reputationsproblem.",
    },
    "422": {
      title: "Postfach über Quota (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 422 als Antwort; das Register ordnet ihn nur X.7.12 zu (Umstellung der gespeicherten Zugangsdaten auf ein AUTH-Verfahren). Im Netz kursierende Listen meinen damit 4.2.2, ein volles Postfach.",
      advice: "Erweiterten Code und Text lesen; ist das Postfach voll, später erneut versuchen.",
    },
    "430": {
      title: "Ohne festgelegte Bedeutung (nicht standardisiert)",
      explanation: "Kein RFC definiert 430; das Register nennt ihn nur neben X.5.1 (ungültiger Befehl).",
      advice: "Den eigentlichen Grund aus erweitertem Code und Text lesen.",
    },
    "431": {
      title: "Kein Speicherplatz (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 431. Im Netz kursierende Listen übernehmen ihn vom erweiterten Code 4.3.1: Das Zielsystem ist voll.",
      advice: "Später erneut versuchen; die Empfängerseite muss Speicherplatz freigeben.",
    },
    "432": {
      title: "Passwortumstellung erforderlich",
      explanation:
        "Standardisiert (RFC 4954), Antwort auf AUTH: Der Server muss die gespeicherten Zugangsdaten für das gewählte Verfahren (etwa CRAM-MD5 oder SCRAM) umwandeln und braucht dafür einmal das Passwort im Klartext, meist durch eine Anmeldung mit PLAIN über TLS. Das Passwort muss nicht geändert werden. Eine „angehaltene Warteschlange“, wie im Netz kursierende Listen behaupten, ist es nicht.",
      advice:
        "Einmal mit PLAIN über TLS anmelden; danach funktioniert das gewählte Verfahren. Kann der Client das nicht, ihn auf PLAIN über TLS umstellen.",
    },
    "441": {
      title: "Server antwortet nicht (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 441. Im Netz kursierende Listen übernehmen ihn vom erweiterten Code 4.4.1: keine Antwort vom Host.",
      advice: "Später erneut versuchen; prüfen, ob die Mailserver des Ziels erreichbar sind.",
    },
    "442": {
      title: "Verbindung abgebrochen (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 442. Im Netz kursierende Listen übernehmen ihn vom erweiterten Code 4.4.2: Die Verbindung brach ab.",
      advice: "Später erneut versuchen; ein Verbindungsabbruch ist meist vorübergehend.",
    },
    "446": {
      title: "Zu viele Hops (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 446. Im Netz kursierende Listen übernehmen ihn vom erweiterten Code 4.4.6: Die Nachricht hat zu viele Hops hinter sich, meist weil sie zwischen Servern kreist.",
      advice: "Die Empfängerseite muss ihr Routing reparieren; ihren Postmaster informieren.",
    },
    "447": {
      title: "Zustellung abgelaufen (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 447. Im Netz kursierende Listen übernehmen ihn vom erweiterten Code 4.4.7: Die Zustellzeit lief ab.",
      advice: "Später erneut versuchen; bleibt das Ziel unerreichbar, DNS und Mailserver des Ziels prüfen.",
    },
    "449": {
      title: "Routingfehler (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 449, und X.4.9 ist auch nicht registriert. Im Netz kursierende Listen nennen ihn einen Routingfehler von Microsoft Exchange.",
      advice: "Den Text lesen; die Empfängerseite muss ihr Routing reparieren.",
    },
    "450": {
      title: "Postfach nicht verfügbar (vorübergehend)",
      explanation:
        "Die Aktion wurde nicht ausgeführt, weil das Postfach gerade nicht verfügbar ist: belegt, gesperrt oder vorübergehend durch Richtlinien blockiert. Auch Greylisting meldet sich so.",
      advice:
        "Später erneut versuchen; ein Greylisting-Server nimmt den nächsten Versuch nach einigen Minuten an.",
    },
    "451": {
      title: "Lokaler Verarbeitungsfehler",
      explanation:
        "Der Server brach die Aktion wegen eines lokalen Fehlers ab, oft ein vorübergehend gescheiterter Lookup oder Filter.",
      advice: "Später erneut versuchen; besteht das Problem weiter, den Postmaster des Empfängers fragen.",
    },
    "452": {
      title: "Zu wenig Speicherplatz",
      explanation:
        "Dem Server fehlt gerade der Speicherplatz für die Nachricht. RFC 5321 verwendet 452 auch für „zu viele Empfänger“: Den Rest in einer weiteren Transaktion senden.",
      advice: "Später erneut versuchen; bei zu vielen Empfängern diese auf mehrere Transaktionen verteilen.",
    },
    "453": {
      title: "Keine Post (ATRN)",
      explanation: "On-Demand Mail Relay (ATRN): Für den Client wartet keine Post.",
      advice: "Gerade gibt es nichts abzuholen; später erneut anfragen.",
    },
    "454": {
      title: "Vorübergehender Fehler bei Anmeldung oder TLS",
      explanation: "AUTH oder STARTTLS scheiterte aus einem vorübergehenden Grund auf der Serverseite.",
      advice:
        "Später erneut versuchen; besteht das Problem weiter, muss der Serveradministrator Anmeldung oder TLS prüfen.",
    },
    "455": {
      title: "Parameter nicht erfüllbar",
      explanation: "Der Server kann die Parameter von MAIL FROM oder RCPT TO gerade nicht erfüllen.",
      advice: "Später erneut versuchen oder ohne die optionalen Parameter senden.",
    },
    "458": {
      title: "Einreihen nicht möglich (ETRN)",
      explanation: "ETRN: Der Server kann die Nachrichten für den Knoten nicht einreihen.",
      advice: "Die ETRN-Anfrage später wiederholen.",
    },
    "459": {
      title: "Knoten nicht erlaubt (ETRN)",
      explanation: "ETRN: Der Knoten darf seine Warteschlange nicht anfordern.",
      advice: "Den Administrator des Servers bitten, ETRN für diesen Knoten zu erlauben.",
    },
    "471": {
      title: "Fehler im lokalen Filter (ungültiger Code)",
      explanation:
        "Kein gültiger SMTP-Antwortcode: RFC 5321 erlaubt als zweite Ziffer nur 0 bis 5. Im Netz kursierende Listen meinen damit 4.7.1, meist einen Spamfilter des eigenen Mailservers.",
      advice: "Den eigenen ausgehenden Mailserver und seine Filter prüfen.",
    },
    "499": {
      title: "Keine Verbindung zum MX (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 499. Manche im Netz kursierende Listen meinen einen Client, der keinen Mailserver der Domain erreichte.",
      advice: "MX-Einträge der Empfängerdomain und das eigene Netz prüfen.",
    },
    "500": {
      title: "Befehl nicht erkannt",
      explanation: "Syntaxfehler: Der Server erkannte den Befehl nicht, oder die Zeile war zu lang.",
      advice:
        "Die sendende Software schickte etwas, das der Server nicht versteht; ihre SMTP-Implementierung prüfen.",
    },
    "501": {
      title: "Syntaxfehler in Parametern",
      explanation: "Der Befehl wurde erkannt, seine Argumente nicht, zum Beispiel eine fehlerhafte Adresse.",
      advice: "Adressen und Parameter prüfen, die die Anwendung sendet.",
    },
    "502": {
      title: "Befehl nicht implementiert",
      explanation: "Der Server kennt den Befehl, hat ihn aber nicht implementiert.",
      advice: "Nur Befehle verwenden, die der Server in seiner EHLO-Antwort anbietet.",
    },
    "503": {
      title: "Falsche Befehlsreihenfolge",
      explanation:
        "Der Befehl kam in der falschen Reihenfolge, etwa DATA ohne angenommenen Empfänger, oder es ist zuerst AUTH erforderlich.",
      advice:
        "Die Sitzung prüfen: Oft scheiterte ein früherer Befehl (RCPT, AUTH), und der Client machte trotzdem weiter.",
    },
    "504": {
      title: "Parameter nicht implementiert",
      explanation: "Der Server hat einen Parameter des Befehls nicht implementiert, etwa ein AUTH-Verfahren.",
      advice: "Einen Parameter oder ein Verfahren verwenden, das der Server anbietet.",
    },
    "510": {
      title: "Fehlerhafte Adresse (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 510. Im Netz kursierende Listen übernehmen ihn vom erweiterten Code 5.1.0: ein Adressproblem.",
      advice: "Die Empfängeradresse prüfen.",
    },
    "511": {
      title: "Fehlerhafte Postfachadresse (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 511; fast immer ist es der erweiterte Code 5.1.1 ohne Punkte: Das Postfach existiert nicht.",
      advice: "Die Adresse auf Tippfehler prüfen; stimmt sie, aus der Liste entfernen.",
    },
    "512": {
      title: "Domain nicht gefunden (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 512. Im Netz kursierende Listen übernehmen ihn vom erweiterten Code 5.1.2: Die Domain des Empfängers ist nicht auffindbar.",
      advice: "Den Domainteil der Adresse prüfen.",
    },
    "513": {
      title: "Fehlerhafte Adresssyntax (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 513. Im Netz kursierende Listen übernehmen ihn vom erweiterten Code 5.1.3: Die Adresssyntax ist falsch.",
      advice: "Die Syntax der Adresse korrigieren.",
    },
    "521": {
      title: "Host nimmt keine Post an",
      explanation: "RFC 7504: Dieser Host nimmt überhaupt keine Post an.",
      advice: "Nicht an diesen Host senden; MX-Einträge der Domain und die Adresse prüfen.",
    },
    "523": {
      title: "Verschlüsselung erforderlich (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 523 als Antwort; das Register nennt ihn nur neben X.7.10, Verschlüsselung erforderlich. Im Netz kursierende Listen halten ihn fälschlich für ein Größenlimit.",
      advice: "Beim Senden an diesen Server TLS verwenden.",
    },
    "524": {
      title: "Verschlüsselung für Verfahren erforderlich (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 524 als Antwort; das Register nennt ihn neben X.7.11. RFC 4954 selbst verwendet 538.",
      advice: "Vor der Anmeldung mit diesem Verfahren TLS starten.",
    },
    "525": {
      title: "Benutzerkonto deaktiviert (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 525 als Antwort; das Register nennt ihn neben X.7.13, Benutzerkonto deaktiviert.",
      advice: "Der Administrator muss das Konto wieder freischalten.",
    },
    "530": {
      title: "Anmeldung oder TLS erforderlich",
      explanation:
        "Der Server verlangt SMTP AUTH (RFC 4954) oder STARTTLS (RFC 3207), bevor er diesen Befehl annimmt.",
      advice: "Den Client auf STARTTLS und Anmeldung mit gültigen Zugangsdaten einstellen.",
    },
    "533": {
      title: "Ohne festgelegte Bedeutung (nicht standardisiert)",
      explanation: "Kein RFC definiert 533; das Register nennt ihn neben X.7.1, Zustellung nicht erlaubt.",
      advice: "Den eigentlichen Grund aus erweitertem Code und Text lesen.",
    },
    "534": {
      title: "Anmeldeverfahren zu schwach",
      explanation: "Der Server lehnt das gewählte AUTH-Verfahren als zu schwach ab.",
      advice: "Ein stärkeres Verfahren verwenden oder zuerst TLS starten.",
    },
    "535": {
      title: "Zugangsdaten ungültig",
      explanation: "Benutzername oder Passwort (oder Token) wurden abgelehnt.",
      advice: "Zugangsdaten prüfen; manche Anbieter verlangen ein App-Passwort oder OAuth2.",
    },
    "538": {
      title: "Verschlüsselung für Verfahren erforderlich",
      explanation:
        "RFC 4954 (historisch): Das gewählte AUTH-Verfahren braucht eine verschlüsselte Verbindung.",
      advice: "Vor der Anmeldung TLS starten.",
    },
    "541": {
      title: "Vom Empfänger abgelehnt (nicht standardisiert)",
      explanation:
        "Kein RFC definiert 541. Im Netz kursierende Listen meinen eine vom Spamfilter des Empfängers abgelehnte Nachricht.",
      advice: "Reputation des Absenders und Inhalt der Nachricht prüfen.",
    },
    "550": {
      title: "Postfach nicht verfügbar",
      explanation:
        "Die Aktion wurde nicht ausgeführt: Das Postfach existiert nicht, ist nicht erreichbar, oder der Server lehnt aus Richtliniengründen ab. Text und erweiterter Code sagen, was zutrifft.",
      advice:
        "Erweiterten Code und Text lesen: Fehlt das Postfach, die Adresse entfernen; lehnt eine Richtlinie ab, auf der Absenderseite nachbessern.",
    },
    "551": {
      title: "Empfänger nicht lokal",
      explanation:
        "Der Empfänger ist auf diesem Server nicht lokal, und der Server leitet nicht weiter; er nennt vielleicht eine neue Adresse.",
      advice: "Die genannte Adresse verwenden oder den Empfänger nach der neuen fragen.",
    },
    "552": {
      title: "Quota überschritten",
      explanation:
        "Die Nachricht ist zu groß für den Server, oder das Postfach hat seine Quota überschritten.",
      advice:
        "Eine kleinere Nachricht senden (große Dateien verlinken statt anhängen) oder warten, bis der Empfänger Platz schafft.",
    },
    "553": {
      title: "Postfachname nicht erlaubt",
      explanation:
        "Die Adresse ist nicht annehmbar: falsche Syntax oder ein Absender bzw. Empfänger, den dieser Server ablehnt.",
      advice: "Syntax der Adresse prüfen und ob die Absenderadresse auf diesem Server erlaubt ist.",
    },
    "554": {
      title: "Transaktion gescheitert",
      explanation:
        "Die Transaktion ist gescheitert, oft aus Richtlinien- oder Spamgründen; als Begrüßung heißt es: hier kein SMTP-Dienst.",
      advice: "Den Text lesen: Meist nennt er eine Sperrliste, eine Spam-Einstufung oder eine Richtlinie.",
    },
    "555": {
      title: "Parameter nicht erkannt",
      explanation:
        "Der Server erkennt einen Parameter von MAIL FROM oder RCPT TO nicht oder hat ihn nicht implementiert.",
      advice: "Ohne den Parameter senden oder nur die angebotenen verwenden.",
    },
    "556": {
      title: "Domain nimmt keine Post an",
      explanation:
        "RFC 7504: Die Domain des Empfängers nimmt keine Post an, typischerweise weil sie einen Null-MX veröffentlicht (RFC 7505).",
      advice: "Die Adresse entfernen: Post an diese Domain ist nie zustellbar.",
    },
  },
  enhanced: {
    "X.0.0": {
      title: "Sonstiger undefinierter Status",
      explanation:
        "Nur die Klasse ist bekannt: Der Server nannte keinen genaueren Grund. Es heißt nicht „Adresse existiert nicht“.",
      advice: "Den Antworttext lesen; er enthält den eigentlichen Grund.",
    },
    "X.1.0": {
      title: "Sonstiger Adressstatus",
      explanation: "Mit einer Adresse (Absender oder Empfänger) stimmt etwas nicht, ohne weitere Angaben.",
      advice: "Absender- und Empfängeradresse prüfen.",
    },
    "X.1.1": {
      title: "Fehlerhafte Postfachadresse des Empfängers",
      explanation: "Das Postfach existiert beim Ziel nicht: Der lokale Teil (vor dem @) ist unbekannt.",
      advice: "Die Adresse auf Tippfehler prüfen; stimmt sie, aus der Liste entfernen.",
    },
    "X.1.2": {
      title: "Fehlerhafte Systemadresse des Empfängers",
      explanation: "Das Zielsystem der Adresse (nach dem @) existiert nicht oder kann keine Post annehmen.",
      advice: "Den Domainteil der Adresse prüfen.",
    },
    "X.1.3": {
      title: "Fehlerhafte Syntax der Empfängeradresse",
      explanation: "Die Empfängeradresse ist syntaktisch ungültig.",
      advice: "Die Adresse korrigieren: auf Leerzeichen, fehlende Teile oder ungültige Zeichen achten.",
    },
    "X.1.4": {
      title: "Empfängeradresse mehrdeutig",
      explanation: "Die Adresse passt beim Ziel auf mehr als ein Postfach.",
      advice: "Eine genauere Adresse verwenden.",
    },
    "X.1.5": {
      title: "Empfängeradresse gültig",
      explanation:
        "Die Empfängeradresse ist gültig; steht in Erfolgsantworten und positiven Zustellberichten.",
    },
    "X.1.6": {
      title: "Postfach umgezogen, keine Weiterleitung",
      explanation: "Das Postfach ist umgezogen, und der Server kennt keine Weiterleitungsadresse.",
      advice: "Den Empfänger nach der neuen Adresse fragen und die Daten aktualisieren.",
    },
    "X.1.7": {
      title: "Fehlerhafte Syntax der Absenderadresse",
      explanation: "Die Absenderadresse (MAIL FROM) ist syntaktisch ungültig.",
      advice: "Die Absenderadresse der Anwendung korrigieren.",
    },
    "X.1.8": {
      title: "Fehlerhafte Systemadresse des Absenders",
      explanation: "Die Domain der Absenderadresse existiert nicht oder kann keine Antworten empfangen.",
      advice: "Von einer Domain senden, die im DNS existiert und Post annimmt.",
    },
    "X.1.9": {
      title: "An System ohne Message Tracking weitergereicht",
      explanation:
        "Die Adresse war gültig, aber die Nachricht ging an ein System, das kein Message Tracking (MTRK, RFC 3885 und RFC 3886) unterstützt: Über den weiteren Weg lässt sich nichts mehr abfragen.",
    },
    "X.1.10": {
      title: "Empfängerdomain hat Null-MX",
      explanation:
        "Die Domain des Empfängers veröffentlicht einen Null-MX (RFC 7505): Sie nimmt keinerlei Post an.",
      advice: "Die Adresse entfernen: Post an diese Domain ist nie zustellbar.",
    },
    "X.2.0": {
      title: "Sonstiger Postfachstatus",
      explanation: "Mit dem Postfach des Empfängers stimmt etwas nicht, ohne weitere Angaben.",
      advice: "Den Text lesen; bei vorübergehendem Code später erneut versuchen.",
    },
    "X.2.1": {
      title: "Postfach deaktiviert",
      explanation:
        "Das Postfach existiert, nimmt aber keine Nachrichten an: Es ist deaktiviert oder gesperrt.",
      advice: "Nicht mehr an diese Adresse senden, bis der Empfänger bestätigt, dass sie wieder aktiv ist.",
    },
    "X.2.2": {
      title: "Postfach voll",
      explanation: "Das Postfach des Empfängers hat seine Quota überschritten.",
      advice:
        "Später erneut versuchen; der Empfänger muss Platz schaffen. Nach wiederholten Fehlern aufhören.",
    },
    "X.2.3": {
      title: "Nachricht über dem Größenlimit",
      explanation: "Die Nachricht ist größer als das Limit des Postfachs für einzelne Nachrichten.",
      advice: "Eine kleinere Nachricht senden; große Dateien verlinken statt anhängen.",
    },
    "X.2.4": {
      title: "Problem beim Auflösen der Verteilerliste",
      explanation: "Die Adresse ist eine Verteilerliste, die nicht aufgelöst werden konnte.",
      advice: "Den Betreiber der Liste informieren; ihre Konfiguration ist fehlerhaft.",
    },
    "X.3.0": {
      title: "Sonstiger Status des Mailsystems",
      explanation: "Das Mailsystem des Ziels hat ein Problem, ohne weitere Angaben.",
      advice: "Den Text lesen; bei vorübergehendem Code später erneut versuchen.",
    },
    "X.3.1": {
      title: "Mailsystem voll",
      explanation: "Das Mailsystem des Ziels hat keinen freien Speicherplatz mehr.",
      advice: "Später erneut versuchen; der Administrator des Empfängers muss Speicherplatz freigeben.",
    },
    "X.3.2": {
      title: "System nimmt keine Netzwerknachrichten an",
      explanation: "Das Zielsystem nimmt gerade keine Post aus dem Netz an, etwa während einer Wartung.",
      advice: "Später erneut versuchen.",
    },
    "X.3.3": {
      title: "Gewählte Funktionen nicht unterstützt",
      explanation:
        "Die Nachricht braucht Funktionen (etwa eine SMTP-Erweiterung), die das Ziel nicht unterstützt.",
      advice: "Ohne die fehlende Funktion senden.",
    },
    "X.3.4": {
      title: "Nachricht zu groß für das System",
      explanation: "Die Nachricht ist größer, als das Zielsystem annimmt.",
      advice: "Eine kleinere Nachricht senden; große Dateien verlinken statt anhängen.",
    },
    "X.3.5": {
      title: "System falsch konfiguriert",
      explanation: "Das Zielsystem ist falsch konfiguriert und kann nicht zustellen.",
      advice: "Den Postmaster des Empfängers informieren.",
    },
    "X.3.6": {
      title: "Angeforderte Priorität geändert",
      explanation:
        "Die Nachricht wurde angenommen, aber mit einer anderen als der angeforderten Priorität (RFC 6710).",
    },
    "X.4.0": {
      title: "Sonstiger Netz- oder Routingstatus",
      explanation: "Ein Problem mit Netz oder Routing, ohne weitere Angaben.",
      advice: "Später erneut versuchen; besteht das Problem weiter, DNS und Erreichbarkeit des Ziels prüfen.",
    },
    "X.4.1": {
      title: "Keine Antwort vom Host",
      explanation: "Der Zielserver hat auf den Verbindungsversuch nicht geantwortet.",
      advice: "Später erneut versuchen; prüfen, ob die MX-Hosts des Ziels erreichbar sind.",
    },
    "X.4.2": {
      title: "Schlechte Verbindung",
      explanation: "Die Verbindung zum Ziel brach ab oder war unbrauchbar.",
      advice: "Später erneut versuchen.",
    },
    "X.4.3": {
      title: "Fehler des Verzeichnisservers",
      explanation:
        "Ein Verzeichnisserver (etwa DNS oder LDAP) war nicht erreichbar oder scheiterte. Ein „Routingserverfehler“, wie im Netz kursierende Listen sagen, ist es nicht.",
      advice:
        "Später erneut versuchen; das System, das nachschlug, muss seinen Verzeichniszugriff reparieren.",
    },
    "X.4.4": {
      title: "Keine Route",
      explanation:
        "Es fand sich kein Weg zum Ziel, meist weil das DNS keinen brauchbaren MX- oder Adresseintrag hat.",
      advice: "Die DNS-Einträge der Empfängerdomain prüfen.",
    },
    "X.4.5": {
      title: "Mailsystem überlastet",
      explanation: "Das Mailsystem ist überlastet und verzögert die Zustellung.",
      advice: "Später erneut versuchen und langsamer senden.",
    },
    "X.4.6": {
      title: "Routingschleife erkannt",
      explanation: "Die Nachricht kreiste zwischen Servern.",
      advice:
        "Die empfangende oder weiterleitende Seite muss ihr Routing reparieren; ihren Postmaster informieren.",
    },
    "X.4.7": {
      title: "Zustellzeit abgelaufen",
      explanation: "Die Nachricht lag zu lange in der Warteschlange und wurde aufgegeben.",
      advice: "Klären, warum das Ziel unerreichbar war, und bei Bedarf erneut senden.",
    },
    "X.5.0": {
      title: "Sonstiger Protokollstatus",
      explanation: "Ein Problem im SMTP-Dialog, ohne weitere Angaben.",
      advice: "Die SMTP-Sitzung der sendenden Software prüfen.",
    },
    "X.5.1": {
      title: "Ungültiger Befehl",
      explanation: "Der Befehl war ungültig, kam zur falschen Zeit oder wird nicht unterstützt.",
      advice: "Die sendende Software prüfen: Sie schickte einen Befehl, den der Server ablehnte.",
    },
    "X.5.2": {
      title: "Syntaxfehler",
      explanation: "Der Server konnte einen Befehl nicht verstehen.",
      advice: "Befehle und Adressen der sendenden Software prüfen.",
    },
    "X.5.3": {
      title: "Zu viele Empfänger",
      explanation: "Die Nachricht hat mehr Empfänger, als der Server in einer Transaktion annimmt.",
      advice: "Die Empfänger auf mehrere Transaktionen oder Nachrichten verteilen.",
    },
    "X.5.4": {
      title: "Ungültige Befehlsargumente",
      explanation: "Ein Befehl hatte Argumente, die der Server nicht annimmt.",
      advice: "Die Parameter prüfen, die die Anwendung sendet.",
    },
    "X.5.5": {
      title: "Falsche Protokollversion",
      explanation: "Beide Seiten sprechen unvereinbare Protokollversionen.",
      advice: "Die SMTP-Implementierung des Clients prüfen.",
    },
    "X.5.6": {
      title: "Anmeldezeile zu lang",
      explanation: "Eine Zeile des AUTH-Dialogs war länger, als der Server annimmt (RFC 4954).",
      advice: "Ein Verfahren mit kürzeren Zeilen verwenden oder die erste Antwort getrennt senden.",
    },
    "X.6.0": {
      title: "Sonstiger Medienfehler",
      explanation: "Ein Problem mit Inhalt oder Format der Nachricht, ohne weitere Angaben.",
      advice: "Format und Inhalt der Nachricht prüfen.",
    },
    "X.6.1": {
      title: "Medientyp nicht unterstützt",
      explanation: "Die Nachricht enthält einen Medientyp, den das Ziel nicht unterstützt.",
      advice: "Den Inhalt in einem anderen Format senden.",
    },
    "X.6.2": {
      title: "Umwandlung erforderlich, aber untersagt",
      explanation:
        "Die Nachricht müsste für die Zustellung umgewandelt werden, doch der Absender hat das untersagt.",
      advice: "Die Nachricht in einem Format senden, das das Ziel annimmt.",
    },
    "X.6.3": {
      title: "Umwandlung erforderlich, aber nicht unterstützt",
      explanation:
        "Die Nachricht müsste für die Zustellung umgewandelt werden, aber keine Umwandlung ist verfügbar.",
      advice: "Die Nachricht in einem Format senden, das das Ziel annimmt.",
    },
    "X.6.4": {
      title: "Umwandlung mit Verlust durchgeführt",
      explanation:
        "Die Nachricht wurde nach einer verlustbehafteten Umwandlung zugestellt; ein Fehler, wenn der Absender das untersagt hatte.",
      advice: "Den Inhalt in einem Format senden, das keine Umwandlung braucht.",
    },
    "X.6.5": {
      title: "Umwandlung gescheitert",
      explanation: "Eine Umwandlung der Nachricht ist gescheitert.",
      advice:
        "Den Inhalt in einem einfacheren Format senden; besteht das Problem weiter, den Postmaster des Empfängers informieren.",
    },
    "X.6.6": {
      title: "Nachrichteninhalt nicht verfügbar",
      explanation: "Der Inhalt, auf den die Nachricht verweist (BURL), konnte nicht geholt werden.",
      advice: "Den referenzierten Inhalt und seine Zugriffsrechte prüfen.",
    },
    "X.6.7": {
      title: "Nicht-ASCII-Adressen nicht erlaubt",
      explanation:
        "Eine internationalisierte Adresse (mit Nicht-ASCII-Zeichen) ist für diesen Absender oder Empfänger nicht nutzbar.",
      advice: "Eine ASCII-Adresse verwenden oder einen Server mit SMTPUTF8.",
    },
    "X.6.8": {
      title: "UTF-8-Antwort erforderlich, aber nicht erlaubt",
      explanation: "Der Server müsste in UTF-8 antworten, doch der Client hat es nicht erlaubt (SMTPUTF8).",
      advice: "SMTPUTF8 im Client einschalten oder ASCII-Adressen verwenden.",
    },
    "X.6.9": {
      title: "UTF-8-Kopfzeilen nicht übertragbar",
      explanation:
        "Die Nachricht hat UTF-8-Kopfzeilen, die ein Empfängersystem nicht annehmen kann; sie wird abgelehnt.",
      advice: "An diesen Empfänger ohne UTF-8-Kopfzeilen senden oder über einen Server mit SMTPUTF8.",
    },
    "X.6.10": {
      title: "Duplikat von X.6.8",
      explanation: "Versehentlich ein zweites Mal registriert; der gültige Code ist X.6.8.",
      advice: "Wie X.6.8 behandeln: SMTPUTF8 einschalten oder ASCII-Adressen verwenden.",
    },
    "X.7.0": {
      title: "Sonstiger Sicherheitsstatus",
      explanation: "Ein Sicherheits- oder Richtlinienproblem, ohne weitere Angaben.",
      advice: "Den Text lesen; meist nennt er die Richtlinie.",
    },
    "X.7.1": {
      title: "Zustellung nicht erlaubt, Nachricht abgelehnt",
      explanation:
        "Der Absender darf diese Nachricht nicht an diesen Empfänger senden: Richtlinie, Sperrliste oder verweigertes Relaying. Der Text sagt, was zutrifft.",
      advice: "Den Text lesen: Sperrlisten, Absenderauthentifizierung und Relay-Berechtigung prüfen.",
    },
    "X.7.2": {
      title: "Verteilerliste nicht erlaubt",
      explanation: "Der Absender darf nicht an diese Verteilerliste senden.",
      advice: "Den Betreiber der Liste um Erlaubnis bitten.",
    },
    "X.7.3": {
      title: "Sicherheitsumwandlung erforderlich, aber unmöglich",
      explanation: "Die Nachricht bräuchte eine Sicherheitsumwandlung, die nicht möglich ist.",
      advice: "Ohne die Sicherheitsfunktionen senden, die auf dem Weg nicht unterstützt werden.",
    },
    "X.7.4": {
      title: "Sicherheitsfunktionen nicht unterstützt",
      explanation: "Die Nachricht nutzt Sicherheitsfunktionen, die das Ziel nicht unterstützt.",
      advice: "Ohne diese Sicherheitsfunktionen senden.",
    },
    "X.7.5": {
      title: "Kryptografischer Fehler",
      explanation:
        "Eine kryptografische Operation an der Nachricht ist gescheitert, etwa Entschlüsselung oder Signaturprüfung.",
      advice: "Die für die Nachricht verwendeten Schlüssel und Zertifikate prüfen.",
    },
    "X.7.6": {
      title: "Kryptografisches Verfahren nicht unterstützt",
      explanation: "Die Nachricht nutzt ein kryptografisches Verfahren, das das Ziel nicht unterstützt.",
      advice: "Ein verbreitetes Verfahren verwenden.",
    },
    "X.7.7": {
      title: "Integritätsfehler der Nachricht",
      explanation: "Die Nachricht wurde unterwegs verändert, oder ihre Integritätsprüfung scheiterte.",
      advice:
        "Signaturen prüfen, ebenso alles, was die Nachricht unterwegs verändert (Footer, Weiterleitungen).",
    },
    "X.7.8": {
      title: "Zugangsdaten ungültig",
      explanation:
        "Die Zugangsdaten für SMTP AUTH wurden abgelehnt (RFC 4954). Ältere Listen nennen ihn noch „Vertrauensbeziehung erforderlich“.",
      advice: "Benutzername und Passwort prüfen; manche Anbieter verlangen ein App-Passwort oder OAuth2.",
    },
    "X.7.9": {
      title: "Anmeldeverfahren zu schwach",
      explanation: "Das gewählte AUTH-Verfahren ist diesem Server zu schwach.",
      advice: "Ein stärkeres Verfahren verwenden oder zuerst TLS starten.",
    },
    "X.7.10": {
      title: "Verschlüsselung erforderlich",
      explanation: "Der Server verlangt dafür eine verschlüsselte Verbindung.",
      advice: "STARTTLS oder implizites TLS verwenden.",
    },
    "X.7.11": {
      title: "Verschlüsselung für Anmeldeverfahren erforderlich",
      explanation: "Das gewählte AUTH-Verfahren ist nur über eine verschlüsselte Verbindung erlaubt.",
      advice: "Vor der Anmeldung TLS starten.",
    },
    "X.7.12": {
      title: "Passwortumstellung erforderlich",
      explanation:
        "Der Server muss die gespeicherten Zugangsdaten für das gewählte AUTH-Verfahren umwandeln und braucht dafür einmal das Passwort im Klartext, meist durch eine Anmeldung mit PLAIN über TLS (RFC 4954). Das Passwort muss nicht geändert werden.",
      advice: "Einmal mit PLAIN über TLS anmelden; danach funktioniert das gewählte Verfahren.",
    },
    "X.7.13": {
      title: "Benutzerkonto deaktiviert",
      explanation: "Das Konto ist deaktiviert und muss von einem Administrator freigeschaltet werden.",
      advice: "Den Administrator des Kontos ansprechen.",
    },
    "X.7.14": {
      title: "Vertrauensbeziehung erforderlich",
      explanation:
        "Der Server braucht eine Vertrauensbeziehung zum Client, bevor er die Aktion ausführt (BURL).",
      advice: "Die Vertrauensbeziehung mit dem Administrator des Servers einrichten.",
    },
    "X.7.15": {
      title: "Priorität zu niedrig",
      explanation:
        "Die Priorität der Nachricht ist zu niedrig, als dass der Server sie jetzt annimmt (RFC 6710).",
      advice: "Später erneut versuchen oder mit höherer Priorität senden.",
    },
    "X.7.16": {
      title: "Nachricht zu groß für die Priorität",
      explanation: "Die Nachricht ist für ihre Priorität zu groß (RFC 6710).",
      advice: "Eine kleinere Nachricht oder mit höherer Priorität senden.",
    },
    "X.7.17": {
      title: "Postfachinhaber gewechselt",
      explanation: "Das Postfach gehört inzwischen jemand anderem, als der Absender annahm (RFC 7293).",
      advice: "Die Adresse entfernen; sie erreicht die gemeinte Person nicht mehr.",
    },
    "X.7.18": {
      title: "Domaininhaber gewechselt",
      explanation:
        "Die Domain des Empfängers hat den Inhaber gewechselt, seit der Absender sie kannte (RFC 7293).",
      advice: "Die Adresse entfernen; sie erreicht die gemeinte Person nicht mehr.",
    },
    "X.7.19": {
      title: "RRVS-Prüfung nicht möglich",
      explanation:
        "Der Server kann nicht prüfen, ob das Postfach den Inhaber gewechselt hat, wie der Absender verlangte (RFC 7293).",
      advice: "Ohne RRVS-Anforderung senden oder an eine andere Adresse.",
    },
    "X.7.20": {
      title: "Keine gültige DKIM-Signatur",
      explanation: "Die Nachricht hat keine DKIM-Signatur, die die Prüfung besteht.",
      advice: "Ausgehende Post mit DKIM signieren und prüfen, dass die Signatur den Weg übersteht.",
    },
    "X.7.21": {
      title: "Keine annehmbare DKIM-Signatur",
      explanation: "Die Nachricht hat DKIM-Signaturen, aber keine ist für den Empfänger annehmbar.",
      advice: "Signaturdomain, Schlüssellänge und Verfahren von DKIM prüfen.",
    },
    "X.7.22": {
      title: "Keine zur From-Domain passende DKIM-Signatur",
      explanation:
        "Keine gültige DKIM-Signatur stammt von der Domain aus der From-Kopfzeile (der Domain des Autors); auf die Domain des Envelope-Absenders (MAIL FROM) kommt es hier nicht an.",
      advice: "Mit einem DKIM-Schlüssel der From-Domain signieren (d= gleich der From-Domain).",
    },
    "X.7.23": {
      title: "SPF-Prüfung fehlgeschlagen",
      explanation:
        "Die sendende IP ist im SPF-Eintrag der Domain des Envelope-Absenders (MAIL FROM, bei leerem MAIL FROM des HELO-Namens) nicht erlaubt. Die From-Kopfzeile prüft SPF nicht.",
      advice:
        "Die sendenden Server in den SPF-Eintrag der MAIL-FROM-Domain aufnehmen; für DMARC muss diese Domain außerdem zur From-Domain passen.",
    },
    "X.7.24": {
      title: "SPF-Prüfung mit Fehler",
      explanation:
        "Die SPF-Prüfung konnte wegen eines Fehlers nicht abgeschlossen werden, etwa eines kaputten SPF-Eintrags oder DNS-Fehlers.",
      advice: "Den SPF-Eintrag der MAIL-FROM-Domain auf Syntaxfehler und zu viele DNS-Lookups prüfen.",
    },
    "X.7.25": {
      title: "Reverse-DNS-Prüfung fehlgeschlagen",
      explanation:
        "Die sendende IP hat die Reverse-DNS-Prüfung nicht bestanden: Sie hat keinen PTR-Eintrag, oder dessen Hostname löst nicht wieder auf dieselbe IP auf (Forward-Confirmed Reverse DNS, die Prüfung „iprev“ aus RFC 8601).",
      advice:
        "Für die sendende IP einen PTR-Eintrag setzen, dessen Hostname per A- bzw. AAAA-Eintrag wieder auf diese IP auflöst, und diesen Namen im HELO/EHLO ankündigen.",
    },
    "X.7.26": {
      title: "Mehrere Authentifizierungsprüfungen fehlgeschlagen",
      explanation: "Mehrere Prüfungen (etwa SPF, DKIM und DMARC) sind zugleich gescheitert.",
      advice: "SPF, DKIM und DMARC für die From-Domain und die MAIL-FROM-Domain konfigurieren.",
    },
    "X.7.27": {
      title: "Absenderdomain hat Null-MX",
      explanation:
        "Die Domain des Envelope-Absenders (MAIL FROM) veröffentlicht einen Null-MX und könnte keine Bounces empfangen (RFC 7505).",
      advice: "Von einer Domain senden, die Post annimmt.",
    },
    "X.7.28": {
      title: "Mailflut erkannt",
      explanation:
        "Der Empfänger erhält gerade eine Flut von Nachrichten; um sie einzudämmen, wurde diese Nachricht abgelehnt.",
      advice: "Langsamer senden und prüfen, ob die Anwendung in einer Schleife sendet oder missbraucht wird.",
    },
    "X.7.29": {
      title: "ARC-Prüfung fehlgeschlagen",
      explanation:
        "Die ARC-Kette einer weitergeleiteten Nachricht hat die Prüfung nicht bestanden (RFC 8617).",
      advice: "Das weiterleitende System muss seine ARC-Signatur reparieren.",
    },
    "X.7.30": {
      title: "REQUIRETLS-Unterstützung erforderlich",
      explanation:
        "Die Nachricht verlangt REQUIRETLS (RFC 8689), doch ein Server auf dem Weg unterstützt es nicht.",
      advice: "Ohne REQUIRETLS senden oder über einen Weg, der es unterstützt.",
    },
  },
  reasons: {
    userUnknown: {
      title: "Empfänger unbekannt",
      summary: "Das Postfach des Empfängers existiert nicht.",
      advice: "Die Adresse entfernen oder korrigieren; nicht erneut versuchen.",
    },
    mailboxFull: {
      title: "Postfach voll",
      summary: "Das Postfach des Empfängers ist voll.",
      advice: "Später erneut versuchen; nach wiederholten Fehlern über mehrere Tage aufhören.",
    },
    mailboxDisabled: {
      title: "Postfach deaktiviert",
      summary: "Das Postfach des Empfängers ist deaktiviert oder gesperrt.",
      advice: "Nicht mehr an diese Adresse senden, bis der Empfänger bestätigt, dass sie wieder aktiv ist.",
    },
    hasMoved: {
      title: "Postfach umgezogen",
      summary: "Der Empfänger ist zu einer anderen Adresse umgezogen.",
      advice: "Den Empfänger nach der neuen Adresse fragen und sie eintragen.",
    },
    hostUnknown: {
      title: "Host unbekannt",
      summary: "Die Domain des Empfängers existiert nicht oder hat keinen Mailserver.",
      advice:
        "Den Domainteil der Adresse auf Tippfehler prüfen; gibt es die Domain nicht mehr, die Adresse entfernen.",
    },
    notAccept: {
      title: "Domain nimmt keine Post an",
      summary: "Die Domain des Empfängers nimmt überhaupt keine Post an (Null-MX oder kein Maildienst).",
      advice: "Die Adresse entfernen; Post an diese Domain ist nicht zustellbar.",
    },
    senderRejected: {
      title: "Absender abgelehnt",
      summary: "Der Server hat die Absenderadresse abgelehnt.",
      advice: "Von einer Adresse senden, deren Domain existiert und über diesen Server senden darf.",
    },
    relayDenied: {
      title: "Relaying verweigert",
      summary:
        "Der Server verweigert das Relaying an dieses Ziel: Der Client ist nicht angemeldet oder für dieses Ziel nicht berechtigt.",
      advice: "Am Server anmelden (SMTP AUTH) oder über den für die eigene Domain zuständigen Server senden.",
    },
    blocked: {
      title: "Blockiert",
      summary: "Der Server hat die sendende IP-Adresse oder den Host abgewiesen, oft wegen einer Sperrliste.",
      advice:
        "Die sendende IP auf der genannten Sperrliste nachschlagen und, sobald die Ursache behoben ist, das Delisting beantragen.",
    },
    badReputation: {
      title: "Schlechte Reputation",
      summary:
        "Wegen der Reputation des Absenders oder wegen Beschwerden drosselt der Empfänger dessen Post oder weist sie ab.",
      advice:
        "Langsamer senden, nur an interessierte Empfänger senden und die Postmaster-Angebote des Anbieters prüfen (etwa Google Postmaster Tools, Microsoft SNDS).",
    },
    rateLimited: {
      title: "Rate-Limit",
      summary: "Der Empfänger begrenzt, wie schnell oder wie viel dieser Absender senden darf.",
      advice: "Später erneut versuchen und langsamer senden.",
    },
    tooManyConnections: {
      title: "Zu viele Verbindungen",
      summary: "Der Empfänger lehnt weitere gleichzeitige Verbindungen dieses Absenders ab.",
      advice: "Weniger parallele Verbindungen verwenden und später erneut versuchen.",
    },
    greylisted: {
      title: "Greylisting",
      summary: "Der Empfänger bittet um einen späteren Versuch: Greylisting, eine übliche Spamabwehr.",
      advice:
        "Nach einigen Minuten von derselben IP erneut versuchen; eine normale Mailserver-Warteschlange tut das selbst.",
    },
    authFailure: {
      title: "Absenderauthentifizierung gescheitert",
      summary: "Die Nachricht hat die Prüfung von SPF, DKIM oder DMARC nicht bestanden.",
      advice:
        "SPF, DKIM und DMARC so konfigurieren, dass sie bestehen und ihre Domains zur From-Domain passen (Alignment).",
    },
    authRequired: {
      title: "SMTP-Anmeldung erforderlich",
      summary: "Der Server verlangt eine SMTP-Anmeldung oder hat die Zugangsdaten abgelehnt.",
      advice:
        "Gültige Zugangsdaten für den SMTP-Server hinterlegen (ein App-Passwort oder OAuth2, wo der Anbieter es verlangt).",
    },
    requireTLS: {
      title: "TLS erforderlich",
      summary: "Der Server verlangt eine verschlüsselte Verbindung.",
      advice: "STARTTLS oder implizites TLS im Client einschalten.",
    },
    requirePTR: {
      title: "Reverse-DNS erforderlich",
      summary:
        "Die sendende IP hat keinen PTR-Eintrag, oder dessen Hostname löst nicht wieder auf diese IP auf.",
      advice:
        "Für die sendende IP einen PTR-Eintrag setzen, dessen Hostname wieder auf diese IP auflöst, und diesen Namen im HELO/EHLO ankündigen.",
    },
    policyViolation: {
      title: "Richtlinienverstoß",
      summary: "Die Nachricht verstößt gegen eine Richtlinie des empfangenden Systems.",
      advice: "Die Richtlinie im Antworttext nachlesen und Nachricht oder Versandkonfiguration ändern.",
    },
    securityError: {
      title: "Sicherheitsfehler",
      summary: "Nachricht oder Sitzung erfüllen eine Sicherheitsanforderung des Empfängers nicht.",
      advice: "Authentifizierung, Verschlüsselung und Zertifikate auf der Absenderseite prüfen.",
    },
    spamDetected: {
      title: "Spam erkannt",
      summary: "Der Filter des Empfängers hat die Nachricht als Spam eingestuft.",
      advice: "Inhalt, Links und Reputation prüfen; dieselbe Nachricht nicht unverändert erneut senden.",
    },
    virusDetected: {
      title: "Virus erkannt",
      summary: "Der Empfänger hat Schadsoftware in der Nachricht gefunden.",
      advice: "Den infizierten Anhang entfernen und das sendende System prüfen.",
    },
    contentError: {
      title: "Inhaltsfehler",
      summary: "Format oder Kopfzeilen der Nachricht sind nicht annehmbar.",
      advice: "Das Nachrichtenformat korrigieren (Kopfzeilen, Kodierung, MIME-Aufbau).",
    },
    filtered: {
      title: "Gefiltert",
      summary: "Filter oder Einstellungen des Empfängers haben die Nachricht abgewiesen.",
      advice: "Den Empfänger bitten, die Adresse zuzulassen; nicht unverändert erneut versuchen.",
    },
    messageTooBig: {
      title: "Nachricht zu groß",
      summary: "Die Nachricht ist größer, als der Empfänger annimmt.",
      advice: "Eine kleinere Nachricht senden; große Dateien verlinken statt anhängen.",
    },
    exceedLimit: {
      title: "Limit überschritten",
      summary: "Die Nachricht überschreitet ein Limit des Postfachs oder des Empfängers.",
      advice: "Eine kleinere Nachricht oder weniger Empfänger pro Nachricht senden.",
    },
    syntaxError: {
      title: "Syntaxfehler",
      summary: "Der Server hat einen Befehl oder seine Argumente nicht verstanden.",
      advice: "Die sendende Software und die gesendeten Adressen prüfen.",
    },
    protocolError: {
      title: "Protokollfehler",
      summary: "Der SMTP-Dialog ging schief: ein Befehl zur falschen Zeit oder nicht unterstützt.",
      advice: "Die SMTP-Sitzung der Software und die vom Server angebotenen Erweiterungen prüfen.",
    },
    systemError: {
      title: "Systemfehler",
      summary: "Das empfangende System konnte die Nachricht nicht verarbeiten.",
      advice: "Später erneut versuchen; besteht das Problem weiter, den Postmaster des Empfängers fragen.",
    },
    systemFull: {
      title: "System voll",
      summary: "Das empfangende System hat keinen freien Speicherplatz mehr.",
      advice: "Später erneut versuchen; der Administrator des Empfängers muss Speicherplatz freigeben.",
    },
    networkError: {
      title: "Netzwerkfehler",
      summary: "Die Verbindung zum empfangenden Server scheiterte oder brach ab.",
      advice: "Später erneut versuchen; besteht das Problem weiter, DNS, Firewall und Erreichbarkeit prüfen.",
    },
    expired: {
      title: "Zustellung abgelaufen",
      summary: "Die Zustellung wurde aufgegeben, nachdem die Nachricht zu lange in der Warteschlange lag.",
      advice: "Klären, warum das Ziel unerreichbar war, bevor erneut gesendet wird.",
    },
    delivered: {
      title: "Zugestellt",
      summary: "Der Server hat die Nachricht oder den Befehl angenommen.",
      advice: "Nichts zu tun.",
    },
    undefined: {
      title: "Unbekannter Grund",
      summary: "Die Antwort sagt nicht klar, warum es scheiterte.",
      advice: "Den Antworttext lesen; bei vorübergehendem Fehler später erneut versuchen.",
    },
  },
  actors: {
    sendingApplication: "die sendende Anwendung",
    senderAdmin: "der Mailadministrator des Absenders",
    recipient: "der Empfänger",
    recipientAdmin: "der Mailadministrator des Empfängers",
    network: "niemand Bestimmtes (Netzwerk)",
  },
  labels: {
    severities: {
      success: "Erfolg",
      intermediate: "Zwischenantwort",
      transient: "vorübergehend",
      permanent: "dauerhaft",
      unknown: "unbekannt",
    },
    bounces: { hard: "Hard Bounce", soft: "Soft Bounce", none: "kein Bounce" },
    fields: {
      code: "Code",
      severity: "Schweregrad",
      reason: "Grund",
      bounce: "Bounce",
      actor: "Zuständig",
      retry: "Wiederholen?",
      summary: "Befund",
      advice: "Empfehlung",
      refused: "abgelehnt",
    },
    retry: { yes: "ja", no: "nein", after: "ja, nach {duration}" },
  },
  unregistered: {
    basicTitle: "Nicht registrierter Antwortcode",
    basicExplanation:
      "Dieser Antwortcode ist syntaktisch gültig, aber in keinem RFC definiert; Bedeutung tragen nur die erste Ziffer (die Klasse) und die zweite (die Kategorie).",
    invalidBasicTitle: "Ungültiger Antwortcode",
    invalidBasicExplanation:
      "Kein gültiger SMTP-Antwortcode: RFC 5321 erlaubt als zweite Ziffer nur 0 bis 5, und kein RFC definiert ihn. Nur die erste Ziffer sagt etwas: ob der Server Erfolg oder Fehler meinte.",
    enhancedTitle: "Nicht registriertes Statusdetail",
    enhancedExplanation:
      "Dieser Statuscode ist wohlgeformt, aber weder bei der IANA registriert noch in einem RFC definiert; Bedeutung tragen nur Klasse und Subject (die mittlere Zahl).",
  },
};
