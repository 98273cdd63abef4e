<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the version, build, paths and desktop details as text, to paste into a bug report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <comment>severity inside a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <comment>severity inside a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <comment>severity inside a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>severity inside a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <source>No active alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelEditorDialog</name>
    <message>
        <source>Notification channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique name of the channel, shown in the deliveries view and in log lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. team-slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where notifications go; each type gets the message format its receiver expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disabled channel is kept in the configuration but receives nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The http:// or https:// address notifications are posted to. Treated as a secret: logs and tables show only its scheme and host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Signs every request: a secret starting with “whsec_” gives Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature), any other gives X-Hub-Signature-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least severe alert this channel hears about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;alerts matching:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional label matchers, all of which must hold, like alertname=~&quot;disk.*&quot;, mountpoint!=&quot;/boot&quot;. Empty: every alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts that fire within this window go out as one message, like 10s; 0s sends each at once (0s to 10m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send a message when an alert resolves, with how long it lasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;resolved messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a made-up warning alert (vigil_test) to this channel now, with these settings, without saving them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckEditorDialog</name>
    <message>
        <source>Service check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique name of the check; it becomes the check label of its series (check_up{check=&quot;…&quot;}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is checked: an HTTP endpoint, a TCP port, a DNS name, a process, a file, a log file or a Prometheus target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disabled check is kept in the configuration but does not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the check runs, like 30s, 1m or 1h30m (1s to 24h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one attempt may take before it fails, like 500ms, 10s (100ms to 5m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra attempts, with growing pauses, before a failing check counts as unhealthy; until then it is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reco&amp;ver after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful attempts in a row before an unhealthy check counts as healthy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The http:// or https:// address to request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://example.com/health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses that count as success: single codes and ranges separated by commas, like 200-399 or 200, 204.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>200-399</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body must contain this text. Empty: not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body regex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body must match this regular expression. Empty: not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted path of a field in a JSON body, like status or checks.db.status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e&amp;quals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field&apos;s value, as text, must equal this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Degraded above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A successful response slower than this counts as degraded, like 500ms or 2s. Empty: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse certificates that do not verify (expired, self-signed, wrong host). Turn off only for test servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the TLS certi&amp;ficate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded when the certificate expires within this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;critical:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy when the certificate expires within this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;aders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra request headers, one &quot;Name: value&quot; per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Bearer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or IP address to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port, 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text written after connecting; \r \n \t and \\ are escapes. Empty: nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. PING\r\n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply must contain this text. Empty: connecting is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. +PONG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address of the name server to ask. Empty: the system&apos;s resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the answers must be this IP address. Empty: any answer will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Process name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process name as in /proc/PID/comm or the file name of its program, like sshd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sshd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comman&amp;d line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression the whole command line must match somewhere (instead of or with the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. gunicorn.*app:main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy with fewer matching processes than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At mo&amp;st:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy with more matching processes than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute path of the file that must exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /var/backups/db.dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy when the file was last modified longer ago than this, like 26h. Empty: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy when the file is larger than this: bytes, or with a unit like 500 MB or 2 GiB. Empty: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute path of the log file to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /var/log/app.log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gex pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lines matching this regular expression count. Empty: JSON lines at or above the minimum level count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ERROR|FATAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For JSON lines: count lines whose level is at or above this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max per min&amp;ute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy when more matching lines than this arrive per minute. 0: only count them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The /metrics address of the target; its series join Vigil&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. http://localhost:9100/metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only metrics whose name fully matches one of these regular expressions, one per line. Empty: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deny:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop metrics whose name fully matches one of these regular expressions, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy when the target exposes more series than this (protects memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one attempt of this check now, with these settings, without saving them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending (retry %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expires in: %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traceparent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate expires in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksSettingsPage</name>
    <message>
        <source>Service &amp;checks (double-click or Enter to edit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every service check. A warning sign marks a check that cannot be saved; hover it for the reason. Uncheck “Enabled” to keep a check without running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new check in the check editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected check under a new name, as a starting point for a similar check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected check (Delete). Nothing is saved until you press OK or Apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message>
        <source>Filter by name, target or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the checks whose name, target or last message contains this text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the checks in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveriesView</name>
    <message>
        <source>Filter by channel, notification or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only deliveries whose channel, notification or last error contains this text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deliveries in one state only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected delivery now: a pending one skips its wait, a failed one is queued again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected delivery from the outbox; it will not be sent (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every notification queued for a channel: pending ones are retried with growing pauses until the receiver takes them or they are 24 h old</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Default alert thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;PU usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck to keep the rule but stop evaluating it. Total CPU usage (rule cpu_high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ritical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck to keep the rule but stop evaluating it. Memory in use (rule memory_high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File&amp;systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck to keep the rule but stop evaluating it. Every mounted file system (rule filesystem_full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert fires when the value stays past a threshold for the time given in “for” (durations like 30s, 2m, 1h30m). Set a threshold to “off” (below its lowest value) to drop that level. Clear thresholds, labels and your own rules are on the Alert rules page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications when alerts fire, change level or resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popups through the desktop&apos;s notification service (or the tray when there is none). Alerts are still evaluated and shown in Vigil when this is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum s&amp;everity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts below this level show in Vigil but do not pop up a notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling &amp;interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between two readings of the system, from 100ms to 1h (for example 500ms, 1s, 5s). Shorter intervals react faster and cost a little more CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart at login, in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of Vigil&apos;s windows and notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time Vigil starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events from this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events until this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search alert, labels, summary (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query the stored events again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events shown, in this order, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events shown, in this order, as a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much history the charts show (Ctrl+1 … Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw one CPU line per core as well as the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Per-core CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds, alert rules, notifications and sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsSettingsPage</name>
    <message>
        <source>Notification &amp;channels (double-click or Enter to edit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where alert notifications go besides the desktop. Every notification is queued in a persistent outbox first and retried until the receiver takes it; see the Deliveries tab. A warning sign marks a channel that cannot be saved; hover it for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new channel: Slack, Discord, Teams, PagerDuty, Alertmanager, ntfy, Gotify or a generic webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected channel and send it a test notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected channel under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected channel (Delete); notifications already queued for it fail with a reason. Nothing is saved until you press OK or Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channels yet: alerts only reach the desktop. Press Add… to send them to Slack, Discord, Teams, PagerDuty, Alertmanager, ntfy, Gotify or any webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications and their minimum severity are on the General page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <source>Alert rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique name of the rule; it becomes the alertname label. Letters, digits and _, not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. disk_busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disabled rule is kept in the configuration but not evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector of the series to watch: a series name with optional label matchers =, !=, =~ (regex), !~, like filesystem_used_percent{mount!=&quot;/boot&quot;}. Pick a known series from the list or type; one alert per matching series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the value is compared with the thresholds: “&gt;” and “&gt;=” alert on high values, “&lt;” and “&lt;=” on low values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning threshold: the alert warns when the value passes it (see Operator). Empty: no warning level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c&amp;lears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hysteresis: once warning, the alert stays warning until the value passes back beyond this value. Empty: the warning threshold itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ritical:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical threshold: the alert becomes critical when the value passes it. Empty: no critical level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cle&amp;ars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hysteresis: once critical, the alert stays critical until the value passes back beyond this value. Empty: the critical threshold itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the condition must hold before the alert fires (pending until then), like 30s, 2m, 1h30m. 0s fires at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep firing for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a firing alert stays firing after the condition clears, against flapping. 0s resolves at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repea&amp;t every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While an alert keeps firing, notify again this often (0s: never). Acknowledging an alert stops the repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;bels added to each alert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra labels, for example team=ops; they identify the alert and can be used to silence it. Names use letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a label row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line shown in notifications and the alerts table. Templates: {{ $value }}, {{ $threshold }}, {{ $for }}, {{ $labels.mount }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {{ $labels.mount }} is {{ $value }} full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer text shown in the alert&apos;s details; the same templates as the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to read what to do about this alert (an absolute URL); opened from the alerts table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesSettingsPage</name>
    <message>
        <source>&amp;Rules checked on every sample (double-click or Enter to edit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every alert rule. A warning sign marks a rule that cannot be saved; hover it for the reason. Uncheck “Enabled” to keep a rule without evaluating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new rule in the rule editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rule under a new name, as a starting point for a similar rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rule (Delete). Nothing is saved until you press OK or Apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Vigil Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SilenceDialog</name>
    <message>
        <source>Silence alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutes notifications of every alert whose labels match all included matchers. Alerts are still evaluated and stay visible in the alerts table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add matcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove matcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omment (required): why, and who to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nightly backup fills /srv until 03:00 — ask Ana</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigil is watching this machine&lt;/h3&gt;CPU, memory, disks, network and temperatures are sampled all the time. Three things to know:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, this welcome comes back at the next start. The user guide explains the same and more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Skipped in %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AboutDialog</name>
    <message>
        <source>Vigil icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigil %1&lt;/h3&gt;&lt;p&gt;A native system monitor for Linux: live charts, alert rules, service checks and notifications, with a Prometheus endpoint.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (git %2, %3 build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard error: the terminal Vigil was started from, else the desktop session&apos;s log (journalctl --user, or ~/.xsession-errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AlertDetailPane</name>
    <message>
        <source>, clears below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, clears above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the details (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stale: no newer sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged: no repeats until it resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silenced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sample (stale since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples of this series in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 threshold %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AlertModel</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending, fires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending, fires now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pending: not notified until it fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: no new samples, so the alert keeps its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged: no repeat notifications until it resolves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silenced: notifications muted by silence %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AlertStore</name>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert database %1 is damaged (%2) and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert history database was damaged and has been moved to %1. A new, empty database was created; earlier alert history is in the moved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert history is being saved again to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert history cannot be saved and more than %1 events are waiting; the oldest are being dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n held event(s) were written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were lost while it was unavailable.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AlertsView</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop repeat notifications of this firing alert until it resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute notifications of alerts like this one for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the alert&apos;s name, labels, value and state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the rule&apos;s runbook in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show labels, thresholds, timeline and chart (Enter, double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n firing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n critical)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silenced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AutostartToggle</name>
    <message>
        <source>Start Vigil at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Vigil hidden in the system tray when you log in (vigil --minimized). Takes effect at once: writes or removes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Vigil in the system tray when you log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the start at login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil starts in the tray at login (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil does not start at login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ChannelEditorDialog</name>
    <message>
        <source>Warning and critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New notification channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group window: %1 (write it like 10s or 1m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incoming webhook of a Slack app (Features → Incoming Webhooks). Slack accepts about one message per second; Vigil waits rather than lose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel settings → Integrations → Webhooks → Copy Webhook URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Workflows webhook (“Post to a channel when a webhook request is received”); the message is an Adaptive Card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events API v2. Leave the URL empty for PagerDuty&apos;s own; an alert keeps one incident (dedup key = the alert&apos;s fingerprint) and resolves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: https://events.pagerduty.com/v2/enqueue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration key of the PagerDuty service (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL of an Alertmanager; Vigil pushes to /api/v2/alerts, re-sends firing alerts every minute and resolved ones for 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic URL on ntfy.sh or your own server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for protected topics (sent as a bearer token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL of your Gotify server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of a Gotify application (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any HTTP endpoint; the body is Vigil&apos;s documented JSON (docs/channels.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to %1; “by severity” maps warning and critical to the receiver&apos;s levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: another channel is already called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test did not finish in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ChannelTableModel</name>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning and critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled: alerts are sent to this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: this channel is kept but receives nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the scheme and host are shown: the rest of a webhook URL is a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Name: more than one channel has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ntfy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gotify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic webhook (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only alerts matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ChannelValidation</name>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an http:// or https:// URL with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PagerDuty routing key is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Gotify application token is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be warning or critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0s and 10m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 (by severity) and %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::CheckDetailPane</name>
    <message>
        <source>&amp;Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency over the last hour (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this check once now, outside its schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the details (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy request &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;traceparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID and traceparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No latency samples in the last hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attempts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retry %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traceparent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::CheckEditorDialog</name>
    <message>
        <source>Runs one attempt with these settings, without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: another check is already called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test did not finish in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (use the pattern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a duration like 30s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write codes and ranges like 200-399, 418</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a “Name: value” line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a size like 500 MB or 2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::CheckHealth</name>
    <message>
        <source>Check %1 %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::CheckModel</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uptime %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing, retrying before it counts as unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of successful attempts over the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of the last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the last attempt finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::CheckService</name>
    <message>
        <source> (retry %1 of %2 in %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::CheckTableModel</name>
    <message>
        <source>Enabled: this check runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: this check is kept but does not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Name: more than one check has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backoff base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backoff cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::CheckValidation</name>
    <message>
        <source>invalid regular expression at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 is not a range of HTTP statuses (100-599)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required when json_equals is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be above cert_warning_days (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a process name or a cmdline pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be below min_count (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a pattern or a min_level for JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1s and 24h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 100ms and 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be below backoff_base</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ChecksSettingsPage</name>
    <message>
        <source>No service checks yet. Add… (Alt+D) watches an HTTP endpoint, a TCP port, a DNS name, a process, a file, a log or a Prometheus target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ChecksView</name>
    <message>
        <source>&amp;Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check once now, outside its schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the check&apos;s name, target, status and last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this check in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the latency chart and recent results (Enter, double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings → Checks and add a service check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a service check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n configured</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No service checks yet — add one in Settings → Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checks match the filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ConfigFile</name>
    <message>
        <source>(no path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no configuration file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is too large (%1 bytes; the limit is 1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ConfigWriter</name>
    <message>
        <source>cannot move the unreadable configuration %1 aside; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Dashboard</name>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory and swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disks found, or waiting for a second sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network interfaces found besides loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temperature sensors found.
Virtual machines usually have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n core(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 used of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::DeliveriesView</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard notification?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” to %2 will not be sent. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing queued. Notifications to Slack, webhooks and other channels appear here with their delivery state; add a channel in Settings → Notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries match the filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::DeliveryModel</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the scheme and host are shown: the rest of a webhook URL is a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next retry / sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::DesktopIntegration</name>
    <message>
        <source>Could not create the default configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FIRING] %1 (%2, was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FIRING] %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value %1, resolved after %2 (firing since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value %1 (threshold %2), firing since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still firing. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Dispatcher</name>
    <message>
        <source>The notification outbox cannot be used (%1): deliveries are kept in memory and lost if Vigil stops before they are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The notification outbox %1 cannot be written (%2): %n queued notification(s) moved to memory and delivery goes on, but anything not sent is lost if Vigil stops. Free space in the data directory and restart Vigil to make the outbox persistent again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::DnsCheck</name>
    <message>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Duration</name>
    <message>
        <source>use ms, s, m, h or d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty; expected a number with a unit, like &quot;1s&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative durations are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fractions are not supported; combine units instead, like &quot;1s500ms&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing unit after %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units must go from largest to smallest, each used once, like &quot;1h30m&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Engine</name>
    <message>
        <source>storage is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter not serving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test notification from Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can read this, the channel &quot;%1&quot; works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::FileProbe</name>
    <message>
        <source>a path is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maximum age must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maximum size must be -1 (no limit) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified %1 ago (max %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (max %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, modified %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::FilesystemPanel</name>
    <message>
        <source>Filesystems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 free of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::GeneralSettingsPage</name>
    <message>
        <source>total CPU usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning threshold for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical threshold for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending time for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling interval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when %1 stays %2 this value (%3) for the time in “for”. “off” (the lowest value): no warning level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a critical alert when %1 stays %2 this value (%3) for the time in “for”. “off” (the lowest value): no critical level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long %1 must stay past a threshold before the alert fires, like 30s, 2m or 1h30m; 0s fires at once. Shorter breaches never notify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 on %2. Uncheck to keep the rule but stop evaluating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1” was removed from the rule list, so this check is off. &lt;a href=&quot;restore&quot;&gt;Restore the default rule&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (edit the rule on the Alert rules page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range; allowed %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than the history kept (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps %2 samples per series over the %3 history; the maximum is %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::GuiSession</name>
    <message>
        <source>Vigil is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil keeps watching from the tray. Use Quit in its menu to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Health</name>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All values below their warning thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::HistoryModel</name>
    <message>
        <source>Not notified: silenced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::HistoryView</name>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated or de-escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert events in this time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert events match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (the newest %1; narrow the filters to see older ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert history could not be written to
%1

%2

Nothing was changed there; the events are still shown here, so you can try another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>exported %n event to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n events to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::HttpCheck</name>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body does not contain &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body does not match /%1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body over the read limit, not parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body is not JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no JSON field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service reports &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slower than %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate expired %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate expires in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body cut at %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::HttpExporter</name>
    <message>
        <source>invalid listen address %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::HttpFetch</name>
    <message>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::LanguageChooser</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::LogTail</name>
    <message>
        <source>a path is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either a pattern or a minimum level is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid pattern: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; (use debug, info, warning, error or critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maximum rate must be a number of 0 (no limit) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated, reading from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching line</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching lines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, max %1/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the last %2 s (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rate from the next run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1 to catch up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over %2 cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The configuration could not be used; Vigil runs on defaults.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 · every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in thresholds: CPU 80/95 %, memory 85/95 %, filesystems 80/90 % (warning/critical)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::NotificationsSettingsPage</name>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::OutboxDatabase</name>
    <message>
        <source>The notification outbox was damaged (%1) and has been moved to %2. A new, empty outbox was created; deliveries still queued in the moved file will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ProcessProbe</name>
    <message>
        <source>either a process name or a command-line pattern is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid command-line pattern: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proc root must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum count must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maximum count must be -1 (no limit) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maximum count (%1) is below the minimum (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n process matches %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processes match %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 unreadable (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PrometheusCheck</name>
    <message>
        <source>HTTP %1 from the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposition larger than %1 MiB, not parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 over max_series dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scraped %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the exposition, first: %1 (%2 kept)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::RuleEditorDialog</name>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every series named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (every series of this name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alert rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep firing for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels: the label with value “%1” has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels: “%1” is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: another rule is already called “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches no series yet: the rule applies once one appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Matches %n known series.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>c&amp;lears below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c&amp;lears above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cle&amp;ars below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cle&amp;ars above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RuleTableModel</name>
    <message>
        <source>Enabled: this rule is evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: this rule is kept but not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector of the series the rule watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a value is compared with the thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the condition must hold before the alert fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Name: more than one rule has this name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RulesSettingsPage</name>
    <message>
        <source>No alert rules: nothing raises an alert. Add… (Alt+D) creates one; the General page restores the shipped CPU, memory and file system rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert r&amp;ules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::SettingsDialog</name>
    <message>
        <source>Save the settings and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings and keep this window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving what was changed since the last Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these to save:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings: %1
Your changes are still here: fix the problem and press OK or Apply again, or Cancel to discard them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::SilenceDialog</name>
    <message>
        <source>&amp;Silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include this matcher (checkbox); double-click or F2 to edit the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= equals, != differs, =~ matches the regular expression, !~ does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matcher has no label name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid label name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression for “%1” is invalid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include at least one matcher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one matcher must require a value (such as alertname = …); otherwise the silence would mute every alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a comment: why are these alerts silenced?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends %1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends %1 (already past)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::SingleInstance</name>
    <message>
        <source>no runtime directory for the instance lock (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the instance lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil is already running (pid %1) but does not answer on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the running Vigil on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the running Vigil sent an oversized reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the running Vigil sent a reply this version does not understand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::TcpCheck</name>
    <message>
        <source>connected, but no expected reply within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply contains &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;%1&quot; in the first %2 KiB of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed without a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply does not contain &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::TimeSeriesChart</name>
    <message>
        <source>Waiting for data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::TrayController</name>
    <message>
        <source>&amp;Hide Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume notifications (paused until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause notifications for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <comment>alerts</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <comment>alerts</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silenced</source>
        <comment>alerts</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::WelcomeDialog</name>
    <message>
        <source>Vigil icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The rules.&lt;/b&gt; Alert rules on: %1. They warn, or go critical, when a value stays past its threshold for a while, and a desktop notification tells you. Change thresholds and rules in File → Settings (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your files.&lt;/b&gt; The configuration was created with the defaults in &lt;tt&gt;%1&lt;/tt&gt;; the settings dialog edits the same file. The alert history is kept in &lt;tt&gt;%2&lt;/tt&gt;. Help → About Vigil lists these paths again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your files.&lt;/b&gt; The configuration is &lt;tt&gt;%1&lt;/tt&gt;; the settings dialog edits the same file. The alert history is kept in &lt;tt&gt;%2&lt;/tt&gt;. Help → About Vigil lists these paths again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Vigil keeps its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t show the welcome again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The tray.&lt;/b&gt; Vigil keeps running in the system tray when you close this window; the icon&apos;s colour is the overall status (green healthy, orange warning, red critical). Click it to bring the window back; quit from its menu or with Ctrl+Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The tray.&lt;/b&gt; This desktop has no system tray right now, so closing the window quits Vigil. Where a tray exists, Vigil keeps running there and its icon&apos;s colour is the overall status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ruletext</name>
    <message>
        <source>Label “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep firing for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed rule)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
