<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vigil</source>
        <translation>Über Vigil</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Compiler:</source>
        <translation>Compiler:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Start at login:</source>
        <translation>Start bei Anmeldung:</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Copy the version, build, paths and desktop details as text, to paste into a bug report</source>
        <translation>Version, Build, Pfade und Desktop-Angaben als Text kopieren, zum Einfügen in einen Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>De-escalated</source>
        <translation>Herabgestuft</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>healthy</source>
        <comment>severity inside a sentence</comment>
        <translation>gesund</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>severity inside a sentence</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>severity inside a sentence</comment>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>severity inside a sentence</comment>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <source>No active alerts</source>
        <translation>Keine aktiven Alarme</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Aktive Alarme</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot remove the file</source>
        <translation>die Datei kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>ChannelEditorDialog</name>
    <message>
        <source>Notification channel</source>
        <translation>Benachrichtigungskanal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Unique name of the channel, shown in the deliveries view and in log lines.</source>
        <translation>Eindeutiger Name des Kanals, angezeigt in der Zustellungsansicht und in Protokollzeilen.</translation>
    </message>
    <message>
        <source>e.g. team-slack</source>
        <translation>z. B. team-slack</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Where notifications go; each type gets the message format its receiver expects.</source>
        <translation>Wohin Benachrichtigungen gehen; jeder Typ erhält das Nachrichtenformat, das sein Empfänger erwartet.</translation>
    </message>
    <message>
        <source>A disabled channel is kept in the configuration but receives nothing.</source>
        <translation>Ein deaktivierter Kanal bleibt in der Konfiguration, erhält aber nichts.</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>The http:// or https:// address notifications are posted to. Treated as a secret: logs and tables show only its scheme and host.</source>
        <translation>Die http://- oder https://-Adresse, an die Benachrichtigungen gesendet werden. Wird als Geheimnis behandelt: Protokolle und Tabellen zeigen nur Schema und Host.</translation>
    </message>
    <message>
        <source>Where to find the URL</source>
        <translation>Wo die URL zu finden ist</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation>Si&amp;gnaturschlüssel:</translation>
    </message>
    <message>
        <source>Optional. Signs every request: a secret starting with “whsec_” gives Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature), any other gives X-Hub-Signature-256.</source>
        <translation>Optional. Signiert jede Anfrage: Ein Schlüssel, der mit „whsec_“ beginnt, ergibt Standard-Webhooks-Header (webhook-id, webhook-timestamp, webhook-signature), jeder andere X-Hub-Signature-256.</translation>
    </message>
    <message>
        <source>none: unsigned</source>
        <translation>keiner: unsigniert</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>by severity</source>
        <translation>nach Schweregrad</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>The least severe alert this channel hears about.</source>
        <translation>Der geringste Schweregrad, über den dieser Kanal informiert wird.</translation>
    </message>
    <message>
        <source>Only &amp;alerts matching:</source>
        <translation>Nur passende A&amp;larme:</translation>
    </message>
    <message>
        <source>Optional label matchers, all of which must hold, like alertname=~&quot;disk.*&quot;, mountpoint!=&quot;/boot&quot;. Empty: every alert.</source>
        <translation>Optionale Label-Bedingungen, die alle zutreffen müssen, etwa alertname=~&quot;disk.*&quot;, mountpoint!=&quot;/boot&quot;. Leer: jeder Alarm.</translation>
    </message>
    <message>
        <source>every alert</source>
        <translation>jeder Alarm</translation>
    </message>
    <message>
        <source>&amp;Group window:</source>
        <translation>Gruppierungs&amp;fenster:</translation>
    </message>
    <message>
        <source>Alerts that fire within this window go out as one message, like 10s; 0s sends each at once (0s to 10m).</source>
        <translation>Alarme, die innerhalb dieses Zeitfensters auslösen, gehen als eine Nachricht hinaus, etwa 10s; 0s sendet jeden sofort (0s bis 10m).</translation>
    </message>
    <message>
        <source>e.g. 10s</source>
        <translation>z. B. 10s</translation>
    </message>
    <message>
        <source>Also send a message when an alert resolves, with how long it lasted.</source>
        <translation>Auch eine Nachricht senden, wenn ein Alarm endet, mit seiner Dauer.</translation>
    </message>
    <message>
        <source>Send &amp;resolved messages</source>
        <translation>&amp;Behoben-Nachrichten senden</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Send &amp;test notification</source>
        <translation>Testbenachr&amp;ichtigung senden</translation>
    </message>
    <message>
        <source>Send a made-up warning alert (vigil_test) to this channel now, with these settings, without saving them</source>
        <translation>Jetzt einen erfundenen Warnalarm (vigil_test) mit diesen Einstellungen an diesen Kanal senden, ohne sie zu speichern</translation>
    </message>
    <message>
        <source>Test running</source>
        <translation>Test läuft</translation>
    </message>
    <message>
        <source>Test status</source>
        <translation>Teststatus</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>CheckEditorDialog</name>
    <message>
        <source>Service check</source>
        <translation>Dienstprüfung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Unique name of the check; it becomes the check label of its series (check_up{check=&quot;…&quot;}).</source>
        <translation>Eindeutiger Name der Prüfung; er wird zum check-Label ihrer Zeitreihen (check_up{check=&quot;…&quot;}).</translation>
    </message>
    <message>
        <source>e.g. api</source>
        <translation>z. B. api</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>What is checked: an HTTP endpoint, a TCP port, a DNS name, a process, a file, a log file or a Prometheus target.</source>
        <translation>Was geprüft wird: ein HTTP-Endpunkt, ein TCP-Port, ein DNS-Name, ein Prozess, eine Datei, eine Protokolldatei oder ein Prometheus-Ziel.</translation>
    </message>
    <message>
        <source>A disabled check is kept in the configuration but does not run.</source>
        <translation>Eine deaktivierte Prüfung bleibt in der Konfiguration, läuft aber nicht.</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>How often the check runs, like 30s, 1m or 1h30m (1s to 24h).</source>
        <translation>Wie oft die Prüfung läuft, etwa 30s, 1m oder 1h30m (1s bis 24h).</translation>
    </message>
    <message>
        <source>e.g. 1m</source>
        <translation>z. B. 1m</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>How long one attempt may take before it fails, like 500ms, 10s (100ms to 5m).</source>
        <translation>Wie lange ein Versuch dauern darf, bevor er fehlschlägt, etwa 500ms, 10s (100ms bis 5m).</translation>
    </message>
    <message>
        <source>e.g. 10s</source>
        <translation>z. B. 10s</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>Wie&amp;derholungen:</translation>
    </message>
    <message>
        <source>Extra attempts, with growing pauses, before a failing check counts as unhealthy; until then it is pending.</source>
        <translation>Zusätzliche Versuche mit wachsenden Pausen, bevor eine fehlschlagende Prüfung als fehlerhaft gilt; bis dahin ist sie ausstehend.</translation>
    </message>
    <message>
        <source>Reco&amp;ver after:</source>
        <translation>&amp;Erholt nach:</translation>
    </message>
    <message>
        <source>Successful attempts in a row before an unhealthy check counts as healthy again.</source>
        <translation>Erfolgreiche Versuche in Folge, bevor eine fehlerhafte Prüfung wieder als gesund gilt.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>The http:// or https:// address to request.</source>
        <translation>Die abzufragende http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>e.g. https://example.com/health</source>
        <translation>z. B. https://example.com/health</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>HTTP method of the request.</source>
        <translation>HTTP-Methode der Anfrage.</translation>
    </message>
    <message>
        <source>E&amp;xpected status:</source>
        <translation>Erwarteter &amp;Status:</translation>
    </message>
    <message>
        <source>Statuses that count as success: single codes and ranges separated by commas, like 200-399 or 200, 204.</source>
        <translation>Status, die als Erfolg gelten: einzelne Codes und Bereiche, durch Kommas getrennt, etwa 200-399 oder 200, 204.</translation>
    </message>
    <message>
        <source>200-399</source>
        <translation>200-399</translation>
    </message>
    <message>
        <source>&amp;Keyword:</source>
        <translation>Stichw&amp;ort:</translation>
    </message>
    <message>
        <source>The response body must contain this text. Empty: not checked.</source>
        <translation>Der Antworttext muss diesen Text enthalten. Leer: wird nicht geprüft.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Body regex:</source>
        <translation>&amp;Regex für den Inhalt:</translation>
    </message>
    <message>
        <source>The response body must match this regular expression. Empty: not checked.</source>
        <translation>Der Antworttext muss auf diesen regulären Ausdruck passen. Leer: wird nicht geprüft.</translation>
    </message>
    <message>
        <source>&amp;JSON field:</source>
        <translation>&amp;JSON-Feld:</translation>
    </message>
    <message>
        <source>Dotted path of a field in a JSON body, like status or checks.db.status.</source>
        <translation>Pfad eines Felds im JSON-Inhalt, mit Punkten getrennt, etwa status oder checks.db.status.</translation>
    </message>
    <message>
        <source>e.g. status</source>
        <translation>z. B. status</translation>
    </message>
    <message>
        <source>e&amp;quals</source>
        <translation>&amp;gleich</translation>
    </message>
    <message>
        <source>The field&apos;s value, as text, must equal this.</source>
        <translation>Der Wert des Felds muss als Text genau diesem entsprechen.</translation>
    </message>
    <message>
        <source>e.g. ok</source>
        <translation>z. B. ok</translation>
    </message>
    <message>
        <source>&amp;Degraded above:</source>
        <translation>&amp;Beeinträchtigt ab:</translation>
    </message>
    <message>
        <source>A successful response slower than this counts as degraded, like 500ms or 2s. Empty: off.</source>
        <translation>Eine erfolgreiche Antwort, die langsamer ist, gilt als beeinträchtigt, etwa 500ms oder 2s. Leer: aus.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Refuse certificates that do not verify (expired, self-signed, wrong host). Turn off only for test servers.</source>
        <translation>Zertifikate ablehnen, die sich nicht prüfen lassen (abgelaufen, selbst signiert, falscher Host). Nur für Testserver abschalten.</translation>
    </message>
    <message>
        <source>Verify the TLS certi&amp;ficate</source>
        <translation>TLS-Zerti&amp;fikat prüfen</translation>
    </message>
    <message>
        <source>Certificate &amp;warning:</source>
        <translation>Zertifikats&amp;warnung:</translation>
    </message>
    <message>
        <source>Degraded when the certificate expires within this many days.</source>
        <translation>Beeinträchtigt, wenn das Zertifikat innerhalb so vieler Tage abläuft.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;critical:</source>
        <translation>&amp;kritisch:</translation>
    </message>
    <message>
        <source>Unhealthy when the certificate expires within this many days.</source>
        <translation>Fehlerhaft, wenn das Zertifikat innerhalb so vieler Tage abläuft.</translation>
    </message>
    <message>
        <source>He&amp;aders:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Extra request headers, one &quot;Name: value&quot; per line.</source>
        <translation>Zusätzliche Anfrage-Header, ein „Name: Wert“ pro Zeile.</translation>
    </message>
    <message>
        <source>Authorization: Bearer …</source>
        <translation>Authorization: Bearer …</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Host name or IP address to connect to.</source>
        <translation>Hostname oder IP-Adresse, mit der verbunden wird.</translation>
    </message>
    <message>
        <source>e.g. db.example.com</source>
        <translation>z. B. db.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>TCP port, 1 to 65535.</source>
        <translation>TCP-Port, 1 bis 65535.</translation>
    </message>
    <message>
        <source>&amp;Send:</source>
        <translation>&amp;Senden:</translation>
    </message>
    <message>
        <source>Text written after connecting; \r \n \t and \\ are escapes. Empty: nothing is sent.</source>
        <translation>Text, der nach dem Verbinden gesendet wird; \r \n \t und \\ sind Escape-Sequenzen. Leer: es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>optional, e.g. PING\r\n</source>
        <translation>optional, z. B. PING\r\n</translation>
    </message>
    <message>
        <source>E&amp;xpect:</source>
        <translation>Er&amp;warten:</translation>
    </message>
    <message>
        <source>The reply must contain this text. Empty: connecting is enough.</source>
        <translation>Die Antwort muss diesen Text enthalten. Leer: die Verbindung genügt.</translation>
    </message>
    <message>
        <source>optional, e.g. +PONG</source>
        <translation>optional, z. B. +PONG</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>Ab&amp;frage:</translation>
    </message>
    <message>
        <source>The host name to resolve.</source>
        <translation>Der aufzulösende Hostname.</translation>
    </message>
    <message>
        <source>e.g. example.com</source>
        <translation>z. B. example.com</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>IP address of the name server to ask. Empty: the system&apos;s resolver.</source>
        <translation>IP-Adresse des zu fragenden Nameservers. Leer: der Resolver des Systems.</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <source>E&amp;xpected address:</source>
        <translation>Erwartete Adre&amp;sse:</translation>
    </message>
    <message>
        <source>One of the answers must be this IP address. Empty: any answer will do.</source>
        <translation>Eine der Antworten muss diese IP-Adresse sein. Leer: jede Antwort genügt.</translation>
    </message>
    <message>
        <source>&amp;Process name:</source>
        <translation>&amp;Prozessname:</translation>
    </message>
    <message>
        <source>The process name as in /proc/PID/comm or the file name of its program, like sshd.</source>
        <translation>Der Prozessname wie in /proc/PID/comm oder der Dateiname seines Programms, etwa sshd.</translation>
    </message>
    <message>
        <source>e.g. sshd</source>
        <translation>z. B. sshd</translation>
    </message>
    <message>
        <source>Comman&amp;d line:</source>
        <translation>Be&amp;fehlszeile:</translation>
    </message>
    <message>
        <source>A regular expression the whole command line must match somewhere (instead of or with the name).</source>
        <translation>Ein regulärer Ausdruck, der irgendwo in der ganzen Befehlszeile passen muss (statt des Namens oder zusätzlich).</translation>
    </message>
    <message>
        <source>optional, e.g. gunicorn.*app:main</source>
        <translation>optional, z. B. gunicorn.*app:main</translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation>&amp;Mindestens:</translation>
    </message>
    <message>
        <source>Unhealthy with fewer matching processes than this.</source>
        <translation>Fehlerhaft bei weniger passenden Prozessen.</translation>
    </message>
    <message>
        <source>At mo&amp;st:</source>
        <translation>Hö&amp;chstens:</translation>
    </message>
    <message>
        <source>Unhealthy with more matching processes than this.</source>
        <translation>Fehlerhaft bei mehr passenden Prozessen.</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>kein Maximum</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Absolute path of the file that must exist.</source>
        <translation>Absoluter Pfad der Datei, die vorhanden sein muss.</translation>
    </message>
    <message>
        <source>e.g. /var/backups/db.dump</source>
        <translation>z. B. /var/backups/db.dump</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Max &amp;age:</source>
        <translation>Höch&amp;stalter:</translation>
    </message>
    <message>
        <source>Unhealthy when the file was last modified longer ago than this, like 26h. Empty: no limit.</source>
        <translation>Fehlerhaft, wenn die Datei zuletzt vor längerer Zeit geändert wurde, etwa 26h. Leer: keine Grenze.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Max si&amp;ze:</source>
        <translation>Höchst&amp;größe:</translation>
    </message>
    <message>
        <source>Unhealthy when the file is larger than this: bytes, or with a unit like 500 MB or 2 GiB. Empty: no limit.</source>
        <translation>Fehlerhaft, wenn die Datei größer ist: Bytes oder mit Einheit wie 500 MB oder 2 GiB. Leer: keine Grenze.</translation>
    </message>
    <message>
        <source>Absolute path of the log file to follow.</source>
        <translation>Absoluter Pfad der zu verfolgenden Protokolldatei.</translation>
    </message>
    <message>
        <source>e.g. /var/log/app.log</source>
        <translation>z. B. /var/log/app.log</translation>
    </message>
    <message>
        <source>Choose the log file</source>
        <translation>Protokolldatei auswählen</translation>
    </message>
    <message>
        <source>Re&amp;gex pattern:</source>
        <translation>Re&amp;gex-Muster:</translation>
    </message>
    <message>
        <source>New lines matching this regular expression count. Empty: JSON lines at or above the minimum level count.</source>
        <translation>Neue Zeilen, die auf diesen regulären Ausdruck passen, werden gezählt. Leer: JSON-Zeilen ab der Mindeststufe werden gezählt.</translation>
    </message>
    <message>
        <source>e.g. ERROR|FATAL</source>
        <translation>z. B. ERROR|FATAL</translation>
    </message>
    <message>
        <source>Minimum &amp;level:</source>
        <translation>Mindest&amp;stufe:</translation>
    </message>
    <message>
        <source>For JSON lines: count lines whose level is at or above this.</source>
        <translation>Für JSON-Zeilen: Zeilen zählen, deren Stufe mindestens diese ist.</translation>
    </message>
    <message>
        <source>Max per min&amp;ute:</source>
        <translation>Höchstens pro &amp;Minute:</translation>
    </message>
    <message>
        <source>Unhealthy when more matching lines than this arrive per minute. 0: only count them.</source>
        <translation>Fehlerhaft, wenn mehr passende Zeilen pro Minute eintreffen. 0: nur zählen.</translation>
    </message>
    <message>
        <source>The /metrics address of the target; its series join Vigil&apos;s store.</source>
        <translation>Die /metrics-Adresse des Ziels; seine Zeitreihen kommen in Vigils Speicher.</translation>
    </message>
    <message>
        <source>e.g. http://localhost:9100/metrics</source>
        <translation>z. B. http://localhost:9100/metrics</translation>
    </message>
    <message>
        <source>&amp;Allow:</source>
        <translation>Zu&amp;lassen:</translation>
    </message>
    <message>
        <source>Keep only metrics whose name fully matches one of these regular expressions, one per line. Empty: all.</source>
        <translation>Nur Metriken behalten, deren Name vollständig auf einen dieser regulären Ausdrücke passt, einer pro Zeile. Leer: alle.</translation>
    </message>
    <message>
        <source>all metrics</source>
        <translation>alle Metriken</translation>
    </message>
    <message>
        <source>&amp;Deny:</source>
        <translation>A&amp;blehnen:</translation>
    </message>
    <message>
        <source>Drop metrics whose name fully matches one of these regular expressions, one per line.</source>
        <translation>Metriken verwerfen, deren Name vollständig auf einen dieser regulären Ausdrücke passt, einer pro Zeile.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Max &amp;series:</source>
        <translation>Höchstzahl Zeit&amp;reihen:</translation>
    </message>
    <message>
        <source>Unhealthy when the target exposes more series than this (protects memory).</source>
        <translation>Fehlerhaft, wenn das Ziel mehr Zeitreihen liefert (schützt den Speicher).</translation>
    </message>
    <message>
        <source>Test run</source>
        <translation>Testlauf</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Run one attempt of this check now, with these settings, without saving them</source>
        <translation>Jetzt einen Versuch dieser Prüfung mit diesen Einstellungen ausführen, ohne sie zu speichern</translation>
    </message>
    <message>
        <source>Test running</source>
        <translation>Test läuft</translation>
    </message>
    <message>
        <source>Test status</source>
        <translation>Teststatus</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>pending (retry %1)</source>
        <translation>ausstehend (Wiederholung %1)</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Latency: %1</source>
        <translation>Latenz: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Certificate expires in: %1 days</source>
        <translation>Zertifikat läuft ab in: %1 Tagen</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>traceparent: %1</source>
        <translation>traceparent: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Latency %1</source>
        <translation>Latenz %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>certificate expires in %1 days</source>
        <translation>Zertifikat läuft in %1 Tagen ab</translation>
    </message>
</context>
<context>
    <name>ChecksSettingsPage</name>
    <message>
        <source>Service &amp;checks (double-click or Enter to edit):</source>
        <translation>Dienst&amp;prüfungen (Doppelklick oder Eingabetaste zum Bearbeiten):</translation>
    </message>
    <message>
        <source>Every service check. A warning sign marks a check that cannot be saved; hover it for the reason. Uncheck “Enabled” to keep a check without running it.</source>
        <translation>Alle Dienstprüfungen. Ein Warnzeichen markiert eine Prüfung, die nicht gespeichert werden kann; der Mauszeiger darüber zeigt den Grund. „Aktiviert“ abwählen, um eine Prüfung zu behalten, ohne sie auszuführen.</translation>
    </message>
    <message>
        <source>Service checks</source>
        <translation>Dienstprüfungen</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Create a new check in the check editor</source>
        <translation>Eine neue Prüfung im Prüfungseditor anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Edit the selected check</source>
        <translation>Die ausgewählte Prüfung bearbeiten</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected check under a new name, as a starting point for a similar check</source>
        <translation>Die ausgewählte Prüfung unter neuem Namen kopieren, als Ausgangspunkt für eine ähnliche Prüfung</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected check (Delete). Nothing is saved until you press OK or Apply.</source>
        <translation>Die ausgewählte Prüfung entfernen (Entf). Gespeichert wird erst mit OK oder Anwenden.</translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message>
        <source>Filter by name, target or message</source>
        <translation>Nach Name, Ziel oder Meldung filtern</translation>
    </message>
    <message>
        <source>Show only the checks whose name, target or last message contains this text (Ctrl+F)</source>
        <translation>Nur Prüfungen zeigen, deren Name, Ziel oder letzte Meldung diesen Text enthält (Strg+F)</translation>
    </message>
    <message>
        <source>Filter checks</source>
        <translation>Prüfungen filtern</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Show only the checks in this state</source>
        <translation>Nur Prüfungen in diesem Zustand zeigen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Service checks</source>
        <translation>Dienstprüfungen</translation>
    </message>
</context>
<context>
    <name>DeliveriesView</name>
    <message>
        <source>Filter by channel, notification or error</source>
        <translation>Nach Kanal, Benachrichtigung oder Fehler filtern</translation>
    </message>
    <message>
        <source>Filter deliveries</source>
        <translation>Zustellungen filtern</translation>
    </message>
    <message>
        <source>Show only deliveries whose channel, notification or last error contains this text (Ctrl+F)</source>
        <translation>Nur Zustellungen zeigen, deren Kanal, Benachrichtigung oder letzter Fehler diesen Text enthält (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>Show deliveries in one state only</source>
        <translation>Nur Zustellungen in einem Zustand zeigen</translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation>Zustellungszustand</translation>
    </message>
    <message>
        <source>Delivery counts</source>
        <translation>Zustellungszahlen</translation>
    </message>
    <message>
        <source>Send the selected delivery now: a pending one skips its wait, a failed one is queued again (Ctrl+R)</source>
        <translation>Die ausgewählte Zustellung jetzt senden: eine ausstehende überspringt ihre Wartezeit, eine fehlgeschlagene wird erneut eingereiht (Strg+R)</translation>
    </message>
    <message>
        <source>D&amp;iscard…</source>
        <translation>Ver&amp;werfen…</translation>
    </message>
    <message>
        <source>Remove the selected delivery from the outbox; it will not be sent (Delete)</source>
        <translation>Die ausgewählte Zustellung aus dem Postausgang entfernen; sie wird nicht gesendet (Entf)</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Every notification queued for a channel: pending ones are retried with growing pauses until the receiver takes them or they are 24 h old</source>
        <translation>Alle für einen Kanal eingereihten Benachrichtigungen: ausstehende werden mit wachsenden Pausen erneut versucht, bis der Empfänger sie annimmt oder sie 24 h alt sind</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Default alert thresholds</source>
        <translation>Standard-Alarmschwellenwerte</translation>
    </message>
    <message>
        <source>C&amp;PU usage</source>
        <translation>&amp;CPU-Auslastung</translation>
    </message>
    <message>
        <source>Uncheck to keep the rule but stop evaluating it. Total CPU usage (rule cpu_high)</source>
        <translation>Abwählen, um die Regel zu behalten, aber nicht mehr auszuwerten. Gesamte CPU-Auslastung (Regel cpu_high)</translation>
    </message>
    <message>
        <source>e.g. 2m</source>
        <translation>z. B. 2m</translation>
    </message>
    <message>
        <source>&amp;Memory usage</source>
        <translation>Arbeits&amp;speicher</translation>
    </message>
    <message>
        <source>Uncheck to keep the rule but stop evaluating it. Memory in use (rule memory_high)</source>
        <translation>Abwählen, um die Regel zu behalten, aber nicht mehr auszuwerten. Belegter Arbeitsspeicher (Regel memory_high)</translation>
    </message>
    <message>
        <source>File&amp;systems</source>
        <translation>&amp;Dateisysteme</translation>
    </message>
    <message>
        <source>Uncheck to keep the rule but stop evaluating it. Every mounted file system (rule filesystem_full)</source>
        <translation>Abwählen, um die Regel zu behalten, aber nicht mehr auszuwerten. Jedes eingehängte Dateisystem (Regel filesystem_full)</translation>
    </message>
    <message>
        <source>An alert fires when the value stays past a threshold for the time given in “for” (durations like 30s, 2m, 1h30m). Set a threshold to “off” (below its lowest value) to drop that level. Clear thresholds, labels and your own rules are on the Alert rules page.</source>
        <translation>Ein Alarm löst aus, wenn der Wert für die unter „für“ angegebene Zeit jenseits eines Schwellenwerts bleibt (Dauern wie 30s, 2m, 1h30m). Ein Schwellenwert auf „aus“ (unter seinem kleinsten Wert) lässt diese Stufe weg. Entwarnungsschwellen, Labels und eigene Regeln stehen auf der Seite Alarmregeln.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications when alerts fire, change level or resolve</source>
        <translation>Desktop-Benachrichtigungen an&amp;zeigen, wenn Alarme auslösen, die Stufe wechseln oder enden</translation>
    </message>
    <message>
        <source>Popups through the desktop&apos;s notification service (or the tray when there is none). Alerts are still evaluated and shown in Vigil when this is off.</source>
        <translation>Hinweise über den Benachrichtigungsdienst des Desktops (oder den Infobereich, wenn es keinen gibt). Ist dies aus, werden Alarme trotzdem ausgewertet und in Vigil angezeigt.</translation>
    </message>
    <message>
        <source>Minimum s&amp;everity:</source>
        <translation>&amp;Mindestschweregrad:</translation>
    </message>
    <message>
        <source>Alerts below this level show in Vigil but do not pop up a notification.</source>
        <translation>Alarme unter dieser Stufe erscheinen in Vigil, lösen aber keine Benachrichtigung aus.</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Abtastung</translation>
    </message>
    <message>
        <source>Sampling &amp;interval:</source>
        <translation>Abtast&amp;intervall:</translation>
    </message>
    <message>
        <source>Time between two readings of the system, from 100ms to 1h (for example 500ms, 1s, 5s). Shorter intervals react faster and cost a little more CPU.</source>
        <translation>Zeit zwischen zwei Messungen des Systems, von 100ms bis 1h (zum Beispiel 500ms, 1s, 5s). Kürzere Intervalle reagieren schneller und kosten etwas mehr CPU.</translation>
    </message>
    <message>
        <source>e.g. 1s</source>
        <translation>z. B. 1s</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>S&amp;tart at login, in the tray</source>
        <translation>Bei der Anmeldung s&amp;tarten, im Infobereich</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>The language of Vigil&apos;s windows and notifications</source>
        <translation>Die Sprache von Vigils Fenstern und Benachrichtigungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies the next time Vigil starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Vigil.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>CPU usage warning threshold</source>
        <translation>Warnschwellenwert der CPU-Auslastung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>CPU usage critical threshold</source>
        <translation>Kritischer Schwellenwert der CPU-Auslastung</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>CPU usage: how long before it fires</source>
        <translation>CPU-Auslastung: wie lange, bis ausgelöst wird</translation>
    </message>
    <message>
        <source>Memory usage warning threshold</source>
        <translation>Warnschwellenwert der Speicherauslastung</translation>
    </message>
    <message>
        <source>Memory usage critical threshold</source>
        <translation>Kritischer Schwellenwert der Speicherauslastung</translation>
    </message>
    <message>
        <source>Memory usage: how long before it fires</source>
        <translation>Speicherauslastung: wie lange, bis ausgelöst wird</translation>
    </message>
    <message>
        <source>Filesystem warning threshold</source>
        <translation>Warnschwellenwert des Dateisystems</translation>
    </message>
    <message>
        <source>Filesystem critical threshold</source>
        <translation>Kritischer Schwellenwert des Dateisystems</translation>
    </message>
    <message>
        <source>Filesystem: how long before it fires</source>
        <translation>Dateisystem: wie lange, bis ausgelöst wird</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Time:</source>
        <translation>Zei&amp;traum:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Events from this time</source>
        <translation>Ereignisse ab diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Events until this time</source>
        <translation>Ereignisse bis zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>Search alert, labels, summary (Ctrl+F)</source>
        <translation>Alarm, Labels, Zusammenfassung durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>Alarmverlauf</translation>
    </message>
    <message>
        <source>Query the stored events again (F5)</source>
        <translation>Die gespeicherten Ereignisse neu abfragen (F5)</translation>
    </message>
    <message>
        <source>Save the events shown, in this order, as CSV</source>
        <translation>Die angezeigten Ereignisse in dieser Reihenfolge als CSV speichern</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Save the events shown, in this order, as a JSON array</source>
        <translation>Die angezeigten Ereignisse in dieser Reihenfolge als JSON-Array speichern</translation>
    </message>
    <message>
        <source>Sever&amp;ity:</source>
        <translation>Schwere&amp;grad:</translation>
    </message>
    <message>
        <source>Eve&amp;nts:</source>
        <translation>&amp;Ereignisse:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Als C&amp;SV exportieren…</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Search messages, categories and fields</source>
        <translation>Meldungen, Kategorien und Felder durchsuchen</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Show only entries whose message, category or fields contain this text (Ctrl+F)</source>
        <translation>Nur Einträge anzeigen, deren Meldung, Kategorie oder Felder diesen Text enthalten (Strg+F)</translation>
    </message>
    <message>
        <source>Show entries of this level and more severe ones</source>
        <translation>Einträge dieser Stufe und schwerwiegendere anzeigen</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <source>Follo&amp;w newest</source>
        <translation>Neuestem Eintrag &amp;folgen</translation>
    </message>
    <message>
        <source>Keep the newest entry in view; scrolling up turns this off</source>
        <translation>Den neuesten Eintrag im Blick behalten; Hochscrollen schaltet dies ab</translation>
    </message>
    <message>
        <source>Entry count</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>&amp;Open Log Folder</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder with vigil.log and its rotated copies in the file manager</source>
        <translation>Den Ordner mit vigil.log und seinen rotierten Kopien im Dateimanager öffnen</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Vigil&apos;s own log, newest at the bottom: what it did, what failed and why</source>
        <translation>Vigils eigenes Protokoll, das Neueste unten: was es getan hat, was fehlschlug und warum</translation>
    </message>
    <message>
        <source>&amp;Minimum level:</source>
        <translation>&amp;Mindeststufe:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>&amp;Time window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>Draw one CPU line per core as well as the total</source>
        <translation>Zusätzlich zur Summe eine CPU-Linie je Kern zeichnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation>&amp;Über Vigil</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Thresholds, alert rules, notifications and sampling</source>
        <translation>Schwellenwerte, Alarmregeln, Benachrichtigungen und Abtastung</translation>
    </message>
    <message>
        <source>How much history the charts show (Ctrl+1 … Ctrl+9); beyond the last hour from the history database</source>
        <translation>Wie viel Verlauf die Diagramme zeigen (Strg+1 … Strg+9); über die letzte Stunde hinaus aus der Verlaufsdatenbank</translation>
    </message>
    <message>
        <source>Per-core C&amp;PU</source>
        <translation>CPU &amp;je Kern</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Light or dark colours for the whole window</source>
        <translation>Helle oder dunkle Farben für das ganze Fenster</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>The colours of your desktop theme</source>
        <translation>Die Farben Ihres Desktop-Designs</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>He&amp;ll</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>NotificationsSettingsPage</name>
    <message>
        <source>Notification &amp;channels (double-click or Enter to edit):</source>
        <translation>Benachrichtigungs&amp;kanäle (Doppelklick oder Eingabetaste zum Bearbeiten):</translation>
    </message>
    <message>
        <source>Where alert notifications go besides the desktop. Every notification is queued in a persistent outbox first and retried until the receiver takes it; see the Deliveries tab. A warning sign marks a channel that cannot be saved; hover it for the reason.</source>
        <translation>Wohin Alarmbenachrichtigungen außer an den Desktop gehen. Jede Benachrichtigung wird zuerst in einen dauerhaften Postausgang eingereiht und erneut versucht, bis der Empfänger sie annimmt; siehe den Reiter Zustellungen. Ein Warnzeichen markiert einen Kanal, der nicht gespeichert werden kann; der Mauszeiger darüber zeigt den Grund.</translation>
    </message>
    <message>
        <source>Notification channels</source>
        <translation>Benachrichtigungskanäle</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Create a new channel: Slack, Discord, Teams, PagerDuty, Alertmanager, ntfy, Gotify or a generic webhook</source>
        <translation>Einen neuen Kanal anlegen: Slack, Discord, Teams, PagerDuty, Alertmanager, ntfy, Gotify oder ein allgemeiner Webhook</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Edit the selected channel and send it a test notification</source>
        <translation>Den ausgewählten Kanal bearbeiten und ihm eine Testbenachrichtigung senden</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected channel under a new name</source>
        <translation>Den ausgewählten Kanal unter neuem Namen kopieren</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected channel (Delete); notifications already queued for it fail with a reason. Nothing is saved until you press OK or Apply.</source>
        <translation>Den ausgewählten Kanal entfernen (Entf); bereits für ihn eingereihte Benachrichtigungen schlagen mit Begründung fehl. Gespeichert wird erst mit OK oder Anwenden.</translation>
    </message>
    <message>
        <source>No channels yet: alerts only reach the desktop. Press Add… to send them to Slack, Discord, Teams, PagerDuty, Alertmanager, ntfy, Gotify or any webhook.</source>
        <translation>Noch keine Kanäle: Alarme erreichen nur den Desktop. Mit Hinzufügen… gehen sie an Slack, Discord, Teams, PagerDuty, Alertmanager, ntfy, Gotify oder einen beliebigen Webhook.</translation>
    </message>
    <message>
        <source>No channels</source>
        <translation>Keine Kanäle</translation>
    </message>
    <message>
        <source>Desktop notifications and their minimum severity are on the General page.</source>
        <translation>Desktop-Benachrichtigungen und ihr Mindestschweregrad stehen auf der Seite Allgemein.</translation>
    </message>
</context>
<context>
    <name>ProcessesView</name>
    <message>
        <source>Filter by PID, name, user or command line</source>
        <translation>Nach PID, Name, Benutzer oder Befehlszeile filtern</translation>
    </message>
    <message>
        <source>Show only the processes whose PID, name, user or command line contains this text (Ctrl+F)</source>
        <translation>Nur die Prozesse anzeigen, deren PID, Name, Benutzer oder Befehlszeile diesen Text enthält (Strg+F)</translation>
    </message>
    <message>
        <source>Filter processes</source>
        <translation>Prozesse filtern</translation>
    </message>
    <message>
        <source>&amp;Only my processes</source>
        <translation>Nur &amp;eigene Prozesse</translation>
    </message>
    <message>
        <source>Hide the processes of other users (system services, root)</source>
        <translation>Die Prozesse anderer Benutzer ausblenden (Systemdienste, root)</translation>
    </message>
    <message>
        <source>Top by C&amp;PU</source>
        <translation>Höchste C&amp;PU-Last</translation>
    </message>
    <message>
        <source>List the processes using the most CPU</source>
        <translation>Die Prozesse mit der höchsten CPU-Last auflisten</translation>
    </message>
    <message>
        <source>Top by &amp;memory</source>
        <translation>Höchster &amp;Speicherbedarf</translation>
    </message>
    <message>
        <source>List the processes using the most resident memory</source>
        <translation>Die Prozesse mit dem meisten residenten Speicher auflisten</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>at or above</source>
        <translation>bei oder über</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>at or below</source>
        <translation>bei oder unter</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <source>Alert rule</source>
        <translation>Alarmregel</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Unique name of the rule; it becomes the alertname label. Letters, digits and _, not starting with a digit.</source>
        <translation>Eindeutiger Name der Regel; er wird zum Label alertname. Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend.</translation>
    </message>
    <message>
        <source>e.g. disk_busy</source>
        <translation>z. B. disk_busy</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>A disabled rule is kept in the configuration but not evaluated.</source>
        <translation>Eine deaktivierte Regel bleibt in der Konfiguration, wird aber nicht ausgewertet.</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>Zeit&amp;reihe:</translation>
    </message>
    <message>
        <source>Selector of the series to watch: a series name with optional label matchers =, !=, =~ (regex), !~, like filesystem_used_percent{mount!=&quot;/boot&quot;}. Pick a known series from the list or type; one alert per matching series.</source>
        <translation>Selektor der zu beobachtenden Zeitreihen: ein Name mit optionalen Label-Bedingungen =, !=, =~ (Regex), !~, etwa filesystem_used_percent{mount!=&quot;/boot&quot;}. Eine bekannte Zeitreihe aus der Liste wählen oder eintippen; ein Alarm je passender Zeitreihe.</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>How the value is compared with the thresholds: “&gt;” and “&gt;=” alert on high values, “&lt;” and “&lt;=” on low values.</source>
        <translation>Wie der Wert mit den Schwellenwerten verglichen wird: „&gt;“ und „&gt;=“ alarmieren bei hohen Werten, „&lt;“ und „&lt;=“ bei niedrigen.</translation>
    </message>
    <message>
        <source>&amp;Warning:</source>
        <translation>&amp;Warnung:</translation>
    </message>
    <message>
        <source>Warning threshold: the alert warns when the value passes it (see Operator). Empty: no warning level.</source>
        <translation>Warnschwelle: Der Alarm warnt, wenn der Wert sie überschreitet (siehe Operator). Leer: keine Warnstufe.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>c&amp;lears</source>
        <translation>En&amp;twarnung</translation>
    </message>
    <message>
        <source>Hysteresis: once warning, the alert stays warning until the value passes back beyond this value. Empty: the warning threshold itself.</source>
        <translation>Hysterese: Ein warnender Alarm bleibt auf Warnung, bis der Wert wieder jenseits dieses Werts liegt (Entwarnung). Leer: die Warnschwelle selbst.</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>C&amp;ritical:</source>
        <translation>&amp;Kritisch:</translation>
    </message>
    <message>
        <source>Critical threshold: the alert becomes critical when the value passes it. Empty: no critical level.</source>
        <translation>Kritische Schwelle: Der Alarm wird kritisch, wenn der Wert sie überschreitet. Leer: keine kritische Stufe.</translation>
    </message>
    <message>
        <source>cle&amp;ars</source>
        <translation>Entwarnun&amp;g</translation>
    </message>
    <message>
        <source>Hysteresis: once critical, the alert stays critical until the value passes back beyond this value. Empty: the critical threshold itself.</source>
        <translation>Hysterese: Ein kritischer Alarm bleibt kritisch, bis der Wert wieder jenseits dieses Werts liegt. Leer: die kritische Schwelle selbst.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>How long the condition must hold before the alert fires (pending until then), like 30s, 2m, 1h30m. 0s fires at once.</source>
        <translation>Wie lange die Bedingung gelten muss, bevor der Alarm auslöst (bis dahin ausstehend), etwa 30s, 2m, 1h30m. 0s löst sofort aus.</translation>
    </message>
    <message>
        <source>e.g. 2m</source>
        <translation>z. B. 2m</translation>
    </message>
    <message>
        <source>&amp;Keep firing for:</source>
        <translation>Ausgelöst &amp;halten für:</translation>
    </message>
    <message>
        <source>How long a firing alert stays firing after the condition clears, against flapping. 0s resolves at once.</source>
        <translation>Wie lange ein ausgelöster Alarm nach Wegfall der Bedingung ausgelöst bleibt, gegen Flattern. 0s behebt sofort.</translation>
    </message>
    <message>
        <source>e.g. 0s</source>
        <translation>z. B. 0s</translation>
    </message>
    <message>
        <source>Repea&amp;t every:</source>
        <translation>Wie&amp;derholen alle:</translation>
    </message>
    <message>
        <source>While an alert keeps firing, notify again this often (0s: never). Acknowledging an alert stops the repeats.</source>
        <translation>Solange ein Alarm ausgelöst bleibt, in diesem Abstand erneut benachrichtigen (0s: nie). Das Bestätigen eines Alarms beendet die Wiederholungen.</translation>
    </message>
    <message>
        <source>e.g. 4h</source>
        <translation>z. B. 4h</translation>
    </message>
    <message>
        <source>Labels and text</source>
        <translation>Labels und Text</translation>
    </message>
    <message>
        <source>La&amp;bels added to each alert:</source>
        <translation>La&amp;bels für jeden Alarm:</translation>
    </message>
    <message>
        <source>Extra labels, for example team=ops; they identify the alert and can be used to silence it. Names use letters, digits and _.</source>
        <translation>Zusätzliche Labels, zum Beispiel team=ops; sie kennzeichnen den Alarm und können zum Stummschalten dienen. Namen bestehen aus Buchstaben, Ziffern und _.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>A&amp;dd label</source>
        <translation>Label hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add a label row</source>
        <translation>Eine Label-Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve label</source>
        <translation>Label &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected label</source>
        <translation>Das ausgewählte Label entfernen</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Zusa&amp;mmenfassung:</translation>
    </message>
    <message>
        <source>One line shown in notifications and the alerts table. Templates: {{ $value }}, {{ $threshold }}, {{ $for }}, {{ $labels.mount }}.</source>
        <translation>Eine Zeile, die in Benachrichtigungen und der Alarmtabelle erscheint. Vorlagen: {{ $value }}, {{ $threshold }}, {{ $for }}, {{ $labels.mount }}.</translation>
    </message>
    <message>
        <source>e.g. {{ $labels.mount }} is {{ $value }} full</source>
        <translation>z. B. {{ $labels.mount }} ist zu {{ $value }} voll</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Beschre&amp;ibung:</translation>
    </message>
    <message>
        <source>Longer text shown in the alert&apos;s details; the same templates as the summary.</source>
        <translation>Längerer Text in den Details des Alarms; dieselben Vorlagen wie in der Zusammenfassung.</translation>
    </message>
    <message>
        <source>Runbook &amp;URL:</source>
        <translation>Runbook-&amp;URL:</translation>
    </message>
    <message>
        <source>Where to read what to do about this alert (an absolute URL); opened from the alerts table.</source>
        <translation>Wo steht, was bei diesem Alarm zu tun ist (eine absolute URL); wird aus der Alarmtabelle geöffnet.</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
</context>
<context>
    <name>RulesSettingsPage</name>
    <message>
        <source>&amp;Rules checked on every sample (double-click or Enter to edit):</source>
        <translation>&amp;Regeln, die bei jedem Messwert geprüft werden (Doppelklick oder Eingabetaste zum Bearbeiten):</translation>
    </message>
    <message>
        <source>Every alert rule. A warning sign marks a rule that cannot be saved; hover it for the reason. Uncheck “Enabled” to keep a rule without evaluating it.</source>
        <translation>Alle Alarmregeln. Ein Warnzeichen markiert eine Regel, die nicht gespeichert werden kann; der Mauszeiger darüber zeigt den Grund. „Aktiviert“ abwählen, um eine Regel zu behalten, ohne sie auszuwerten.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Create a new rule in the rule editor</source>
        <translation>Eine neue Regel im Regeleditor anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Edit the selected rule</source>
        <translation>Die ausgewählte Regel bearbeiten</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected rule under a new name, as a starting point for a similar rule</source>
        <translation>Die ausgewählte Regel unter neuem Namen kopieren, als Ausgangspunkt für eine ähnliche Regel</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rule (Delete). Nothing is saved until you press OK or Apply.</source>
        <translation>Die ausgewählte Regel entfernen (Entf). Gespeichert wird erst mit OK oder Anwenden.</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Vigil Settings</source>
        <translation>Vigil-Einstellungen</translation>
    </message>
</context>
<context>
    <name>SilenceDialog</name>
    <message>
        <source>Silence alerts</source>
        <translation>Alarme stummschalten</translation>
    </message>
    <message>
        <source>Mutes notifications of every alert whose labels match all included matchers. Alerts are still evaluated and stay visible in the alerts table.</source>
        <translation>Schaltet die Benachrichtigungen jedes Alarms stumm, dessen Labels auf alle einbezogenen Bedingungen passen. Alarme werden weiter ausgewertet und bleiben in der Alarmtabelle sichtbar.</translation>
    </message>
    <message>
        <source>&amp;Matchers</source>
        <translation>&amp;Bedingungen</translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>&amp;Add matcher</source>
        <translation>Bedingung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove matcher</source>
        <translation>Bedingung &amp;entfernen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 Stunde</translation>
    </message>
    <message>
        <source>&amp;4 hours</source>
        <translation>&amp;4 Stunden</translation>
    </message>
    <message>
        <source>1 &amp;day</source>
        <translation>1 &amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>Silence until</source>
        <translation>Stummschaltung bis</translation>
    </message>
    <message>
        <source>C&amp;omment (required): why, and who to ask</source>
        <translation>&amp;Kommentar (Pflicht): warum, und wen man fragen kann</translation>
    </message>
    <message>
        <source>e.g. Nightly backup fills /srv until 03:00 — ask Ana</source>
        <translation>z. B. Nächtliche Sicherung füllt /srv bis 03:00 – Ana fragen</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Vigil</source>
        <translation>Willkommen bei Vigil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigil is watching this machine&lt;/h3&gt;CPU, memory, disks, network and temperatures are sampled all the time. Three things to know:</source>
        <translation>&lt;h3&gt;Vigil überwacht diesen Rechner&lt;/h3&gt;CPU, Arbeitsspeicher, Datenträger, Netzwerk und Temperaturen werden laufend gemessen. Drei Dinge sollten Sie wissen:</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again</source>
        <translation>&amp;Nicht mehr anzeigen</translation>
    </message>
    <message>
        <source>Unticked, this welcome comes back at the next start. The user guide explains the same and more.</source>
        <translation>Ohne Haken erscheint diese Begrüßung beim nächsten Start wieder. Das Benutzerhandbuch erklärt dasselbe und mehr.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Skipped in %1:
%2</source>
        <translation>Übersprungen in %1:
%2</translation>
    </message>
</context>
<context>
    <name>vigil</name>
    <message>
        <source>the data could not be encoded</source>
        <translation>die Daten konnten nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>vigil::AboutDialog</name>
    <message>
        <source>Vigil icon</source>
        <translation>Vigil-Symbol</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigil %1&lt;/h3&gt;&lt;p&gt;A native system monitor for Linux: live charts, alert rules, service checks and notifications, with a Prometheus endpoint.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigil %1&lt;/h3&gt;&lt;p&gt;Ein nativer Systemmonitor für Linux: Live-Diagramme, Alarmregeln, Dienstprüfungen und Benachrichtigungen, mit einem Prometheus-Endpunkt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (git %2, %3 build)</source>
        <translation>%1 (git %2, %3-Build)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation>Compiler</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Start at login entry</source>
        <translation>Eintrag für den Start bei Anmeldung</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>%1 (and standard error)</source>
        <translation>%1 (und Standardfehlerausgabe)</translation>
    </message>
</context>
<context>
    <name>vigil::AlertDetailPane</name>
    <message>
        <source>, clears below %1</source>
        <translation>, Entwarnung unter %1</translation>
    </message>
    <message>
        <source>, clears above %1</source>
        <translation>, Entwarnung über %1</translation>
    </message>
    <message>
        <source>Close the details (Esc)</source>
        <translation>Details schließen (Esc)</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Thresholds:</source>
        <translation>Schwellenwerte:</translation>
    </message>
    <message>
        <source>Runbook:</source>
        <translation>Runbook:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Zeitachse:</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> um %1</translation>
    </message>
    <message>
        <source> (stale: no newer sample)</source>
        <translation> (veraltet: kein neuerer Messwert)</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Firing (%1)</source>
        <translation>Ausgelöst (%1)</translation>
    </message>
    <message>
        <source>Acknowledged: no repeats until it resolves</source>
        <translation>Bestätigt: keine Wiederholungen, bis er behoben ist</translation>
    </message>
    <message>
        <source>Silenced by %1</source>
        <translation>Stummgeschaltet durch %1</translation>
    </message>
    <message>
        <source>Last sample (stale since)</source>
        <translation>Letzter Messwert (veraltet seit)</translation>
    </message>
    <message>
        <source>No samples of this series in memory.</source>
        <translation>Keine Messwerte dieser Zeitreihe im Speicher.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 threshold %2</source>
        <translation>%1-Schwelle %2</translation>
    </message>
</context>
<context>
    <name>vigil::AlertModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>pending, fires in %1</source>
        <translation>ausstehend, löst aus in %1</translation>
    </message>
    <message>
        <source>pending, fires now</source>
        <translation>ausstehend, löst jetzt aus</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>%1, pending: not notified until it fires</source>
        <translation>%1, ausstehend: keine Benachrichtigung, bis er auslöst</translation>
    </message>
    <message>
        <source>%1, firing</source>
        <translation>%1, ausgelöst</translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <translation>Schwellenwert: %1</translation>
    </message>
    <message>
        <source>Last sample: %1</source>
        <translation>Letzter Messwert: %1</translation>
    </message>
    <message>
        <source>Stale: no new samples, so the alert keeps its state.</source>
        <translation>Veraltet: keine neuen Messwerte, daher behält der Alarm seinen Zustand.</translation>
    </message>
    <message>
        <source>Acknowledged: no repeat notifications until it resolves.</source>
        <translation>Bestätigt: keine wiederholten Benachrichtigungen, bis er behoben ist.</translation>
    </message>
    <message>
        <source>Silenced: notifications muted by silence %1.</source>
        <translation>Stummgeschaltet: Benachrichtigungen durch Stummschaltung %1 unterdrückt.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>vigil::AlertStore</name>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The alert database %1 is damaged (%2) and %3</source>
        <translation>Die Alarmdatenbank %1 ist beschädigt (%2) und %3</translation>
    </message>
    <message>
        <source>The alert history database was damaged and has been moved to %1. A new, empty database was created; earlier alert history is in the moved file.</source>
        <translation>Die Datenbank des Alarmverlaufs war beschädigt und wurde nach %1 verschoben. Eine neue, leere Datenbank wurde angelegt; der frühere Alarmverlauf steht in der verschobenen Datei.</translation>
    </message>
    <message>
        <source>The alert database is not open</source>
        <translation>Die Alarmdatenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Alert history is being saved again to %1.</source>
        <translation>Der Alarmverlauf wird wieder in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Alert history cannot be saved and more than %1 events are waiting; the oldest are being dropped.</source>
        <translation>Der Alarmverlauf kann nicht gespeichert werden und mehr als %1 Ereignisse warten; die ältesten werden verworfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n held event(s) were written.</source>
        <translation>
            <numerusform>%n zurückgehaltenes Ereignis wurde geschrieben.</numerusform>
            <numerusform>%n zurückgehaltene Ereignisse wurden geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were lost while it was unavailable.</source>
        <translation>
            <numerusform>%n Ereignis ging verloren, solange er nicht verfügbar war.</numerusform>
            <numerusform>%n Ereignisse gingen verloren, solange er nicht verfügbar war.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AlertsView</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Stop repeat notifications of this firing alert until it resolves</source>
        <translation>Wiederholte Benachrichtigungen dieses ausgelösten Alarms beenden, bis er behoben ist</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>&amp;Stummschalten…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Mute notifications of alerts like this one for a while</source>
        <translation>Benachrichtigungen von Alarmen wie diesem eine Zeit lang stummschalten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the alert&apos;s name, labels, value and state</source>
        <translation>Name, Labels, Wert und Zustand des Alarms kopieren</translation>
    </message>
    <message>
        <source>Open &amp;runbook</source>
        <translation>&amp;Runbook öffnen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Open the rule&apos;s runbook in the browser</source>
        <translation>Das Runbook der Regel im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show labels, thresholds, timeline and chart (Enter, double-click)</source>
        <translation>Labels, Schwellenwerte, Zeitachse und Diagramm zeigen (Eingabetaste, Doppelklick)</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <source>No active alerts</source>
        <translation>Keine aktiven Alarme</translation>
    </message>
    <message numerus="yes">
        <source>%n firing</source>
        <translation>
            <numerusform>%n ausgelöst</numerusform>
            <numerusform>%n ausgelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n critical)</source>
        <translation>
            <numerusform> (%n kritisch)</numerusform>
            <numerusform> (%n kritisch)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silenced</source>
        <translation>
            <numerusform>%n stummgeschaltet</numerusform>
            <numerusform>%n stummgeschaltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n veraltet</numerusform>
            <numerusform>%n veraltet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AutostartToggle</name>
    <message>
        <source>Start Vigil at login</source>
        <translation>Vigil bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start Vigil hidden in the system tray when you log in (vigil --minimized). Takes effect at once: writes or removes %1</source>
        <translation>Vigil bei der Anmeldung verborgen im Infobereich starten (vigil --minimized). Wirkt sofort: schreibt oder entfernt %1</translation>
    </message>
    <message>
        <source>Start at login status</source>
        <translation>Status des Starts bei Anmeldung</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Start Vigil in the system tray when you log in</source>
        <translation>Vigil bei der Anmeldung im Infobereich starten</translation>
    </message>
    <message>
        <source>Could not change the start at login: %1</source>
        <translation>Der Start bei Anmeldung ließ sich nicht ändern: %1</translation>
    </message>
    <message>
        <source>Vigil starts in the tray at login (%1).</source>
        <translation>Vigil startet bei der Anmeldung im Infobereich (%1).</translation>
    </message>
    <message>
        <source>Vigil does not start at login.</source>
        <translation>Vigil startet nicht bei der Anmeldung.</translation>
    </message>
</context>
<context>
    <name>vigil::ChannelEditorDialog</name>
    <message>
        <source>Warning and critical</source>
        <translation>Warnung und kritisch</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritisch</translation>
    </message>
    <message>
        <source>New notification channel</source>
        <translation>Neuer Benachrichtigungskanal</translation>
    </message>
    <message>
        <source>Notification channel %1</source>
        <translation>Benachrichtigungskanal %1</translation>
    </message>
    <message>
        <source>Group window: %1 (write it like 10s or 1m)</source>
        <translation>Gruppierungsfenster: %1 (etwa als 10s oder 1m schreiben)</translation>
    </message>
    <message>
        <source>An incoming webhook of a Slack app (Features → Incoming Webhooks). Slack accepts about one message per second; Vigil waits rather than lose one.</source>
        <translation>Ein eingehender Webhook einer Slack-App (Features → Incoming Webhooks). Slack nimmt etwa eine Nachricht pro Sekunde an; Vigil wartet lieber, als eine zu verlieren.</translation>
    </message>
    <message>
        <source>Channel settings → Integrations → Webhooks → Copy Webhook URL.</source>
        <translation>Kanaleinstellungen → Integrationen → Webhooks → Webhook-URL kopieren.</translation>
    </message>
    <message>
        <source>A Workflows webhook (“Post to a channel when a webhook request is received”); the message is an Adaptive Card.</source>
        <translation>Ein Workflows-Webhook („In einem Kanal posten, wenn eine Webhook-Anforderung empfangen wird“); die Nachricht ist eine Adaptive Card.</translation>
    </message>
    <message>
        <source>Events API v2. Leave the URL empty for PagerDuty&apos;s own; an alert keeps one incident (dedup key = the alert&apos;s fingerprint) and resolves it.</source>
        <translation>Events API v2. Die URL leer lassen für die von PagerDuty selbst; ein Alarm behält einen Vorfall (Dedup-Schlüssel = Fingerabdruck des Alarms) und löst ihn auf.</translation>
    </message>
    <message>
        <source>default: https://events.pagerduty.com/v2/enqueue</source>
        <translation>Standard: https://events.pagerduty.com/v2/enqueue</translation>
    </message>
    <message>
        <source>Routing &amp;key:</source>
        <translation>&amp;Routing-Schlüssel:</translation>
    </message>
    <message>
        <source>The integration key of the PagerDuty service (required).</source>
        <translation>Der Integrationsschlüssel des PagerDuty-Dienstes (Pflicht).</translation>
    </message>
    <message>
        <source>The base URL of an Alertmanager; Vigil pushes to /api/v2/alerts, re-sends firing alerts every minute and resolved ones for 5 minutes.</source>
        <translation>Die Basis-URL eines Alertmanagers; Vigil sendet an /api/v2/alerts, wiederholt ausgelöste Alarme jede Minute und behobene 5 Minuten lang.</translation>
    </message>
    <message>
        <source>The topic URL on ntfy.sh or your own server.</source>
        <translation>Die Topic-URL auf ntfy.sh oder Ihrem eigenen Server.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffsto&amp;ken:</translation>
    </message>
    <message>
        <source>Optional, for protected topics (sent as a bearer token).</source>
        <translation>Optional, für geschützte Topics (als Bearer-Token gesendet).</translation>
    </message>
    <message>
        <source>The base URL of your Gotify server.</source>
        <translation>Die Basis-URL Ihres Gotify-Servers.</translation>
    </message>
    <message>
        <source>Application &amp;token:</source>
        <translation>Anwendungsto&amp;ken:</translation>
    </message>
    <message>
        <source>The token of a Gotify application (required).</source>
        <translation>Das Token einer Gotify-Anwendung (Pflicht).</translation>
    </message>
    <message>
        <source>Any HTTP endpoint; the body is Vigil&apos;s documented JSON (docs/channels.md).</source>
        <translation>Ein beliebiger HTTP-Endpunkt; der Inhalt ist Vigils dokumentiertes JSON (docs/channels.md).</translation>
    </message>
    <message>
        <source>1 to %1; “by severity” maps warning and critical to the receiver&apos;s levels.</source>
        <translation>1 bis %1; „nach Schweregrad“ ordnet Warnung und kritisch den Stufen des Empfängers zu.</translation>
    </message>
    <message>
        <source>Name: another channel is already called “%1”</source>
        <translation>Name: ein anderer Kanal heißt bereits „%1“</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Senden an %1…</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <source>no answer after %1 ms</source>
        <translation>keine Antwort nach %1 ms</translation>
    </message>
    <message>
        <source>✔ Delivered</source>
        <translation>✔ Zugestellt</translation>
    </message>
    <message>
        <source>✘ Not delivered</source>
        <translation>✘ Nicht zugestellt</translation>
    </message>
    <message>
        <source>The receiver answered %1.</source>
        <translation>Der Empfänger antwortete %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>The test did not finish in time. Try again.</source>
        <translation>Der Test wurde nicht rechtzeitig fertig. Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>vigil::ChannelTableModel</name>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>critical only</source>
        <translation>nur kritisch</translation>
    </message>
    <message>
        <source>warning and critical</source>
        <translation>Warnung und kritisch</translation>
    </message>
    <message>
        <source>Enabled: alerts are sent to this channel</source>
        <translation>Aktiviert: Alarme werden an diesen Kanal gesendet</translation>
    </message>
    <message>
        <source>Disabled: this channel is kept but receives nothing</source>
        <translation>Deaktiviert: dieser Kanal bleibt erhalten, erhält aber nichts</translation>
    </message>
    <message>
        <source>Only the scheme and host are shown: the rest of a webhook URL is a secret</source>
        <translation>Nur Schema und Host werden gezeigt: der Rest einer Webhook-URL ist geheim</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Sendet</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>%1 — Name: more than one channel has this name</source>
        <translation>%1 – Name: mehr als ein Kanal hat diesen Namen</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>ntfy</source>
        <translation>ntfy</translation>
    </message>
    <message>
        <source>Gotify</source>
        <translation>Gotify</translation>
    </message>
    <message>
        <source>Generic webhook (JSON)</source>
        <translation>Allgemeiner Webhook (JSON)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Mindestschweregrad</translation>
    </message>
    <message>
        <source>Only alerts matching</source>
        <translation>Nur passende Alarme</translation>
    </message>
    <message>
        <source>Group window</source>
        <translation>Gruppierungsfenster</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>vigil::ChannelValidation</name>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>not an http:// or https:// URL with a host</source>
        <translation>keine http://- oder https://-URL mit Host</translation>
    </message>
    <message>
        <source>the PagerDuty routing key is required</source>
        <translation>der PagerDuty-Routing-Schlüssel ist erforderlich</translation>
    </message>
    <message>
        <source>the Gotify application token is required</source>
        <translation>das Gotify-Anwendungstoken ist erforderlich</translation>
    </message>
    <message>
        <source>must be warning or critical</source>
        <translation>muss warning oder critical sein</translation>
    </message>
    <message>
        <source>must be between 0s and 10m</source>
        <translation>muss zwischen 0s und 10m liegen</translation>
    </message>
    <message>
        <source>must be between 0 (by severity) and %1</source>
        <translation>muss zwischen 0 (nach Schweregrad) und %1 liegen</translation>
    </message>
</context>
<context>
    <name>vigil::CheckDetailPane</name>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Latency over the last hour (ms)</source>
        <translation>Latenz in der letzten Stunde (ms)</translation>
    </message>
    <message>
        <source>Run this check once now, outside its schedule</source>
        <translation>Diese Prüfung jetzt einmal außerhalb ihres Zeitplans ausführen</translation>
    </message>
    <message>
        <source>Run check now</source>
        <translation>Prüfung jetzt ausführen</translation>
    </message>
    <message>
        <source>Close the details (Esc)</source>
        <translation>Details schließen (Esc)</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Verfügbarkeit:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>Recent results</source>
        <translation>Letzte Ergebnisse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Copy request &amp;ID</source>
        <translation>Anfrage-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;traceparent</source>
        <translation>&amp;traceparent kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy result</source>
        <translation>Ergebnis &amp;kopieren</translation>
    </message>
    <message>
        <source>Request ID and traceparent</source>
        <translation>Anfrage-ID und traceparent</translation>
    </message>
    <message>
        <source>No latency samples in the last hour.</source>
        <translation>Keine Latenzwerte in der letzten Stunde.</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>, running</source>
        <translation>, läuft</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation>Zeitlimit %1</translation>
    </message>
    <message>
        <source>retries %1</source>
        <translation>Wiederholungen %1</translation>
    </message>
    <message>
        <source>next run %1</source>
        <translation>nächster Lauf %1</translation>
    </message>
    <message>
        <source>no attempts yet</source>
        <translation>noch keine Versuche</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>%1 over the last 24 hours</source>
        <translation>%1 in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source> (retry %1)</source>
        <translation> (Wiederholung %1)</translation>
    </message>
    <message>
        <source>traceparent: %1</source>
        <translation>traceparent: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
</context>
<context>
    <name>vigil::CheckEditorDialog</name>
    <message>
        <source>Runs one attempt with these settings, without saving.</source>
        <translation>Führt einen Versuch mit diesen Einstellungen aus, ohne zu speichern.</translation>
    </message>
    <message>
        <source>New service check</source>
        <translation>Neue Dienstprüfung</translation>
    </message>
    <message>
        <source>Service check %1</source>
        <translation>Dienstprüfung %1</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>%1-Ziel</translation>
    </message>
    <message>
        <source>Name: another check is already called “%1”</source>
        <translation>Name: eine andere Prüfung heißt bereits „%1“</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Teste %1…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>The test did not finish in time. Try again.</source>
        <translation>Der Test wurde nicht rechtzeitig fertig. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>none (use the pattern)</source>
        <translation>keine (das Muster verwenden)</translation>
    </message>
    <message>
        <source>not a duration like 30s</source>
        <translation>keine Dauer wie 30s</translation>
    </message>
    <message>
        <source>write codes and ranges like 200-399, 418</source>
        <translation>Codes und Bereiche wie 200-399, 418 angeben</translation>
    </message>
    <message>
        <source>“%1” is not a “Name: value” line</source>
        <translation>„%1“ ist keine Zeile der Form „Name: Wert“</translation>
    </message>
    <message>
        <source>write a size like 500 MB or 2 GiB</source>
        <translation>eine Größe wie 500 MB oder 2 GiB angeben</translation>
    </message>
</context>
<context>
    <name>vigil::CheckHealth</name>
    <message>
        <source>Check %1 %2%3</source>
        <translation>Prüfung %1 %2%3</translation>
    </message>
</context>
<context>
    <name>vigil::CheckModel</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>uptime %1</source>
        <translation>Verfügbarkeit %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Failing, retrying before it counts as unhealthy</source>
        <translation>Schlägt fehl, wird wiederholt, bevor sie als fehlerhaft gilt</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <source>No attempts yet</source>
        <translation>Noch keine Versuche</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Share of successful attempts over the last 24 hours</source>
        <translation>Anteil erfolgreicher Versuche in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>Duration of the last attempt</source>
        <translation>Dauer des letzten Versuchs</translation>
    </message>
    <message>
        <source>When the last attempt finished</source>
        <translation>Wann der letzte Versuch endete</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Verfügbarkeit 24 h</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>vigil::CheckService</name>
    <message>
        <source> (retry %1 of %2 in %3 s)</source>
        <translation> (Wiederholung %1 von %2 in %3 s)</translation>
    </message>
</context>
<context>
    <name>vigil::CheckTableModel</name>
    <message>
        <source>Enabled: this check runs</source>
        <translation>Aktiviert: diese Prüfung läuft</translation>
    </message>
    <message>
        <source>Disabled: this check is kept but does not run</source>
        <translation>Deaktiviert: diese Prüfung bleibt erhalten, läuft aber nicht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>%1 — Name: more than one check has this name</source>
        <translation>%1 – Name: mehr als eine Prüfung hat diesen Namen</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Recover after</source>
        <translation>Erholt nach</translation>
    </message>
    <message>
        <source>Backoff base</source>
        <translation>Backoff-Basis</translation>
    </message>
    <message>
        <source>Backoff cap</source>
        <translation>Backoff-Obergrenze</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Expected status</source>
        <translation>Erwarteter Status</translation>
    </message>
    <message>
        <source>Body regex</source>
        <translation>Regex für den Inhalt</translation>
    </message>
    <message>
        <source>JSON field</source>
        <translation>JSON-Feld</translation>
    </message>
    <message>
        <source>Degraded above</source>
        <translation>Beeinträchtigt ab</translation>
    </message>
    <message>
        <source>Certificate critical</source>
        <translation>Zertifikat kritisch</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Expected address</source>
        <translation>Erwartete Adresse</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Minimum count</source>
        <translation>Mindestanzahl</translation>
    </message>
    <message>
        <source>Maximum count</source>
        <translation>Höchstanzahl</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Max age</source>
        <translation>Höchstalter</translation>
    </message>
    <message>
        <source>Max size</source>
        <translation>Höchstgröße</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <source>Max per minute</source>
        <translation>Höchstens pro Minute</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Max series</source>
        <translation>Höchstzahl Zeitreihen</translation>
    </message>
</context>
<context>
    <name>vigil::CheckValidation</name>
    <message>
        <source>invalid regular expression at offset %1: %2</source>
        <translation>ungültiger regulärer Ausdruck an Position %1: %2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL with a host</source>
        <translation>%1 ist keine http://- oder https://-URL mit Host</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1-%2 is not a range of HTTP statuses (100-599)</source>
        <translation>%1-%2 ist kein Bereich von HTTP-Status (100-599)</translation>
    </message>
    <message>
        <source>required when json_equals is set</source>
        <translation>erforderlich, wenn json_equals gesetzt ist</translation>
    </message>
    <message>
        <source>must not be above cert_warning_days (%1)</source>
        <translation>darf nicht über cert_warning_days (%1) liegen</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>must be between 1 and 65535</source>
        <translation>muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>%1 is not an IP address</source>
        <translation>%1 ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>give a process name or a cmdline pattern</source>
        <translation>einen Prozessnamen oder ein cmdline-Muster angeben</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must not be below min_count (%1)</source>
        <translation>darf nicht unter min_count (%1) liegen</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>give a pattern or a min_level for JSON lines</source>
        <translation>ein Muster oder ein min_level für JSON-Zeilen angeben</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>must be between 1s and 24h</source>
        <translation>muss zwischen 1s und 24h liegen</translation>
    </message>
    <message>
        <source>must be between 100ms and 5m</source>
        <translation>muss zwischen 100ms und 5m liegen</translation>
    </message>
    <message>
        <source>must not be below backoff_base</source>
        <translation>darf nicht unter backoff_base liegen</translation>
    </message>
</context>
<context>
    <name>vigil::ChecksSettingsPage</name>
    <message>
        <source>No service checks yet. Add… (Alt+D) watches an HTTP endpoint, a TCP port, a DNS name, a process, a file, a log or a Prometheus target.</source>
        <translation>Noch keine Dienstprüfungen. Hinzufügen… (Alt+H) überwacht einen HTTP-Endpunkt, einen TCP-Port, einen DNS-Namen, einen Prozess, eine Datei, ein Protokoll oder ein Prometheus-Ziel.</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>Prüf&amp;ungen</translation>
    </message>
</context>
<context>
    <name>vigil::ChecksView</name>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run the check once now, outside its schedule</source>
        <translation>Die Prüfung jetzt einmal außerhalb ihres Zeitplans ausführen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the check&apos;s name, target, status and last result</source>
        <translation>Name, Ziel, Status und letztes Ergebnis der Prüfung kopieren</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Change this check in the settings</source>
        <translation>Diese Prüfung in den Einstellungen ändern</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show the latency chart and recent results (Enter, double-click)</source>
        <translation>Latenzdiagramm und letzte Ergebnisse zeigen (Eingabetaste, Doppelklick)</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Not healthy</source>
        <translation>Nicht gesund</translation>
    </message>
    <message>
        <source>Open Settings → Checks and add a service check</source>
        <translation>Einstellungen → Prüfungen öffnen und eine Dienstprüfung hinzufügen</translation>
    </message>
    <message>
        <source>Add a service check</source>
        <translation>Eine Dienstprüfung hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n configured</source>
        <translation>
            <numerusform>%n eingerichtet</numerusform>
            <numerusform>%n eingerichtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n fehlerhaft</numerusform>
            <numerusform>%n fehlerhaft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n beeinträchtigt</numerusform>
            <numerusform>%n beeinträchtigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No service checks yet — add one in Settings → Checks</source>
        <translation>Noch keine Dienstprüfungen – fügen Sie eine unter Einstellungen → Prüfungen hinzu</translation>
    </message>
    <message>
        <source>No checks match the filter</source>
        <translation>Keine Prüfung passt zum Filter</translation>
    </message>
    <message>
        <source>Add a chec&amp;k…</source>
        <translation>Prüfung hin&amp;zufügen…</translation>
    </message>
</context>
<context>
    <name>vigil::ConfigFile</name>
    <message>
        <source>(no path)</source>
        <translation>(kein Pfad)</translation>
    </message>
    <message>
        <source>no configuration file given</source>
        <translation>keine Konfigurationsdatei angegeben</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>file is too large (%1 bytes; the limit is 1 MiB)</source>
        <translation>Datei ist zu groß (%1 Bytes; die Grenze ist 1 MiB)</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
</context>
<context>
    <name>vigil::ConfigWriter</name>
    <message>
        <source>cannot move the unreadable configuration %1 aside; nothing was saved</source>
        <translation>die unlesbare Konfiguration %1 kann nicht beiseitegelegt werden; nichts wurde gespeichert</translation>
    </message>
</context>
<context>
    <name>vigil::Dashboard</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory and swap</source>
        <translation>Arbeitsspeicher und Auslagerung</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>Datenträger-E/A</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Load average</source>
        <translation>Durchschnittliche Last</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Temperaturen</translation>
    </message>
    <message>
        <source>No disks found, or waiting for a second sample.</source>
        <translation>Keine Datenträger gefunden, oder warte auf einen zweiten Messwert.</translation>
    </message>
    <message>
        <source>No network interfaces found besides loopback.</source>
        <translation>Außer Loopback keine Netzwerkschnittstellen gefunden.</translation>
    </message>
    <message>
        <source>No temperature sensors found.
Virtual machines usually have none.</source>
        <translation>Keine Temperatursensoren gefunden.
Virtuelle Maschinen haben meist keine.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>I/O wait</source>
        <translation>E/A-Wartezeit</translation>
    </message>
    <message>
        <source>Core %1</source>
        <translation>Kern %1</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Auslagerung</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>in</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>out</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n core(s)</source>
        <translation>
            <numerusform>%1 · %n Kern</numerusform>
            <numerusform>%1 · %n Kerne</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 used of %2</source>
        <translation>%1 von %2 belegt</translation>
    </message>
</context>
<context>
    <name>vigil::DeliveriesView</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Discard notification?</source>
        <translation>Benachrichtigung verwerfen?</translation>
    </message>
    <message>
        <source>“%1” to %2 will not be sent. Discard it?</source>
        <translation>„%1“ an %2 wird nicht gesendet. Verwerfen?</translation>
    </message>
    <message>
        <source>Nothing queued. Notifications to Slack, webhooks and other channels appear here with their delivery state; add a channel in Settings → Notifications.</source>
        <translation>Nichts eingereiht. Benachrichtigungen an Slack, Webhooks und andere Kanäle erscheinen hier mit ihrem Zustellungszustand; einen Kanal fügen Sie unter Einstellungen → Benachrichtigungen hinzu.</translation>
    </message>
    <message>
        <source>No deliveries match the filter</source>
        <translation>Keine Zustellung passt zum Filter</translation>
    </message>
</context>
<context>
    <name>vigil::DeliveryModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Next attempt at %1</source>
        <translation>Nächster Versuch um %1</translation>
    </message>
    <message>
        <source>Delivered at %1</source>
        <translation>Zugestellt um %1</translation>
    </message>
    <message>
        <source>Only the scheme and host are shown: the rest of a webhook URL is a secret</source>
        <translation>Nur Schema und Host werden gezeigt: der Rest einer Webhook-URL ist geheim</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next retry / sent</source>
        <translation>Nächster Versuch / gesendet</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>vigil::DesktopIntegration</name>
    <message>
        <source>Could not create the default configuration: %1</source>
        <translation>Die Standardkonfiguration konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>vigil::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <source>[FIRING] %1 (%2, was %3)</source>
        <translation>[AUSGELÖST] %1 (%2, war %3)</translation>
    </message>
    <message>
        <source>[FIRING] %1 (%2)</source>
        <translation>[AUSGELÖST] %1 (%2)</translation>
    </message>
    <message>
        <source>Value %1, resolved after %2 (firing since %3)</source>
        <translation>Wert %1, behoben nach %2 (ausgelöst seit %3)</translation>
    </message>
    <message>
        <source>Value %1 (threshold %2), firing since %3</source>
        <translation>Wert %1 (Schwellenwert %2), ausgelöst seit %3</translation>
    </message>
    <message>
        <source>Still firing. %1</source>
        <translation>Weiterhin ausgelöst. %1</translation>
    </message>
</context>
<context>
    <name>vigil::Dispatcher</name>
    <message>
        <source>The notification outbox cannot be used (%1): deliveries are kept in memory and lost if Vigil stops before they are sent.</source>
        <translation>Der Benachrichtigungs-Postausgang kann nicht verwendet werden (%1): Zustellungen werden im Speicher gehalten und gehen verloren, wenn Vigil vor dem Senden beendet wird.</translation>
    </message>
    <message numerus="yes">
        <source>The notification outbox %1 cannot be written (%2): %n queued notification(s) moved to memory and delivery goes on, but anything not sent is lost if Vigil stops. Free space in the data directory and restart Vigil to make the outbox persistent again.</source>
        <translation>
            <numerusform>Der Benachrichtigungs-Postausgang %1 kann nicht geschrieben werden (%2): %n eingereihte Benachrichtigung wurde in den Speicher verschoben und die Zustellung geht weiter, aber alles Ungesendete geht verloren, wenn Vigil beendet wird. Schaffen Sie Platz im Datenverzeichnis und starten Sie Vigil neu, damit der Postausgang wieder dauerhaft ist.</numerusform>
            <numerusform>Der Benachrichtigungs-Postausgang %1 kann nicht geschrieben werden (%2): %n eingereihte Benachrichtigungen wurden in den Speicher verschoben und die Zustellung geht weiter, aber alles Ungesendete geht verloren, wenn Vigil beendet wird. Schaffen Sie Platz im Datenverzeichnis und starten Sie Vigil neu, damit der Postausgang wieder dauerhaft ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::DnsCheck</name>
    <message>
        <source>timed out after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 lässt sich nicht auflösen: %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2, expected %3</source>
        <translation>%1 wird zu %2 aufgelöst, erwartet %3</translation>
    </message>
    <message>
        <source>%1 → %2 in %3 ms</source>
        <translation>%1 → %2 in %3 ms</translation>
    </message>
</context>
<context>
    <name>vigil::Duration</name>
    <message>
        <source>use ms, s, m, h or d</source>
        <translation>ms, s, m, h oder d verwenden</translation>
    </message>
    <message>
        <source>empty; expected a number with a unit, like &quot;1s&quot;</source>
        <translation>leer; erwartet wird eine Zahl mit Einheit, etwa „1s“</translation>
    </message>
    <message>
        <source>negative durations are not allowed</source>
        <translation>negative Dauern sind nicht erlaubt</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, erhalten %1</translation>
    </message>
    <message>
        <source>fractions are not supported; combine units instead, like &quot;1s500ms&quot;</source>
        <translation>Brüche werden nicht unterstützt; stattdessen Einheiten kombinieren, etwa „1s500ms“</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>unerwartet %1</translation>
    </message>
    <message>
        <source>missing unit after %1; %2</source>
        <translation>Einheit fehlt nach %1; %2</translation>
    </message>
    <message>
        <source>unknown unit %1; %2</source>
        <translation>unbekannte Einheit %1; %2</translation>
    </message>
    <message>
        <source>units must go from largest to smallest, each used once, like &quot;1h30m&quot;</source>
        <translation>Einheiten müssen von der größten zur kleinsten gehen, jede einmal, etwa „1h30m“</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
</context>
<context>
    <name>vigil::Engine</name>
    <message>
        <source>storage is not running</source>
        <translation>der Speicher läuft nicht</translation>
    </message>
    <message>
        <source>Exporter not serving: %1</source>
        <translation>Exporter bedient nicht: %1</translation>
    </message>
    <message>
        <source>Notification to %1 failed: %2</source>
        <translation>Benachrichtigung an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Test notification from Vigil</source>
        <translation>Testbenachrichtigung von Vigil</translation>
    </message>
    <message>
        <source>If you can read this, the channel &quot;%1&quot; works.</source>
        <translation>Wenn Sie dies lesen können, funktioniert der Kanal „%1“.</translation>
    </message>
    <message>
        <source>Storage is not running.</source>
        <translation>Die Speicherung läuft nicht.</translation>
    </message>
</context>
<context>
    <name>vigil::FileProbe</name>
    <message>
        <source>a path is required</source>
        <translation>ein Pfad ist erforderlich</translation>
    </message>
    <message>
        <source>the maximum age must not be negative</source>
        <translation>das Höchstalter darf nicht negativ sein</translation>
    </message>
    <message>
        <source>the maximum size must be -1 (no limit) or more</source>
        <translation>die Höchstgröße muss -1 (keine Grenze) oder mehr sein</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <source>modified %1 ago (max %2)</source>
        <translation>vor %1 geändert (höchstens %2)</translation>
    </message>
    <message>
        <source>%1 (max %2)</source>
        <translation>%1 (höchstens %2)</translation>
    </message>
    <message>
        <source>%1, modified %2 ago</source>
        <translation>%1, vor %2 geändert</translation>
    </message>
</context>
<context>
    <name>vigil::FilesystemPanel</name>
    <message>
        <source>Filesystems</source>
        <translation>Dateisysteme</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>Warte auf Daten…</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 belegt</translation>
    </message>
    <message>
        <source> · %1 free of %2</source>
        <translation> · %1 von %2 frei</translation>
    </message>
</context>
<context>
    <name>vigil::GeneralSettingsPage</name>
    <message>
        <source>total CPU usage</source>
        <translation>die gesamte CPU-Auslastung</translation>
    </message>
    <message>
        <source>memory in use</source>
        <translation>der belegte Arbeitsspeicher</translation>
    </message>
    <message>
        <source>a file system</source>
        <translation>ein Dateisystem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Warning threshold for %1</source>
        <translation>Warnschwelle für %1</translation>
    </message>
    <message>
        <source>Critical threshold for %1</source>
        <translation>Kritische Schwelle für %1</translation>
    </message>
    <message>
        <source>Pending time for %1</source>
        <translation>Wartezeit für %1</translation>
    </message>
    <message>
        <source>Sampling interval: %1</source>
        <translation>Abtastintervall: %1</translation>
    </message>
    <message>
        <source>Warn when %1 stays %2 this value (%3) for the time in “for”. “off” (the lowest value): no warning level.</source>
        <translation>Warnen, wenn %1 für die Zeit unter „für“ %2 diesem Wert (%3) bleibt. „aus“ (der kleinste Wert): keine Warnstufe.</translation>
    </message>
    <message>
        <source>Raise a critical alert when %1 stays %2 this value (%3) for the time in “for”. “off” (the lowest value): no critical level.</source>
        <translation>Einen kritischen Alarm auslösen, wenn %1 für die Zeit unter „für“ %2 diesem Wert (%3) bleibt. „aus“ (der kleinste Wert): keine kritische Stufe.</translation>
    </message>
    <message>
        <source>How long %1 must stay past a threshold before the alert fires, like 30s, 2m or 1h30m; 0s fires at once. Shorter breaches never notify.</source>
        <translation>Wie lange %1 jenseits eines Schwellenwerts bleiben muss, bevor der Alarm auslöst, etwa 30s, 2m oder 1h30m; 0s löst sofort aus. Kürzere Überschreitungen benachrichtigen nie.</translation>
    </message>
    <message>
        <source>Rule %1 on %2. Uncheck to keep the rule but stop evaluating it.</source>
        <translation>Regel %1 für %2. Abwählen, um die Regel zu behalten, aber nicht mehr auszuwerten.</translation>
    </message>
    <message>
        <source>Rule “%1” was removed from the rule list, so this check is off. &lt;a href=&quot;restore&quot;&gt;Restore the default rule&lt;/a&gt;</source>
        <translation>Die Regel „%1“ wurde aus der Regelliste entfernt, daher ist diese Überwachung aus. &lt;a href=&quot;restore&quot;&gt;Standardregel wiederherstellen&lt;/a&gt;</translation>
    </message>
    <message>
        <source> (edit the rule on the Alert rules page)</source>
        <translation> (die Regel auf der Seite Alarmregeln bearbeiten)</translation>
    </message>
    <message>
        <source>%1 is out of range; allowed %2 to %3</source>
        <translation>%1 liegt außerhalb des Bereichs; erlaubt %2 bis %3</translation>
    </message>
    <message>
        <source>%1 is longer than the history kept (%2)</source>
        <translation>%1 ist länger als der aufbewahrte Verlauf (%2)</translation>
    </message>
    <message>
        <source>%1 keeps %2 samples per series over the %3 history; the maximum is %4</source>
        <translation>%1 ergibt %2 Messwerte je Zeitreihe über den Verlauf von %3; das Maximum ist %4</translation>
    </message>
</context>
<context>
    <name>vigil::GuiSession</name>
    <message>
        <source>Vigil is still running</source>
        <translation>Vigil läuft weiter</translation>
    </message>
    <message>
        <source>Vigil keeps watching from the tray. Use Quit in its menu to stop it.</source>
        <translation>Vigil überwacht weiter aus dem Infobereich. Zum Beenden „Beenden“ in seinem Menü wählen.</translation>
    </message>
</context>
<context>
    <name>vigil::Health</name>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>All values below their warning thresholds</source>
        <translation>Alle Werte unter ihren Warnschwellen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n weiterer)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::HistoryModel</name>
    <message>
        <source>Not notified: silenced by %1</source>
        <translation>Nicht benachrichtigt: stummgeschaltet durch %1</translation>
    </message>
    <message>
        <source>Sent to notifications</source>
        <translation>An Benachrichtigungen gesendet</translation>
    </message>
    <message>
        <source>Not notified</source>
        <translation>Nicht benachrichtigt</translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <translation>Schwellenwert: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>vigil::HistoryView</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Notified changes</source>
        <translation>Benachrichtigte Änderungen</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Escalated or de-escalated</source>
        <translation>Eskaliert oder herabgestuft</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>No alert events in this time range</source>
        <translation>Keine Alarmereignisse in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No alert events match these filters</source>
        <translation>Keine Alarmereignisse passen zu diesen Filtern</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source> (the newest %1; narrow the filters to see older ones)</source>
        <translation> (die neuesten %1; Filter eingrenzen, um ältere zu sehen)</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>Export history as JSON</source>
        <translation>Verlauf als JSON exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>exporting…</source>
        <translation>wird exportiert…</translation>
    </message>
    <message>
        <source>export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The alert history could not be written to
%1

%2

Nothing was changed there; the events are still shown here, so you can try another place.</source>
        <translation>Der Alarmverlauf konnte nicht geschrieben werden nach
%1

%2

Dort wurde nichts geändert; die Ereignisse werden hier weiter angezeigt, Sie können also einen anderen Ort versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>exported %n event to %1</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n events to %1</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::HistoryWriter</name>
    <message>
        <source>History is turned off (history.enabled).</source>
        <translation>Der Verlauf ist ausgeschaltet (history.enabled).</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1; series history is kept in memory only</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden; der Zeitreihenverlauf wird nur im Speicher gehalten</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used (%2); series history is kept in memory only</source>
        <translation>Die Verlaufsdatenbank %1 ist nicht verwendbar (%2); der Zeitreihenverlauf wird nur im Speicher gehalten</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2) and %3</source>
        <translation>Die Verlaufsdatenbank %1 ist beschädigt (%2) und %3</translation>
    </message>
    <message>
        <source>The series history database was damaged and has been moved to %1. A new, empty one was created; earlier chart history is in the moved file.</source>
        <translation>Die Datenbank des Zeitreihenverlaufs war beschädigt und wurde nach %1 verschoben. Eine neue, leere wurde angelegt; der frühere Diagrammverlauf steht in der verschobenen Datei.</translation>
    </message>
    <message>
        <source>The history database is not open</source>
        <translation>Die Verlaufsdatenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Series history cannot be saved: %1. Vigil keeps recent samples in memory and retries.</source>
        <translation>Der Zeitreihenverlauf kann nicht gespeichert werden: %1. Vigil hält die letzten Messwerte im Speicher und versucht es erneut.</translation>
    </message>
    <message>
        <source>Series history is being saved again to %1.</source>
        <translation>Der Zeitreihenverlauf wird wieder in %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 sample(s) were lost while it was unavailable.</source>
        <translation>%1 Messwert(e) gingen verloren, während sie nicht verfügbar war.</translation>
    </message>
    <message>
        <source>Series history cannot be saved and more than %1 samples are waiting; the oldest are being dropped.</source>
        <translation>Der Zeitreihenverlauf kann nicht gespeichert werden, und mehr als %1 Messwerte warten; die ältesten werden verworfen.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
</context>
<context>
    <name>vigil::HttpCheck</name>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <source>body does not contain &quot;%1&quot;</source>
        <translation>Inhalt enthält nicht „%1“</translation>
    </message>
    <message>
        <source>body does not match /%1/</source>
        <translation>Inhalt passt nicht auf /%1/</translation>
    </message>
    <message>
        <source>body over the read limit, not parsed</source>
        <translation>Inhalt über der Lesegrenze, nicht ausgewertet</translation>
    </message>
    <message>
        <source>body is not JSON (%1 at offset %2)</source>
        <translation>Inhalt ist kein JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>no JSON field &quot;%1&quot;</source>
        <translation>kein JSON-Feld „%1“</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation>%1 ist „%2“, erwartet „%3“</translation>
    </message>
    <message>
        <source>service reports &quot;%1&quot;</source>
        <translation>Dienst meldet „%1“</translation>
    </message>
    <message>
        <source>slower than %1 ms</source>
        <translation>langsamer als %1 ms</translation>
    </message>
    <message>
        <source>certificate expired %1 days ago</source>
        <translation>Zertifikat vor %1 Tagen abgelaufen</translation>
    </message>
    <message>
        <source>certificate expires in %1 days</source>
        <translation>Zertifikat läuft in %1 Tagen ab</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <source>body cut at %1 KiB</source>
        <translation>Inhalt bei %1 KiB abgeschnitten</translation>
    </message>
</context>
<context>
    <name>vigil::HttpExporter</name>
    <message>
        <source>invalid listen address %1: %2</source>
        <translation>ungültige Lauschadresse %1: %2</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>vigil::HttpFetch</name>
    <message>
        <source>timed out after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
</context>
<context>
    <name>vigil::LanguageChooser</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>vigil::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <source>%1 %2 (%3)
%4</source>
        <translation>%1 %2 (%3)
%4</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>vigil::LogTail</name>
    <message>
        <source>a path is required</source>
        <translation>ein Pfad ist erforderlich</translation>
    </message>
    <message>
        <source>either a pattern or a minimum level is required</source>
        <translation>ein Muster oder eine Mindeststufe ist erforderlich</translation>
    </message>
    <message>
        <source>invalid pattern: %1 at offset %2</source>
        <translation>ungültiges Muster: %1 an Position %2</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; (use debug, info, warning, error or critical)</source>
        <translation>unbekannte Stufe „%1“ (debug, info, warning, error oder critical verwenden)</translation>
    </message>
    <message>
        <source>the maximum rate must be a number of 0 (no limit) or more</source>
        <translation>die Höchstrate muss eine Zahl ab 0 (keine Grenze) sein</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <source>rotated</source>
        <translation>rotiert</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>truncated, reading from the start</source>
        <translation>gekürzt, lese von vorn</translation>
    </message>
    <message numerus="yes">
        <source>%n matching line</source>
        <translation>
            <numerusform>%n passende Zeile</numerusform>
            <numerusform>%n passende Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching lines</source>
        <translation>
            <numerusform>%n passende Zeile</numerusform>
            <numerusform>%n passende Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>, max %1/min</source>
        <translation>, höchstens %1/min</translation>
    </message>
    <message>
        <source>%1 in the last %2 s (%3)</source>
        <translation>%1 in den letzten %2 s (%3)</translation>
    </message>
    <message>
        <source>%1 (rate from the next run)</source>
        <translation>%1 (Rate ab dem nächsten Lauf)</translation>
    </message>
    <message>
        <source>skipped %1 to catch up</source>
        <translation>%1 übersprungen, um aufzuholen</translation>
    </message>
    <message>
        <source>%1 over %2 cut</source>
        <translation>%1 über %2 abgeschnitten</translation>
    </message>
    <message numerus="yes">
        <source>%n line</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::LogView</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Nothing has been logged yet.</source>
        <translation>Bisher wurde nichts protokolliert.</translation>
    </message>
    <message>
        <source>Open %1 (vigil.log and its rotated copies) in the file manager</source>
        <translation>%1 (vigil.log und seine rotierten Kopien) im Dateimanager öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match the level and search.</source>
        <translation>Keine Einträge passen zu Stufe und Suche.</translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>&lt;b&gt;The configuration could not be used; Vigil runs on defaults.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Die Konfiguration konnte nicht verwendet werden; Vigil läuft mit Standardwerten.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Updated %1 · every %2</source>
        <translation>Aktualisiert %1 · alle %2</translation>
    </message>
    <message>
        <source>Built-in thresholds: CPU 80/95 %, memory 85/95 %, filesystems 80/90 % (warning/critical)</source>
        <translation>Eingebaute Schwellenwerte: CPU 80/95 %, Arbeitsspeicher 85/95 %, Dateisysteme 80/90 % (Warnung/kritisch)</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Alerts (%1)</source>
        <translation>&amp;Alarme (%1)</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>P&amp;rocesses</source>
        <translation>P&amp;rozesse</translation>
    </message>
    <message>
        <source>D&amp;eliveries</source>
        <translation>Zustellun&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Protoko&amp;ll</translation>
    </message>
</context>
<context>
    <name>vigil::NotificationsSettingsPage</name>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>vigil::OutboxDatabase</name>
    <message>
        <source>The notification outbox was damaged (%1) and has been moved to %2. A new, empty outbox was created; deliveries still queued in the moved file will not be sent.</source>
        <translation>Der Benachrichtigungs-Postausgang war beschädigt (%1) und wurde nach %2 verschoben. Ein neuer, leerer Postausgang wurde angelegt; in der verschobenen Datei noch eingereihte Zustellungen werden nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>vigil::ProcessModel</name>
    <message>
        <source>Known from the next refresh: CPU use is measured between two looks</source>
        <translation>Ab der nächsten Aktualisierung bekannt: Die CPU-Last wird zwischen zwei Abfragen gemessen</translation>
    </message>
    <message>
        <source>Unknown: the kernel shows disk activity only for your own processes, and a rate needs two refreshes</source>
        <translation>Unbekannt: Der Kernel zeigt Datenträgeraktivität nur für Ihre eigenen Prozesse, und eine Rate braucht zwei Aktualisierungen</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk read</source>
        <translation>Lesen (Datenträger)</translation>
    </message>
    <message>
        <source>Disk write</source>
        <translation>Schreiben (Datenträger)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>CPU use since the last refresh, per core: 200 % is two cores busy</source>
        <translation>CPU-Last seit der letzten Aktualisierung, je Kern: 200 % sind zwei ausgelastete Kerne</translation>
    </message>
    <message>
        <source>Resident memory (RSS)</source>
        <translation>Residenter Speicher (RSS)</translation>
    </message>
    <message>
        <source>Bytes per second that reached the disk since the last refresh</source>
        <translation>Bytes pro Sekunde, die seit der letzten Aktualisierung den Datenträger erreicht haben</translation>
    </message>
</context>
<context>
    <name>vigil::ProcessProbe</name>
    <message>
        <source>either a process name or a command-line pattern is required</source>
        <translation>ein Prozessname oder ein Befehlszeilenmuster ist erforderlich</translation>
    </message>
    <message>
        <source>invalid command-line pattern: %1 at offset %2</source>
        <translation>ungültiges Befehlszeilenmuster: %1 an Position %2</translation>
    </message>
    <message>
        <source>the proc root must not be empty</source>
        <translation>das proc-Wurzelverzeichnis darf nicht leer sein</translation>
    </message>
    <message>
        <source>the minimum count must not be negative</source>
        <translation>die Mindestanzahl darf nicht negativ sein</translation>
    </message>
    <message>
        <source>the maximum count must be -1 (no limit) or more</source>
        <translation>die Höchstanzahl muss -1 (keine Grenze) oder mehr sein</translation>
    </message>
    <message>
        <source>the maximum count (%1) is below the minimum (%2)</source>
        <translation>die Höchstanzahl (%1) liegt unter der Mindestanzahl (%2)</translation>
    </message>
    <message>
        <source>unexpected format</source>
        <translation>unerwartetes Format</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>mind. %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>höchst. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n process matches %1</source>
        <translation>
            <numerusform>%n Prozess passt auf %1</numerusform>
            <numerusform>%n Prozesse passen auf %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processes match %1</source>
        <translation>
            <numerusform>%n Prozess passt auf %1</numerusform>
            <numerusform>%n Prozesse passen auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 unreadable (%2)</source>
        <translation>; %1 unlesbar (%2)</translation>
    </message>
</context>
<context>
    <name>vigil::ProcessesView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;PID</source>
        <translation>&amp;PID kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy co&amp;mmand line</source>
        <translation>Be&amp;fehlszeile kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>&amp;End process…</source>
        <translation>Prozess &amp;beenden…</translation>
    </message>
    <message>
        <source>&amp;Kill process…</source>
        <translation>Prozess &amp;sofort beenden…</translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <source>Create c&amp;heck from process…</source>
        <translation>Prüfung aus Prozess &amp;erstellen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Copy the selected row</source>
        <translation>Die ausgewählte Zeile kopieren</translation>
    </message>
    <message>
        <source>Copy the process ID</source>
        <translation>Die Prozess-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the full command line</source>
        <translation>Die vollständige Befehlszeile kopieren</translation>
    </message>
    <message>
        <source>Add a service check that watches for this process by name</source>
        <translation>Eine Dienstprüfung hinzufügen, die diesen Prozess anhand seines Namens überwacht</translation>
    </message>
    <message>
        <source>Looking at the processes…</source>
        <translation>Prozesse werden ermittelt…</translation>
    </message>
    <message>
        <source>“%1” (PID %2)</source>
        <translation>„%1“ (PID %2)</translation>
    </message>
    <message>
        <source>Kill process?</source>
        <translation>Prozess sofort beenden?</translation>
    </message>
    <message>
        <source>End process?</source>
        <translation>Prozess beenden?</translation>
    </message>
    <message>
        <source>Kill %1 at once? It cannot save anything or clean up (SIGKILL).</source>
        <translation>%1 sofort beenden? Er kann nichts mehr speichern oder aufräumen (SIGKILL).</translation>
    </message>
    <message>
        <source>Ask %1 to end (SIGTERM)? Unsaved work in it may be lost.</source>
        <translation>%1 zum Beenden auffordern (SIGTERM)? Ungespeicherte Arbeit darin kann verloren gehen.</translation>
    </message>
    <message>
        <source>&amp;Kill</source>
        <translation>Sof&amp;ort beenden</translation>
    </message>
    <message>
        <source>&amp;End process</source>
        <translation>Prozess bee&amp;nden</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>%1 an %2 gesendet.</translation>
    </message>
    <message>
        <source>Not allowed to signal %1: it belongs to another user.</source>
        <translation>Keine Berechtigung, %1 ein Signal zu senden: Er gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>%1 has already exited.</source>
        <translation>%1 ist bereits beendet.</translation>
    </message>
    <message>
        <source>Could not signal %1: %2</source>
        <translation>Signal an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Select a process first</source>
        <translation>Zuerst einen Prozess auswählen</translation>
    </message>
    <message>
        <source>“%1” belongs to %2: you can end only your own processes</source>
        <translation>„%1“ gehört %2: Sie können nur Ihre eigenen Prozesse beenden</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>einem anderen Benutzer</translation>
    </message>
    <message>
        <source>Ask the process to end (SIGTERM)</source>
        <translation>Den Prozess zum Beenden auffordern (SIGTERM)</translation>
    </message>
    <message>
        <source>Stop the process at once (SIGKILL)</source>
        <translation>Den Prozess sofort anhalten (SIGKILL)</translation>
    </message>
    <message>
        <source>Cannot read the processes: %1</source>
        <translation>Die Prozesse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No process matches the filter</source>
        <translation>Kein Prozess passt zum Filter</translation>
    </message>
    <message>
        <source>No processes to show</source>
        <translation>Keine Prozesse anzuzeigen</translation>
    </message>
    <message>
        <source>%1 of %2 processes</source>
        <translation>%1 von %2 Prozessen</translation>
    </message>
    <message>
        <source>The %1 processes using the most memory are listed (collectors.processes.top), then filtered</source>
        <translation>Die %1 Prozesse mit dem meisten Speicher werden aufgelistet (collectors.processes.top), dann gefiltert</translation>
    </message>
    <message>
        <source>The %1 processes using the most CPU are listed (collectors.processes.top), then filtered</source>
        <translation>Die %1 Prozesse mit der höchsten CPU-Last werden aufgelistet (collectors.processes.top), dann gefiltert</translation>
    </message>
</context>
<context>
    <name>vigil::PrometheusCheck</name>
    <message>
        <source>HTTP %1 from the target</source>
        <translation>HTTP %1 vom Ziel</translation>
    </message>
    <message>
        <source>exposition larger than %1 MiB, not parsed</source>
        <translation>Exposition größer als %1 MiB, nicht ausgewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n Zeitreihe</numerusform>
            <numerusform>%n Zeitreihen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 over max_series dropped</source>
        <translation>, %1 über max_series verworfen</translation>
    </message>
    <message>
        <source>, %1 filtered</source>
        <translation>, %1 gefiltert</translation>
    </message>
    <message>
        <source>scraped %1 in %2 ms</source>
        <translation>%1 in %2 ms abgerufen</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the exposition, first: %1 (%2 kept)</source>
        <translation>
            <numerusform>%n Problem in der Exposition, erstes: %1 (%2 behalten)</numerusform>
            <numerusform>%n Probleme in der Exposition, erstes: %1 (%2 behalten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::RuleEditorDialog</name>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>at or above</source>
        <translation>bei oder über</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>at or below</source>
        <translation>bei oder unter</translation>
    </message>
    <message>
        <source>Every series named %1</source>
        <translation>Jede Zeitreihe namens %1</translation>
    </message>
    <message>
        <source>%1 (every series of this name)</source>
        <translation>%1 (jede Zeitreihe dieses Namens)</translation>
    </message>
    <message>
        <source>New alert rule</source>
        <translation>Neue Alarmregel</translation>
    </message>
    <message>
        <source>Alert rule %1</source>
        <translation>Alarmregel %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning clear</source>
        <translation>Entwarnung der Warnung</translation>
    </message>
    <message>
        <source>Critical clear</source>
        <translation>Entwarnung von kritisch</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Keep firing for</source>
        <translation>Ausgelöst halten für</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Labels: the label with value “%1” has no name</source>
        <translation>Labels: das Label mit dem Wert „%1“ hat keinen Namen</translation>
    </message>
    <message>
        <source>Labels: “%1” is used more than once</source>
        <translation>Labels: „%1“ wird mehrfach verwendet</translation>
    </message>
    <message>
        <source>Name: another rule is already called “%1”</source>
        <translation>Name: eine andere Regel heißt bereits „%1“</translation>
    </message>
    <message>
        <source>Matches no series yet: the rule applies once one appears.</source>
        <translation>Passt noch auf keine Zeitreihe: die Regel greift, sobald eine erscheint.</translation>
    </message>
    <message numerus="yes">
        <source>Matches %n known series.</source>
        <translation>
            <numerusform>Passt auf %n bekannte Zeitreihe.</numerusform>
            <numerusform>Passt auf %n bekannte Zeitreihen.</numerusform>
        </translation>
    </message>
    <message>
        <source>c&amp;lears below</source>
        <translation>En&amp;twarnung unter</translation>
    </message>
    <message>
        <source>c&amp;lears above</source>
        <translation>En&amp;twarnung über</translation>
    </message>
    <message>
        <source>cle&amp;ars below</source>
        <translation>Entwarnun&amp;g unter</translation>
    </message>
    <message>
        <source>cle&amp;ars above</source>
        <translation>Entwarnun&amp;g über</translation>
    </message>
</context>
<context>
    <name>vigil::RuleTableModel</name>
    <message>
        <source>Enabled: this rule is evaluated</source>
        <translation>Aktiviert: diese Regel wird ausgewertet</translation>
    </message>
    <message>
        <source>Disabled: this rule is kept but not evaluated</source>
        <translation>Deaktiviert: diese Regel bleibt erhalten, wird aber nicht ausgewertet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Selector of the series the rule watches</source>
        <translation>Selektor der Zeitreihen, die die Regel beobachtet</translation>
    </message>
    <message>
        <source>How a value is compared with the thresholds</source>
        <translation>Wie ein Wert mit den Schwellenwerten verglichen wird</translation>
    </message>
    <message>
        <source>How long the condition must hold before the alert fires</source>
        <translation>Wie lange die Bedingung gelten muss, bevor der Alarm auslöst</translation>
    </message>
    <message>
        <source>%1 — Name: more than one rule has this name</source>
        <translation>%1 – Name: mehr als eine Regel hat diesen Namen</translation>
    </message>
</context>
<context>
    <name>vigil::RulesSettingsPage</name>
    <message>
        <source>No alert rules: nothing raises an alert. Add… (Alt+D) creates one; the General page restores the shipped CPU, memory and file system rules.</source>
        <translation>Keine Alarmregeln: nichts löst einen Alarm aus. Hinzufügen… (Alt+H) legt eine an; die Seite Allgemein stellt die mitgelieferten Regeln für CPU, Arbeitsspeicher und Dateisysteme wieder her.</translation>
    </message>
    <message>
        <source>Alert r&amp;ules</source>
        <translation>Alarmre&amp;geln</translation>
    </message>
</context>
<context>
    <name>vigil::SettingsDialog</name>
    <message>
        <source>Save the settings and close</source>
        <translation>Die Einstellungen speichern und schließen</translation>
    </message>
    <message>
        <source>Save the settings and keep this window open</source>
        <translation>Die Einstellungen speichern und dieses Fenster offen lassen</translation>
    </message>
    <message>
        <source>Close without saving what was changed since the last Apply</source>
        <translation>Schließen, ohne die Änderungen seit dem letzten Anwenden zu speichern</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these to save:</source>
        <translation>Zum Speichern dies beheben:</translation>
    </message>
    <message>
        <source>Could not save the settings: %1
Your changes are still here: fix the problem and press OK or Apply again, or Cancel to discard them.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1
Ihre Änderungen sind noch da: beheben Sie das Problem und drücken Sie erneut OK oder Anwenden, oder Abbrechen, um sie zu verwerfen.</translation>
    </message>
</context>
<context>
    <name>vigil::SilenceDialog</name>
    <message>
        <source>&amp;Silence</source>
        <translation>&amp;Stummschalten</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Created by: %1</source>
        <translation>Erstellt von: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Silence %1</source>
        <translation>Stummschaltung %1</translation>
    </message>
    <message>
        <source>Include this matcher (checkbox); double-click or F2 to edit the name</source>
        <translation>Diese Bedingung einbeziehen (Ankreuzfeld); Doppelklick oder F2 zum Bearbeiten des Namens</translation>
    </message>
    <message>
        <source>= equals, != differs, =~ matches the regular expression, !~ does not</source>
        <translation>= gleich, != ungleich, =~ passt auf den regulären Ausdruck, !~ passt nicht</translation>
    </message>
    <message>
        <source>A matcher has no label name.</source>
        <translation>Eine Bedingung hat keinen Label-Namen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid label name.</source>
        <translation>„%1“ ist kein gültiger Label-Name.</translation>
    </message>
    <message>
        <source>The regular expression for “%1” is invalid: %2.</source>
        <translation>Der reguläre Ausdruck für „%1“ ist ungültig: %2.</translation>
    </message>
    <message>
        <source>Include at least one matcher.</source>
        <translation>Mindestens eine Bedingung einbeziehen.</translation>
    </message>
    <message>
        <source>At least one matcher must require a value (such as alertname = …); otherwise the silence would mute every alert.</source>
        <translation>Mindestens eine Bedingung muss einen Wert verlangen (etwa alertname = …); sonst würde die Stummschaltung jeden Alarm stummschalten.</translation>
    </message>
    <message>
        <source>The end time must be in the future.</source>
        <translation>Das Ende muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Enter a comment: why are these alerts silenced?</source>
        <translation>Geben Sie einen Kommentar ein: Warum werden diese Alarme stummgeschaltet?</translation>
    </message>
    <message>
        <source>Ends %1 (in %2)</source>
        <translation>Endet %1 (in %2)</translation>
    </message>
    <message>
        <source>Ends %1 (already past)</source>
        <translation>Endet %1 (bereits vorbei)</translation>
    </message>
</context>
<context>
    <name>vigil::SingleInstance</name>
    <message>
        <source>no runtime directory for the instance lock (%1)</source>
        <translation>kein Laufzeitverzeichnis für die Instanzsperre (%1)</translation>
    </message>
    <message>
        <source>cannot create the instance lock %1</source>
        <translation>die Instanzsperre %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>Vigil is already running (pid %1) but does not answer on %2</source>
        <translation>Vigil läuft bereits (PID %1), antwortet aber nicht auf %2</translation>
    </message>
    <message>
        <source>cannot reach the running Vigil on %1: %2</source>
        <translation>das laufende Vigil ist auf %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the running Vigil sent an oversized reply</source>
        <translation>das laufende Vigil sandte eine zu große Antwort</translation>
    </message>
    <message>
        <source>the running Vigil sent a reply this version does not understand</source>
        <translation>das laufende Vigil sandte eine Antwort, die diese Version nicht versteht</translation>
    </message>
</context>
<context>
    <name>vigil::TcpCheck</name>
    <message>
        <source>connected, but no expected reply within %1 s</source>
        <translation>verbunden, aber keine erwartete Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <source>connected in %1 ms</source>
        <translation>verbunden in %1 ms</translation>
    </message>
    <message>
        <source>reply contains &quot;%1&quot;</source>
        <translation>Antwort enthält „%1“</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; in the first %2 KiB of the reply</source>
        <translation>kein „%1“ in den ersten %2 KiB der Antwort</translation>
    </message>
    <message>
        <source>connection closed without a reply</source>
        <translation>Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>reply does not contain &quot;%1&quot;: %2</source>
        <translation>Antwort enthält nicht „%1“: %2</translation>
    </message>
</context>
<context>
    <name>vigil::TimeSeriesChart</name>
    <message>
        <source>Waiting for data…</source>
        <translation>Warte auf Daten…</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>Drag across the chart to zoom; double-click or Esc to reset; the menu key for more</source>
        <translation>Über das Diagramm ziehen zum Zoomen; Doppelklick oder Esc zum Zurücksetzen; die Menütaste für mehr</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>(above the axis)</source>
        <translation>(über der Achse)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the live window again (Esc, or double-click the chart)</source>
        <translation>Wieder das Live-Zeitfenster zeigen (Esc oder Doppelklick auf das Diagramm)</translation>
    </message>
    <message>
        <source>&amp;Ignore outliers</source>
        <translation>&amp;Ausreißer ignorieren</translation>
    </message>
    <message>
        <source>Scale the value axis to the 99th percentile, so one spike does not flatten the rest</source>
        <translation>Die Werteachse auf das 99. Perzentil skalieren, damit eine einzelne Spitze den Rest nicht plattdrückt</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save this chart as an image</source>
        <translation>Dieses Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>Export data as &amp;CSV…</source>
        <translation>Daten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save every sample of the visible time span as CSV</source>
        <translation>Jeden Messwert des sichtbaren Zeitraums als CSV speichern</translation>
    </message>
    <message>
        <source>%1 chart menu</source>
        <translation>Menü des Diagramms %1</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n off scale</source>
        <translation>
            <numerusform>▲ %n außerhalb der Skala</numerusform>
            <numerusform>▲ %n außerhalb der Skala</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) above %1 are cut off (Ignore outliers is on)</source>
        <translation>
            <numerusform>%n Punkt über %1 ist abgeschnitten (Ausreißer ignorieren ist an)</numerusform>
            <numerusform>%n Punkte über %1 sind abgeschnitten (Ausreißer ignorieren ist an)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Chart Data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>vigil::TrayController</name>
    <message>
        <source>&amp;Hide Vigil</source>
        <translation>Vigil &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Show Vigil</source>
        <translation>Vigil &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;alerts</source>
        <translation>A&amp;larme anzeigen</translation>
    </message>
    <message>
        <source>Resume notifications (paused until %1)</source>
        <translation>Benachrichtigungen fortsetzen (pausiert bis %1)</translation>
    </message>
    <message>
        <source>Pause notifications for 1 hour</source>
        <translation>Benachrichtigungen für 1 Stunde pausieren</translation>
    </message>
    <message>
        <source>Vigil: %1</source>
        <translation>Vigil: %1</translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Benachrichtigungen pausiert bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <comment>alerts</comment>
        <translation>
            <numerusform>%n kritisch</numerusform>
            <numerusform>%n kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <comment>alerts</comment>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silenced</source>
        <comment>alerts</comment>
        <translation>
            <numerusform>%n stummgeschaltet</numerusform>
            <numerusform>%n stummgeschaltet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::WelcomeDialog</name>
    <message>
        <source>Vigil icon</source>
        <translation>Vigil-Symbol</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rules.&lt;/b&gt; Alert rules on: %1. They warn, or go critical, when a value stays past its threshold for a while, and a desktop notification tells you. Change thresholds and rules in File → Settings (Ctrl+,).</source>
        <translation>&lt;b&gt;Die Regeln.&lt;/b&gt; Alarmregeln für: %1. Sie warnen oder werden kritisch, wenn ein Wert eine Weile jenseits seines Schwellenwerts bleibt, und eine Desktop-Benachrichtigung sagt es Ihnen. Schwellenwerte und Regeln ändern Sie unter Datei → Einstellungen (Strg+,).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your files.&lt;/b&gt; The configuration was created with the defaults in &lt;tt&gt;%1&lt;/tt&gt;; the settings dialog edits the same file. The alert history is kept in &lt;tt&gt;%2&lt;/tt&gt;. Help → About Vigil lists these paths again.</source>
        <translation>&lt;b&gt;Ihre Dateien.&lt;/b&gt; Die Konfiguration wurde mit den Standardwerten in &lt;tt&gt;%1&lt;/tt&gt; angelegt; der Einstellungsdialog bearbeitet dieselbe Datei. Der Alarmverlauf liegt in &lt;tt&gt;%2&lt;/tt&gt;. Hilfe → Über Vigil zeigt diese Pfade erneut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your files.&lt;/b&gt; The configuration is &lt;tt&gt;%1&lt;/tt&gt;; the settings dialog edits the same file. The alert history is kept in &lt;tt&gt;%2&lt;/tt&gt;. Help → About Vigil lists these paths again.</source>
        <translation>&lt;b&gt;Ihre Dateien.&lt;/b&gt; Die Konfiguration ist &lt;tt&gt;%1&lt;/tt&gt;; der Einstellungsdialog bearbeitet dieselbe Datei. Der Alarmverlauf liegt in &lt;tt&gt;%2&lt;/tt&gt;. Hilfe → Über Vigil zeigt diese Pfade erneut.</translation>
    </message>
    <message>
        <source>Where Vigil keeps its files</source>
        <translation>Wo Vigil seine Dateien ablegt</translation>
    </message>
    <message>
        <source>Don&apos;t show the welcome again</source>
        <translation>Die Begrüßung nicht mehr anzeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;The tray.&lt;/b&gt; Vigil keeps running in the system tray when you close this window; the icon&apos;s colour is the overall status (green healthy, orange warning, red critical). Click it to bring the window back; quit from its menu or with Ctrl+Q.</source>
        <translation>&lt;b&gt;Der Infobereich.&lt;/b&gt; Vigil läuft im Infobereich weiter, wenn Sie dieses Fenster schließen; die Farbe des Symbols ist der Gesamtstatus (grün gesund, orange Warnung, rot kritisch). Ein Klick darauf holt das Fenster zurück; beenden über sein Menü oder mit Strg+Q.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The tray.&lt;/b&gt; This desktop has no system tray right now, so closing the window quits Vigil. Where a tray exists, Vigil keeps running there and its icon&apos;s colour is the overall status.</source>
        <translation>&lt;b&gt;Der Infobereich.&lt;/b&gt; Dieser Desktop hat gerade keinen Infobereich, daher beendet das Schließen des Fensters Vigil. Wo es einen Infobereich gibt, läuft Vigil dort weiter, und die Farbe seines Symbols ist der Gesamtstatus.</translation>
    </message>
</context>
<context>
    <name>vigil::ruletext</name>
    <message>
        <source>Label “%1”</source>
        <translation>Label „%1“</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning clear</source>
        <translation>Entwarnung der Warnung</translation>
    </message>
    <message>
        <source>Critical clear</source>
        <translation>Entwarnung von kritisch</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Keep firing for</source>
        <translation>Ausgelöst halten für</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Runbook URL</source>
        <translation>Runbook-URL</translation>
    </message>
    <message>
        <source>(unnamed rule)</source>
        <translation>(unbenannte Regel)</translation>
    </message>
</context>
</TS>
