import type { VendorCodeKey } from "../../vendor-codes.js";
import type { EntryTexts } from "../locale-texts.js";

/** Deutsche Texte der eigenen Codes der Anbieter (`vendor-codes.ts`), in der Reihenfolge der Daten. */
export const vendorDe: Readonly<Record<VendorCodeKey, EntryTexts>> = {
  "5.1.90": {
    title: "Tägliche Empfängergrenze erreicht",
    explanation: "Das sendende Microsoft-365-Postfach hat seine tägliche Grenze an Empfängern erreicht.",
    advice:
      "Warten, bis die Grenze zurückgesetzt wird (24 Stunden), oder den Versand auf mehrere Tage verteilen.",
  },
  "5.1.351": {
    title: "Empfängeradresse abgelehnt",
    explanation:
      "Microsoft 365 hat die Empfängeradresse abgelehnt: In der empfangenden Organisation gibt es diesen Empfänger nicht.",
    advice: "Adresse prüfen; nicht mehr anschreiben, wenn sie unbekannt ist.",
  },
  "5.2.121": {
    title: "Stündliche Grenze pro Absender beim Empfänger erreicht",
    explanation:
      "Das Postfach des Empfängers nimmt von einem Absender nur eine bestimmte Zahl an Nachrichten pro Stunde an, und dieser Absender hat sie erreicht.",
    advice: "Diesem Empfänger seltener schreiben; nach einer Stunde erneut versuchen.",
  },
  "5.2.122": {
    title: "Stündliche Empfangsgrenze des Empfängers erreicht",
    explanation:
      "Das Postfach des Empfängers hat in dieser Stunde mehr Nachrichten erhalten, als es annimmt.",
    advice: "Nach einer Stunde erneut versuchen.",
  },
  "5.3.190": {
    title: "Journaling nicht unterstützt",
    explanation:
      "Microsoft 365 nimmt lokale Journalnachrichten nicht an, solange die Journalarchivierung ausgeschaltet ist.",
    advice:
      "Der Administrator des Absenders schaltet die Journalarchivierung ein oder beendet das Journaling zu Microsoft 365.",
  },
  "5.4.14": {
    title: "Schleife beim Weiterleiten (zu viele Stationen)",
    explanation:
      "Die Nachricht ist durch zu viele Server gelaufen und wurde als wahrscheinliche Mailschleife angehalten.",
    advice:
      "Die Administratoren der Empfängerdomain beheben die Weiterleitungen oder Connectoren, die sie im Kreis schicken.",
  },
  "5.4.300": {
    title: "Nachricht abgelaufen",
    explanation: "Microsoft 365 konnte die Nachricht nicht zustellen, bevor sie in der Warteschlange ablief.",
    advice: "Prüfen, ob die empfangenden Server Post annehmen, dann erneut senden.",
  },
  "5.4.310": {
    title: "Domain existiert nicht im DNS",
    explanation: "Die Domain des Empfängers existiert nicht im DNS.",
    advice: "Die Domain des Empfängers berichtigen; meist ist es ein Tippfehler.",
  },
  "4.4.312": {
    title: "DNS-Abfrage fehlgeschlagen",
    explanation: "Die Suche nach den Mailservern der Empfängerdomain ist vorerst gescheitert.",
    advice:
      "Abwarten; die Nachricht wird erneut versucht. Die Administratoren der Domain prüfen ihre DNS-Server.",
  },
  "5.4.312": {
    title: "DNS-Abfrage fehlgeschlagen",
    explanation:
      "Die Suche nach den Mailservern der Empfängerdomain ist so lange gescheitert, bis Microsoft 365 aufgegeben hat.",
    advice: "Die Administratoren der Domain beheben ihr DNS; dann erneut senden.",
  },
  "4.4.316": {
    title: "Verbindung abgelehnt",
    explanation: "Der Mailserver des Empfängers hat die Verbindung von Microsoft 365 vorerst abgelehnt.",
    advice: "Abwarten; die Nachricht wird erneut versucht. Die Empfängerseite prüft Server und Firewall.",
  },
  "5.4.316": {
    title: "Nachricht abgelaufen, Verbindung abgelehnt",
    explanation:
      "Der Mailserver des Empfängers hat jede Verbindung abgelehnt, bis die Nachricht abgelaufen ist.",
    advice: "Die Empfängerseite behebt ihren Server; dann erneut senden.",
  },
  "5.6.11": {
    title: "Einzelne Zeilenvorschübe",
    explanation:
      "Die Nachricht enthält Zeilenvorschübe ohne Wagenrücklauf, was SMTP verbietet (RFC 5321 Abschnitt 2.3.8).",
    advice: "Zeilen mit CR LF beenden; das Programm berichtigen, das die Nachricht erzeugt.",
  },
  "5.7.57": {
    title: "Anonyme Post nicht erlaubt",
    explanation:
      "Der Client hat sich vor MAIL FROM nicht angemeldet, und Microsoft 365 leitet keine anonyme Post weiter.",
    advice: "Das sendende Programm so einrichten, dass es sich anmeldet (SMTP AUTH), an Port 587.",
  },
  "5.7.60": {
    title: "Keine Berechtigung für diesen Absender",
    explanation: "Das angemeldete Konto darf nicht mit dieser Absenderadresse senden.",
    advice:
      "Dem Konto das Recht »Senden als« für die Adresse geben oder mit der eigenen Adresse des Kontos senden.",
  },
  "5.7.68": {
    title: "Direktes Senden nicht erlaubt",
    explanation:
      "Exchange Online hat eine anonyme Nachricht von einer eigenen Domain der Organisation abgelehnt: Die Organisation sperrt das direkte Senden, und der sendende Server passt zu keinem ihrer eingehenden Connectoren.",
    advice:
      "Über eine angemeldete Verbindung (SMTP AUTH) oder einen eingehenden Connector für den sendenden Server senden, oder den Administrator das direkte Senden wieder erlauben lassen.",
  },
  "5.7.64": {
    title: "Weiterleitung verweigert (Mandantenzuordnung)",
    explanation:
      "Microsoft 365 konnte die weitergeleitete Post keinem Mandanten zuordnen: Kein Connector passt zum sendenden Server.",
    advice:
      "Der Administrator des Absenders richtet einen eingehenden Connector für den weiterleitenden Server ein (über IP-Adresse oder Zertifikat).",
  },
  "5.7.124": {
    title: "Absender nicht in der Liste erlaubter Absender",
    explanation:
      "Die Empfängergruppe nimmt nur Post von aufgeführten Absendern an, und dieser Absender steht nicht in der Liste.",
    advice: "Den Besitzer der Gruppe bitten, den Absender zuzulassen.",
  },
  "5.7.133": {
    title: "Absender für die Gruppe nicht authentifiziert",
    explanation: "Die Empfängergruppe nimmt nur Post von authentifizierten (internen) Absendern an.",
    advice:
      "Den Besitzer der Gruppe bitten, externe Absender zuzulassen, oder von einem internen Konto senden.",
  },
  "5.7.134": {
    title: "Absender für das Postfach nicht authentifiziert",
    explanation: "Das Empfängerpostfach nimmt nur Post von authentifizierten (internen) Absendern an.",
    advice: "Den Administrator des Empfängers bitten, externe Absender zuzulassen.",
  },
  "5.7.135": {
    title: "Absender für den öffentlichen Ordner nicht authentifiziert",
    explanation: "Der öffentliche Ordner nimmt nur Post von authentifizierten (internen) Absendern an.",
    advice: "Den Besitzer des Ordners bitten, externe Absender zuzulassen.",
  },
  "5.7.136": {
    title: "Absender für den E-Mail-Benutzer nicht authentifiziert",
    explanation: "Der E-Mail-Benutzer nimmt nur Post von authentifizierten (internen) Absendern an.",
    advice: "Den Administrator des Empfängers bitten, externe Absender zuzulassen.",
  },
  "4.7.500": {
    title: "Server ausgelastet, Zugang vorerst verweigert",
    explanation:
      "Microsoft 365 oder Outlook.com stellt Post der sendenden IP-Adresse vorerst zurück (4.7.500 bis 4.7.699), oft bei steigender Menge.",
    advice:
      "Später erneut versuchen und gleichmäßig senden; hält es an, den Ruf der sendenden IP-Adresse prüfen.",
  },
  "5.7.501": {
    title: "Spam-Missbrauch erkannt",
    explanation: "Microsoft 365 hat das sendende Konto gesperrt, nachdem Spam darüber versandt wurde.",
    advice: "Der Administrator des Absenders sichert das Konto und bittet Microsoft, die Sperre aufzuheben.",
  },
  "5.7.502": {
    title: "Gesperrter Absender",
    explanation: "Microsoft 365 lehnt Post dieses Absenders ab, den es gesperrt hat.",
    advice:
      "Der Administrator des Absenders klärt den Grund (Spam über das Konto) und beantragt die Aufhebung.",
  },
  "5.7.504": {
    title: "Empfängeradresse abgelehnt: Zugang verweigert",
    explanation:
      "Die empfangende Organisation hat die Empfängeradresse abgelehnt, meist weil es diesen Empfänger nicht gibt (verzeichnisbasierte Sperre).",
    advice: "Adresse prüfen; nicht mehr anschreiben, wenn sie unbekannt ist.",
  },
  "5.7.505": {
    title: "Gesperrter Empfänger",
    explanation: "Microsoft 365 lehnt Post an diesen Empfänger ab.",
    advice:
      "Diesen Empfänger nicht mehr anschreiben; bei seinem Administrator nachfragen, ob er Post erhalten soll.",
  },
  "5.7.506": {
    title: "Ungültiges HELO",
    explanation:
      "Der sendende Server hat sich mit einem HELO- oder EHLO-Namen vorgestellt, den Microsoft 365 ablehnt.",
    advice: "Den sendenden Server mit seinem eigenen vollqualifizierten Hostnamen grüßen lassen.",
  },
  "5.7.507": {
    title: "Vom Empfänger abgelehnt",
    explanation: "Die Organisation des Empfängers hat die sendende IP-Adresse gesperrt.",
    advice: "Den Administrator des Empfängers bitten, die sendende IP-Adresse zuzulassen.",
  },
  "5.7.508": {
    title: "Erlaubte Grenzen überschritten",
    explanation:
      "Die sendende IP-Adresse hat die von Microsoft 365 erlaubten Grenzen überschritten, ihre Post wird abgelehnt.",
    advice:
      "Weniger und gleichmäßig senden und den Ruf der IP-Adresse prüfen, bevor es erneut versucht wird.",
  },
  "5.7.509": {
    title: "DMARC-Prüfung fehlgeschlagen",
    explanation:
      "Die sendende Domain veröffentlicht eine DMARC-Richtlinie »reject«, und die Nachricht hat DMARC nicht bestanden.",
    advice: "SPF oder DKIM mit der Absenderdomain in Einklang bringen und die Post mit DKIM signieren.",
  },
  "5.7.510": {
    title: "Keine Post über IPv4",
    explanation: "Die Empfängerdomain nimmt keine Post über IPv4 an.",
    advice: "Über IPv6 senden (mit gültigem Reverse-DNS-Eintrag, SPF und DKIM).",
  },
  "5.7.511": {
    title: "Gesperrter Absender",
    explanation: "Microsoft 365 hat die sendende IP-Adresse oder Domain gesperrt.",
    advice: "Nach Beheben der Ursache die Aufhebung über Microsofts Entsperrverfahren beantragen.",
  },
  "5.7.512": {
    title: "Nachricht nicht RFC-5322-konform",
    explanation:
      "Der Nachricht fehlt ein gültiger From-Header (RFC 5322 Abschnitt 3.6.2), daher lehnt Microsoft 365 sie ab.",
    advice: "Jede Nachricht mit genau einem wohlgeformten From-Header senden.",
  },
  "5.7.513": {
    title: "Von der Sperrliste des Empfängers blockiert",
    explanation:
      "Die Organisation des Empfängers hat die sendende IP-Adresse auf ihre eigene Sperrliste gesetzt.",
    advice: "Den Administrator des Empfängers bitten, die IP-Adresse von der Liste zu nehmen.",
  },
  "5.7.515": {
    title: "Absenderdomain nicht ausreichend authentifiziert",
    explanation:
      "Outlook.com lehnt Mail ab, deren From-Domain die Authentifizierung nicht besteht, die es von Großversendern verlangt: SPF und DKIM bestanden, ein DMARC-Eintrag veröffentlicht und DMARC bestanden.",
    advice:
      "Für die From-Domain SPF, DKIM und einen DMARC-Eintrag veröffentlichen und die Mail daran ausrichten; die Werte Spf=, Dkim= und DMARC= im Unzustellbarkeitsbericht zeigen, was fehlschlug.",
  },
  "5.7.520": {
    title: "Externe Weiterleitung nicht erlaubt",
    explanation:
      "Das Postfach des Empfängers leitet automatisch an eine externe Adresse weiter, und die Richtlinie für ausgehenden Spam seiner Microsoft-365-Organisation erlaubt das nicht.",
    advice:
      "Den Empfänger bitten, die Weiterleitung zu entfernen, oder seinen Administrator, externe Weiterleitung zu erlauben.",
  },
  "5.7.606": {
    title: "Gesperrte sendende IP-Adresse",
    explanation: "Microsoft 365 oder Outlook.com hat die sendende IP-Adresse gesperrt (5.7.606 bis 5.7.649).",
    advice: "Nach Beheben der Ursache die Entsperrung über das Office-365-Entsperrportal beantragen.",
  },
  "4.7.650": {
    title: "Wegen des IP-Rufs gedrosselt",
    explanation: "Outlook.com begrenzt die Post der sendenden IP-Adresse vorübergehend wegen ihres Rufs.",
    advice:
      "Weniger und gleichmäßiger senden, den Ruf der IP-Adresse verbessern und später erneut versuchen.",
  },
  "5.7.703": {
    title: "Von der Zulassungs-/Sperrliste des Mandanten blockiert",
    explanation:
      "Die eigene Organisation des Absenders sperrt Post an diesen Empfänger oder diese Domain in ihrer Zulassungs-/Sperrliste.",
    advice: "Nur ein Administrator der sendenden Organisation kann die Liste ändern.",
  },
  "5.7.705": {
    title: "Mandant hat seine Schwelle überschritten",
    explanation:
      "Microsoft 365 hat die ausgehende Post der sendenden Organisation nach zu viel Spam oder Massenpost gesperrt.",
    advice:
      "Der Administrator des Absenders beseitigt die Ursache (ein kompromittiertes Konto oder einen Server) und bittet den Microsoft-Support um Aufhebung.",
  },
  "5.7.708": {
    title: "Keine Post von dieser IP-Adresse",
    explanation:
      "Microsoft 365 nimmt keine Post von der sendenden IP-Adresse an, meist einer mit schlechtem Ruf (oft die eines neuen Mandanten).",
    advice:
      "Über eine IP-Adresse mit gutem Ruf senden oder den Microsoft-Support bitten, die Einschränkung aufzuheben.",
  },
  "5.7.750": {
    title: "Senden von nicht registrierten Domains gesperrt",
    explanation:
      "Die sendende Microsoft-365-Organisation hat Post von Domains gesendet, die sie nicht registriert hat (akzeptierte Domains), und ist dafür gesperrt.",
    advice:
      "Der Administrator des Absenders fügt die Domains als akzeptierte Domains hinzu und bestätigt sie, oder es wird nicht mehr von ihnen gesendet.",
  },
};
