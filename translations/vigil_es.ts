<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vigil</source>
        <translation>Acerca de Vigil</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Compilación</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Compiler:</source>
        <translation>Compilador:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuración:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>Start at login:</source>
        <translation>Inicio al iniciar sesión:</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Copy the version, build, paths and desktop details as text, to paste into a bug report</source>
        <translation>Copiar como texto la versión, la compilación, las rutas y los datos del escritorio, para pegarlos en un informe de error</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>Healthy</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Disparada</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <source>De-escalated</source>
        <translation>Desescalada</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
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
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>healthy</source>
        <comment>severity inside a sentence</comment>
        <translation>correcto</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>severity inside a sentence</comment>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>severity inside a sentence</comment>
        <translation>crítico</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>severity inside a sentence</comment>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <source>No active alerts</source>
        <translation>No hay alertas activas</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Alertas activas</translation>
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
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>cannot remove the file</source>
        <translation>no se puede eliminar el archivo</translation>
    </message>
</context>
<context>
    <name>ChannelEditorDialog</name>
    <message>
        <source>Notification channel</source>
        <translation>Canal de notificación</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Unique name of the channel, shown in the deliveries view and in log lines.</source>
        <translation>Nombre único del canal, que se muestra en la vista de entregas y en las líneas del registro.</translation>
    </message>
    <message>
        <source>e.g. team-slack</source>
        <translation>p. ej. team-slack</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Where notifications go; each type gets the message format its receiver expects.</source>
        <translation>A dónde van las notificaciones; cada tipo recibe el formato de mensaje que espera su receptor.</translation>
    </message>
    <message>
        <source>A disabled channel is kept in the configuration but receives nothing.</source>
        <translation>Un canal desactivado se conserva en la configuración, pero no recibe nada.</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activado</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>The http:// or https:// address notifications are posted to. Treated as a secret: logs and tables show only its scheme and host.</source>
        <translation>La dirección http:// o https:// a la que se envían las notificaciones. Se trata como secreta: los registros y las tablas solo muestran el esquema y el host.</translation>
    </message>
    <message>
        <source>Where to find the URL</source>
        <translation>Dónde encontrar la URL</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Si&amp;gning secret:</source>
        <translation>Secreto de &amp;firma:</translation>
    </message>
    <message>
        <source>Optional. Signs every request: a secret starting with “whsec_” gives Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature), any other gives X-Hub-Signature-256.</source>
        <translation>Opcional. Firma cada petición: un secreto que empieza por «whsec_» produce cabeceras de Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature); cualquier otro, X-Hub-Signature-256.</translation>
    </message>
    <message>
        <source>none: unsigned</source>
        <translation>ninguno: sin firma</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>by severity</source>
        <translation>según la gravedad</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Qué se envía</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>The least severe alert this channel hears about.</source>
        <translation>La alerta menos grave de la que se informa a este canal.</translation>
    </message>
    <message>
        <source>Only &amp;alerts matching:</source>
        <translation>Solo a&amp;lertas que coincidan con:</translation>
    </message>
    <message>
        <source>Optional label matchers, all of which must hold, like alertname=~&quot;disk.*&quot;, mountpoint!=&quot;/boot&quot;. Empty: every alert.</source>
        <translation>Condiciones de etiqueta opcionales, que deben cumplirse todas, como alertname=~&quot;disk.*&quot;, mountpoint!=&quot;/boot&quot;. Vacío: todas las alertas.</translation>
    </message>
    <message>
        <source>every alert</source>
        <translation>todas las alertas</translation>
    </message>
    <message>
        <source>&amp;Group window:</source>
        <translation>&amp;Ventana de agrupación:</translation>
    </message>
    <message>
        <source>Alerts that fire within this window go out as one message, like 10s; 0s sends each at once (0s to 10m).</source>
        <translation>Las alertas que se disparan dentro de esta ventana salen en un solo mensaje, como 10s; 0s envía cada una al momento (de 0s a 10m).</translation>
    </message>
    <message>
        <source>e.g. 10s</source>
        <translation>p. ej. 10s</translation>
    </message>
    <message>
        <source>Also send a message when an alert resolves, with how long it lasted.</source>
        <translation>Enviar también un mensaje cuando una alerta se resuelve, con cuánto duró.</translation>
    </message>
    <message>
        <source>Send &amp;resolved messages</source>
        <translation>Enviar mensajes de &amp;resolución</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Send &amp;test notification</source>
        <translation>Enviar notificación de prue&amp;ba</translation>
    </message>
    <message>
        <source>Send a made-up warning alert (vigil_test) to this channel now, with these settings, without saving them</source>
        <translation>Enviar ahora a este canal una alerta de advertencia ficticia (vigil_test), con estos ajustes y sin guardarlos</translation>
    </message>
    <message>
        <source>Test running</source>
        <translation>Prueba en curso</translation>
    </message>
    <message>
        <source>Test status</source>
        <translation>Estado de la prueba</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>CheckEditorDialog</name>
    <message>
        <source>Service check</source>
        <translation>Comprobación de servicio</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Unique name of the check; it becomes the check label of its series (check_up{check=&quot;…&quot;}).</source>
        <translation>Nombre único de la comprobación; se convierte en la etiqueta check de sus series (check_up{check=&quot;…&quot;}).</translation>
    </message>
    <message>
        <source>e.g. api</source>
        <translation>p. ej. api</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>What is checked: an HTTP endpoint, a TCP port, a DNS name, a process, a file, a log file or a Prometheus target.</source>
        <translation>Qué se comprueba: un punto de acceso HTTP, un puerto TCP, un nombre DNS, un proceso, un archivo, un archivo de registro o un destino de Prometheus.</translation>
    </message>
    <message>
        <source>A disabled check is kept in the configuration but does not run.</source>
        <translation>Una comprobación desactivada se conserva en la configuración, pero no se ejecuta.</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activada</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>How often the check runs, like 30s, 1m or 1h30m (1s to 24h).</source>
        <translation>Cada cuánto se ejecuta la comprobación, como 30s, 1m o 1h30m (de 1s a 24h).</translation>
    </message>
    <message>
        <source>e.g. 1m</source>
        <translation>p. ej. 1m</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>Tiempo &amp;límite:</translation>
    </message>
    <message>
        <source>How long one attempt may take before it fails, like 500ms, 10s (100ms to 5m).</source>
        <translation>Cuánto puede durar un intento antes de fallar, como 500ms, 10s (de 100ms a 5m).</translation>
    </message>
    <message>
        <source>e.g. 10s</source>
        <translation>p. ej. 10s</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Reintentos:</translation>
    </message>
    <message>
        <source>Extra attempts, with growing pauses, before a failing check counts as unhealthy; until then it is pending.</source>
        <translation>Intentos adicionales, con pausas crecientes, antes de que una comprobación que falla cuente como fallida; hasta entonces queda pendiente.</translation>
    </message>
    <message>
        <source>Reco&amp;ver after:</source>
        <translation>Recu&amp;perada tras:</translation>
    </message>
    <message>
        <source>Successful attempts in a row before an unhealthy check counts as healthy again.</source>
        <translation>Intentos correctos seguidos antes de que una comprobación fallida vuelva a contar como correcta.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>The http:// or https:// address to request.</source>
        <translation>La dirección http:// o https:// que se solicita.</translation>
    </message>
    <message>
        <source>e.g. https://example.com/health</source>
        <translation>p. ej. https://example.com/health</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>HTTP method of the request.</source>
        <translation>Método HTTP de la petición.</translation>
    </message>
    <message>
        <source>E&amp;xpected status:</source>
        <translation>E&amp;stado esperado:</translation>
    </message>
    <message>
        <source>Statuses that count as success: single codes and ranges separated by commas, like 200-399 or 200, 204.</source>
        <translation>Estados que cuentan como éxito: códigos sueltos y rangos separados por comas, como 200-399 o 200, 204.</translation>
    </message>
    <message>
        <source>200-399</source>
        <translation>200-399</translation>
    </message>
    <message>
        <source>&amp;Keyword:</source>
        <translation>Palabra &amp;clave:</translation>
    </message>
    <message>
        <source>The response body must contain this text. Empty: not checked.</source>
        <translation>El cuerpo de la respuesta debe contener este texto. Vacío: no se comprueba.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Body regex:</source>
        <translation>Rege&amp;x del cuerpo:</translation>
    </message>
    <message>
        <source>The response body must match this regular expression. Empty: not checked.</source>
        <translation>El cuerpo de la respuesta debe coincidir con esta expresión regular. Vacío: no se comprueba.</translation>
    </message>
    <message>
        <source>&amp;JSON field:</source>
        <translation>Campo &amp;JSON:</translation>
    </message>
    <message>
        <source>Dotted path of a field in a JSON body, like status or checks.db.status.</source>
        <translation>Ruta con puntos de un campo en un cuerpo JSON, como status o checks.db.status.</translation>
    </message>
    <message>
        <source>e.g. status</source>
        <translation>p. ej. status</translation>
    </message>
    <message>
        <source>e&amp;quals</source>
        <translation>i&amp;gual a</translation>
    </message>
    <message>
        <source>The field&apos;s value, as text, must equal this.</source>
        <translation>El valor del campo, como texto, debe ser igual a este.</translation>
    </message>
    <message>
        <source>e.g. ok</source>
        <translation>p. ej. ok</translation>
    </message>
    <message>
        <source>&amp;Degraded above:</source>
        <translation>&amp;Degradado por encima de:</translation>
    </message>
    <message>
        <source>A successful response slower than this counts as degraded, like 500ms or 2s. Empty: off.</source>
        <translation>Una respuesta correcta más lenta que esto cuenta como degradada, como 500ms o 2s. Vacío: desactivado.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Refuse certificates that do not verify (expired, self-signed, wrong host). Turn off only for test servers.</source>
        <translation>Rechazar los certificados que no se verifican (caducados, autofirmados, de otro host). Desactívelo solo para servidores de prueba.</translation>
    </message>
    <message>
        <source>Verify the TLS certi&amp;ficate</source>
        <translation>Verificar el certi&amp;ficado TLS</translation>
    </message>
    <message>
        <source>Certificate &amp;warning:</source>
        <translation>Ad&amp;vertencia del certificado:</translation>
    </message>
    <message>
        <source>Degraded when the certificate expires within this many days.</source>
        <translation>Degradada cuando el certificado caduca dentro de estos días.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;critical:</source>
        <translation>crític&amp;o:</translation>
    </message>
    <message>
        <source>Unhealthy when the certificate expires within this many days.</source>
        <translation>Fallida cuando el certificado caduca dentro de estos días.</translation>
    </message>
    <message>
        <source>He&amp;aders:</source>
        <translation>Cabec&amp;eras:</translation>
    </message>
    <message>
        <source>Extra request headers, one &quot;Name: value&quot; per line.</source>
        <translation>Cabeceras adicionales de la petición, una «Nombre: valor» por línea.</translation>
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
        <translation>Nombre de host o dirección IP a la que conectarse.</translation>
    </message>
    <message>
        <source>e.g. db.example.com</source>
        <translation>p. ej. db.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>TCP port, 1 to 65535.</source>
        <translation>Puerto TCP, de 1 a 65535.</translation>
    </message>
    <message>
        <source>&amp;Send:</source>
        <translation>&amp;Enviar:</translation>
    </message>
    <message>
        <source>Text written after connecting; \r \n \t and \\ are escapes. Empty: nothing is sent.</source>
        <translation>Texto que se escribe tras conectar; \r \n \t y \\ son secuencias de escape. Vacío: no se envía nada.</translation>
    </message>
    <message>
        <source>optional, e.g. PING\r\n</source>
        <translation>opcional, p. ej. PING\r\n</translation>
    </message>
    <message>
        <source>E&amp;xpect:</source>
        <translation>E&amp;sperar:</translation>
    </message>
    <message>
        <source>The reply must contain this text. Empty: connecting is enough.</source>
        <translation>La respuesta debe contener este texto. Vacío: basta con conectar.</translation>
    </message>
    <message>
        <source>optional, e.g. +PONG</source>
        <translation>opcional, p. ej. +PONG</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Consulta:</translation>
    </message>
    <message>
        <source>The host name to resolve.</source>
        <translation>El nombre de host que se resuelve.</translation>
    </message>
    <message>
        <source>e.g. example.com</source>
        <translation>p. ej. example.com</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>IP address of the name server to ask. Empty: the system&apos;s resolver.</source>
        <translation>Dirección IP del servidor de nombres al que preguntar. Vacío: el resolutor del sistema.</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>resolutor del sistema</translation>
    </message>
    <message>
        <source>E&amp;xpected address:</source>
        <translation>Dirección espera&amp;da:</translation>
    </message>
    <message>
        <source>One of the answers must be this IP address. Empty: any answer will do.</source>
        <translation>Una de las respuestas debe ser esta dirección IP. Vacío: vale cualquier respuesta.</translation>
    </message>
    <message>
        <source>&amp;Process name:</source>
        <translation>Nombre del pro&amp;ceso:</translation>
    </message>
    <message>
        <source>The process name as in /proc/PID/comm or the file name of its program, like sshd.</source>
        <translation>El nombre del proceso como en /proc/PID/comm o el nombre de archivo de su programa, como sshd.</translation>
    </message>
    <message>
        <source>e.g. sshd</source>
        <translation>p. ej. sshd</translation>
    </message>
    <message>
        <source>Comman&amp;d line:</source>
        <translation>Línea de ór&amp;denes:</translation>
    </message>
    <message>
        <source>A regular expression the whole command line must match somewhere (instead of or with the name).</source>
        <translation>Una expresión regular que debe coincidir en algún punto de la línea de órdenes completa (en lugar del nombre o además de él).</translation>
    </message>
    <message>
        <source>optional, e.g. gunicorn.*app:main</source>
        <translation>opcional, p. ej. gunicorn.*app:main</translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation>Al &amp;menos:</translation>
    </message>
    <message>
        <source>Unhealthy with fewer matching processes than this.</source>
        <translation>Fallida con menos procesos coincidentes que este número.</translation>
    </message>
    <message>
        <source>At mo&amp;st:</source>
        <translation>Como má&amp;ximo:</translation>
    </message>
    <message>
        <source>Unhealthy with more matching processes than this.</source>
        <translation>Fallida con más procesos coincidentes que este número.</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>sin máximo</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>R&amp;uta:</translation>
    </message>
    <message>
        <source>Absolute path of the file that must exist.</source>
        <translation>Ruta absoluta del archivo que debe existir.</translation>
    </message>
    <message>
        <source>e.g. /var/backups/db.dump</source>
        <translation>p. ej. /var/backups/db.dump</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>Max &amp;age:</source>
        <translation>Antigüedad má&amp;xima:</translation>
    </message>
    <message>
        <source>Unhealthy when the file was last modified longer ago than this, like 26h. Empty: no limit.</source>
        <translation>Fallida cuando el archivo se modificó por última vez hace más de esto, como 26h. Vacío: sin límite.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Max si&amp;ze:</source>
        <translation>Tamaño &amp;máximo:</translation>
    </message>
    <message>
        <source>Unhealthy when the file is larger than this: bytes, or with a unit like 500 MB or 2 GiB. Empty: no limit.</source>
        <translation>Fallida cuando el archivo es mayor que esto: bytes, o con una unidad como 500 MB o 2 GiB. Vacío: sin límite.</translation>
    </message>
    <message>
        <source>Absolute path of the log file to follow.</source>
        <translation>Ruta absoluta del archivo de registro que se sigue.</translation>
    </message>
    <message>
        <source>e.g. /var/log/app.log</source>
        <translation>p. ej. /var/log/app.log</translation>
    </message>
    <message>
        <source>Choose the log file</source>
        <translation>Elegir el archivo de registro</translation>
    </message>
    <message>
        <source>Re&amp;gex pattern:</source>
        <translation>Patrón re&amp;gex:</translation>
    </message>
    <message>
        <source>New lines matching this regular expression count. Empty: JSON lines at or above the minimum level count.</source>
        <translation>Cuentan las líneas nuevas que coinciden con esta expresión regular. Vacío: cuentan las líneas JSON del nivel mínimo o superior.</translation>
    </message>
    <message>
        <source>e.g. ERROR|FATAL</source>
        <translation>p. ej. ERROR|FATAL</translation>
    </message>
    <message>
        <source>Minimum &amp;level:</source>
        <translation>Ni&amp;vel mínimo:</translation>
    </message>
    <message>
        <source>For JSON lines: count lines whose level is at or above this.</source>
        <translation>Para líneas JSON: contar las líneas cuyo nivel es este o superior.</translation>
    </message>
    <message>
        <source>Max per min&amp;ute:</source>
        <translation>Máximo por min&amp;uto:</translation>
    </message>
    <message>
        <source>Unhealthy when more matching lines than this arrive per minute. 0: only count them.</source>
        <translation>Fallida cuando llegan más líneas coincidentes por minuto que esto. 0: solo contarlas.</translation>
    </message>
    <message>
        <source>The /metrics address of the target; its series join Vigil&apos;s store.</source>
        <translation>La dirección /metrics del destino; sus series se añaden al almacén de Vigil.</translation>
    </message>
    <message>
        <source>e.g. http://localhost:9100/metrics</source>
        <translation>p. ej. http://localhost:9100/metrics</translation>
    </message>
    <message>
        <source>&amp;Allow:</source>
        <translation>Per&amp;mitir:</translation>
    </message>
    <message>
        <source>Keep only metrics whose name fully matches one of these regular expressions, one per line. Empty: all.</source>
        <translation>Conservar solo las métricas cuyo nombre coincide por completo con una de estas expresiones regulares, una por línea. Vacío: todas.</translation>
    </message>
    <message>
        <source>all metrics</source>
        <translation>todas las métricas</translation>
    </message>
    <message>
        <source>&amp;Deny:</source>
        <translation>&amp;Denegar:</translation>
    </message>
    <message>
        <source>Drop metrics whose name fully matches one of these regular expressions, one per line.</source>
        <translation>Descartar las métricas cuyo nombre coincide por completo con una de estas expresiones regulares, una por línea.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Max &amp;series:</source>
        <translation>Máximo de &amp;series:</translation>
    </message>
    <message>
        <source>Unhealthy when the target exposes more series than this (protects memory).</source>
        <translation>Fallida cuando el destino expone más series que esto (protege la memoria).</translation>
    </message>
    <message>
        <source>Test run</source>
        <translation>Ejecución de prueba</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Pro&amp;bar</translation>
    </message>
    <message>
        <source>Run one attempt of this check now, with these settings, without saving them</source>
        <translation>Ejecutar ahora un intento de esta comprobación, con estos ajustes y sin guardarlos</translation>
    </message>
    <message>
        <source>Test running</source>
        <translation>Prueba en curso</translation>
    </message>
    <message>
        <source>Test status</source>
        <translation>Estado de la prueba</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>healthy</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degradada</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>pending (retry %1)</source>
        <translation>pendiente (reintento %1)</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en ejecución…</translation>
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
        <translation>Proceso</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message>
        <source>Latency: %1</source>
        <translation>Latencia: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Certificate expires in: %1 days</source>
        <translation>El certificado caduca en: %1 días</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>traceparent: %1</source>
        <translation>traceparent: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminada: %1</translation>
    </message>
    <message>
        <source>Latency %1</source>
        <translation>Latencia %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>certificate expires in %1 days</source>
        <translation>el certificado caduca en %1 días</translation>
    </message>
</context>
<context>
    <name>ChecksSettingsPage</name>
    <message>
        <source>Service &amp;checks (double-click or Enter to edit):</source>
        <translation>&amp;Comprobaciones de servicio (doble clic o Intro para editar):</translation>
    </message>
    <message>
        <source>Every service check. A warning sign marks a check that cannot be saved; hover it for the reason. Uncheck “Enabled” to keep a check without running it.</source>
        <translation>Todas las comprobaciones de servicio. Un signo de advertencia marca una comprobación que no se puede guardar; pase el puntero por encima para ver el motivo. Desmarque «Activada» para conservar una comprobación sin ejecutarla.</translation>
    </message>
    <message>
        <source>Service checks</source>
        <translation>Comprobaciones de servicio</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <source>Create a new check in the check editor</source>
        <translation>Crear una comprobación nueva en el editor de comprobaciones</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected check</source>
        <translation>Editar la comprobación seleccionada</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plicar</translation>
    </message>
    <message>
        <source>Copy the selected check under a new name, as a starting point for a similar check</source>
        <translation>Copiar la comprobación seleccionada con un nombre nuevo, como punto de partida para otra parecida</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected check (Delete). Nothing is saved until you press OK or Apply.</source>
        <translation>Quitar la comprobación seleccionada (Supr). No se guarda nada hasta que pulse Aceptar o Aplicar.</translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message>
        <source>Filter by name, target or message</source>
        <translation>Filtrar por nombre, destino o mensaje</translation>
    </message>
    <message>
        <source>Show only the checks whose name, target or last message contains this text (Ctrl+F)</source>
        <translation>Mostrar solo las comprobaciones cuyo nombre, destino o último mensaje contiene este texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter checks</source>
        <translation>Filtrar comprobaciones</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Show only the checks in this state</source>
        <translation>Mostrar solo las comprobaciones en este estado</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Service checks</source>
        <translation>Comprobaciones de servicio</translation>
    </message>
</context>
<context>
    <name>DeliveriesView</name>
    <message>
        <source>Filter by channel, notification or error</source>
        <translation>Filtrar por canal, notificación o error</translation>
    </message>
    <message>
        <source>Filter deliveries</source>
        <translation>Filtrar entregas</translation>
    </message>
    <message>
        <source>Show only deliveries whose channel, notification or last error contains this text (Ctrl+F)</source>
        <translation>Mostrar solo las entregas cuyo canal, notificación o último error contiene este texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Show deliveries in one state only</source>
        <translation>Mostrar solo las entregas en un estado</translation>
    </message>
    <message>
        <source>Delivery state</source>
        <translation>Estado de la entrega</translation>
    </message>
    <message>
        <source>Delivery counts</source>
        <translation>Recuento de entregas</translation>
    </message>
    <message>
        <source>Send the selected delivery now: a pending one skips its wait, a failed one is queued again (Ctrl+R)</source>
        <translation>Enviar ahora la entrega seleccionada: una pendiente se salta la espera y una fallida vuelve a la cola (Ctrl+R)</translation>
    </message>
    <message>
        <source>D&amp;iscard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Remove the selected delivery from the outbox; it will not be sent (Delete)</source>
        <translation>Quitar la entrega seleccionada de la bandeja de salida; no se enviará (Supr)</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Every notification queued for a channel: pending ones are retried with growing pauses until the receiver takes them or they are 24 h old</source>
        <translation>Todas las notificaciones en cola para un canal: las pendientes se reintentan con pausas crecientes hasta que el receptor las acepta o cumplen 24 h</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Reintentar &amp;ahora</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source>Default alert thresholds</source>
        <translation>Umbrales de alerta predeterminados</translation>
    </message>
    <message>
        <source>C&amp;PU usage</source>
        <translation>Uso de C&amp;PU</translation>
    </message>
    <message>
        <source>Uncheck to keep the rule but stop evaluating it. Total CPU usage (rule cpu_high)</source>
        <translation>Desmarque para conservar la regla pero dejar de evaluarla. Uso total de CPU (regla cpu_high)</translation>
    </message>
    <message>
        <source>e.g. 2m</source>
        <translation>p. ej. 2m</translation>
    </message>
    <message>
        <source>&amp;Memory usage</source>
        <translation>Uso de &amp;memoria</translation>
    </message>
    <message>
        <source>Uncheck to keep the rule but stop evaluating it. Memory in use (rule memory_high)</source>
        <translation>Desmarque para conservar la regla pero dejar de evaluarla. Memoria en uso (regla memory_high)</translation>
    </message>
    <message>
        <source>File&amp;systems</source>
        <translation>&amp;Sistemas de archivos</translation>
    </message>
    <message>
        <source>Uncheck to keep the rule but stop evaluating it. Every mounted file system (rule filesystem_full)</source>
        <translation>Desmarque para conservar la regla pero dejar de evaluarla. Cada sistema de archivos montado (regla filesystem_full)</translation>
    </message>
    <message>
        <source>An alert fires when the value stays past a threshold for the time given in “for” (durations like 30s, 2m, 1h30m). Set a threshold to “off” (below its lowest value) to drop that level. Clear thresholds, labels and your own rules are on the Alert rules page.</source>
        <translation>Una alerta se dispara cuando el valor sigue más allá de un umbral durante el tiempo indicado en «durante» (duraciones como 30s, 2m, 1h30m). Ponga un umbral en «desactivado» (por debajo de su valor más bajo) para quitar ese nivel. Los umbrales de despeje, las etiquetas y sus propias reglas están en la página Reglas de alerta.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications when alerts fire, change level or resolve</source>
        <translation>Mostrar notificaciones de &amp;escritorio cuando las alertas se disparan, cambian de nivel o se resuelven</translation>
    </message>
    <message>
        <source>Popups through the desktop&apos;s notification service (or the tray when there is none). Alerts are still evaluated and shown in Vigil when this is off.</source>
        <translation>Avisos emergentes mediante el servicio de notificaciones del escritorio (o la bandeja si no lo hay). Con esto desactivado, las alertas se siguen evaluando y mostrando en Vigil.</translation>
    </message>
    <message>
        <source>Minimum s&amp;everity:</source>
        <translation>Gra&amp;vedad mínima:</translation>
    </message>
    <message>
        <source>Alerts below this level show in Vigil but do not pop up a notification.</source>
        <translation>Las alertas por debajo de este nivel se muestran en Vigil, pero no generan una notificación.</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <source>Sampling &amp;interval:</source>
        <translation>Interva&amp;lo de muestreo:</translation>
    </message>
    <message>
        <source>Time between two readings of the system, from 100ms to 1h (for example 500ms, 1s, 5s). Shorter intervals react faster and cost a little more CPU.</source>
        <translation>Tiempo entre dos lecturas del sistema, de 100ms a 1h (por ejemplo 500ms, 1s, 5s). Los intervalos más cortos reaccionan antes y cuestan algo más de CPU.</translation>
    </message>
    <message>
        <source>e.g. 1s</source>
        <translation>p. ej. 1s</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>S&amp;tart at login, in the tray</source>
        <translation>Iniciar al iniciar sesión, en la &amp;bandeja</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of Vigil&apos;s windows and notifications</source>
        <translation>El idioma de las ventanas y notificaciones de Vigil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language applies the next time Vigil starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Vigil.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>CPU usage warning threshold</source>
        <translation>Umbral de aviso del uso de CPU</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>CPU usage critical threshold</source>
        <translation>Umbral crítico del uso de CPU</translation>
    </message>
    <message>
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>CPU usage: how long before it fires</source>
        <translation>Uso de CPU: cuánto tiempo hasta que se dispara</translation>
    </message>
    <message>
        <source>Memory usage warning threshold</source>
        <translation>Umbral de aviso del uso de memoria</translation>
    </message>
    <message>
        <source>Memory usage critical threshold</source>
        <translation>Umbral crítico del uso de memoria</translation>
    </message>
    <message>
        <source>Memory usage: how long before it fires</source>
        <translation>Uso de memoria: cuánto tiempo hasta que se dispara</translation>
    </message>
    <message>
        <source>Filesystem warning threshold</source>
        <translation>Umbral de aviso del sistema de archivos</translation>
    </message>
    <message>
        <source>Filesystem critical threshold</source>
        <translation>Umbral crítico del sistema de archivos</translation>
    </message>
    <message>
        <source>Filesystem: how long before it fires</source>
        <translation>Sistema de archivos: cuánto tiempo hasta que se dispara</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tiempo:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Events from this time</source>
        <translation>Eventos desde este momento</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Events until this time</source>
        <translation>Eventos hasta este momento</translation>
    </message>
    <message>
        <source>Search alert, labels, summary (Ctrl+F)</source>
        <translation>Buscar alerta, etiquetas, resumen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>Historial de alertas</translation>
    </message>
    <message>
        <source>Query the stored events again (F5)</source>
        <translation>Volver a consultar los eventos guardados (F5)</translation>
    </message>
    <message>
        <source>Save the events shown, in this order, as CSV</source>
        <translation>Guardar los eventos mostrados, en este orden, como CSV</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the events shown, in this order, as a JSON array</source>
        <translation>Guardar los eventos mostrados, en este orden, como una matriz JSON</translation>
    </message>
    <message>
        <source>Sever&amp;ity:</source>
        <translation>Gra&amp;vedad:</translation>
    </message>
    <message>
        <source>Eve&amp;nts:</source>
        <translation>&amp;Eventos:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Search messages, categories and fields</source>
        <translation>Buscar en mensajes, categorías y campos</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Show only entries whose message, category or fields contain this text (Ctrl+F)</source>
        <translation>Mostrar solo las entradas cuyo mensaje, categoría o campos contienen este texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show entries of this level and more severe ones</source>
        <translation>Mostrar las entradas de este nivel y de los más graves</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Nivel mínimo</translation>
    </message>
    <message>
        <source>Follo&amp;w newest</source>
        <translation>&amp;Seguir la más reciente</translation>
    </message>
    <message>
        <source>Keep the newest entry in view; scrolling up turns this off</source>
        <translation>Mantener visible la entrada más reciente; desplazarse hacia arriba lo desactiva</translation>
    </message>
    <message>
        <source>Entry count</source>
        <translation>Número de entradas</translation>
    </message>
    <message>
        <source>&amp;Open Log Folder</source>
        <translation>&amp;Abrir carpeta del registro</translation>
    </message>
    <message>
        <source>Open the folder with vigil.log and its rotated copies in the file manager</source>
        <translation>Abrir la carpeta con vigil.log y sus copias rotadas en el gestor de archivos</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Entradas del registro</translation>
    </message>
    <message>
        <source>Vigil&apos;s own log, newest at the bottom: what it did, what failed and why</source>
        <translation>El registro propio de Vigil, lo más reciente abajo: qué hizo, qué falló y por qué</translation>
    </message>
    <message>
        <source>&amp;Minimum level:</source>
        <translation>Nivel &amp;mínimo:</translation>
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
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Time window:</source>
        <translation>&amp;Ventana de tiempo:</translation>
    </message>
    <message>
        <source>Draw one CPU line per core as well as the total</source>
        <translation>Dibujar una línea de CPU por núcleo además del total</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;lertas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Thresholds, alert rules, notifications and sampling</source>
        <translation>Umbrales, reglas de alerta, notificaciones y muestreo</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Cerrar ventana</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation>&amp;Acerca de Vigil</translation>
    </message>
    <message>
        <source>How much history the charts show (Ctrl+1 … Ctrl+9); beyond the last hour from the history database</source>
        <translation>Cuánto historial muestran los gráficos (Ctrl+1 … Ctrl+9); más allá de la última hora, desde la base de datos del historial</translation>
    </message>
    <message>
        <source>Per-core C&amp;PU</source>
        <translation>CPU por &amp;núcleo</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Vi&amp;sta</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Apar&amp;iencia</translation>
    </message>
    <message>
        <source>Light or dark colours for the whole window</source>
        <translation>Colores claros u oscuros para toda la ventana</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seg&amp;uir al sistema</translation>
    </message>
    <message>
        <source>The colours of your desktop theme</source>
        <translation>Los colores del tema de su escritorio</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>Cla&amp;ro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>NotificationsSettingsPage</name>
    <message>
        <source>Notification &amp;channels (double-click or Enter to edit):</source>
        <translation>&amp;Canales de notificación (doble clic o Intro para editar):</translation>
    </message>
    <message>
        <source>Where alert notifications go besides the desktop. Every notification is queued in a persistent outbox first and retried until the receiver takes it; see the Deliveries tab. A warning sign marks a channel that cannot be saved; hover it for the reason.</source>
        <translation>A dónde van las notificaciones de alerta además del escritorio. Cada notificación se pone primero en una bandeja de salida persistente y se reintenta hasta que el receptor la acepta; vea la pestaña Entregas. Un signo de advertencia marca un canal que no se puede guardar; pase el puntero por encima para ver el motivo.</translation>
    </message>
    <message>
        <source>Notification channels</source>
        <translation>Canales de notificación</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <source>Create a new channel: Slack, Discord, Teams, PagerDuty, Alertmanager, ntfy, Gotify or a generic webhook</source>
        <translation>Crear un canal nuevo: Slack, Discord, Teams, PagerDuty, Alertmanager, ntfy, Gotify o un webhook genérico</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected channel and send it a test notification</source>
        <translation>Editar el canal seleccionado y enviarle una notificación de prueba</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plicar</translation>
    </message>
    <message>
        <source>Copy the selected channel under a new name</source>
        <translation>Copiar el canal seleccionado con un nombre nuevo</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected channel (Delete); notifications already queued for it fail with a reason. Nothing is saved until you press OK or Apply.</source>
        <translation>Quitar el canal seleccionado (Supr); las notificaciones que ya estaban en cola para él fallan con un motivo. No se guarda nada hasta que pulse Aceptar o Aplicar.</translation>
    </message>
    <message>
        <source>No channels yet: alerts only reach the desktop. Press Add… to send them to Slack, Discord, Teams, PagerDuty, Alertmanager, ntfy, Gotify or any webhook.</source>
        <translation>Aún no hay canales: las alertas solo llegan al escritorio. Pulse Añadir… para enviarlas a Slack, Discord, Teams, PagerDuty, Alertmanager, ntfy, Gotify o cualquier webhook.</translation>
    </message>
    <message>
        <source>No channels</source>
        <translation>No hay canales</translation>
    </message>
    <message>
        <source>Desktop notifications and their minimum severity are on the General page.</source>
        <translation>Las notificaciones de escritorio y su gravedad mínima están en la página General.</translation>
    </message>
</context>
<context>
    <name>ProcessesView</name>
    <message>
        <source>Filter by PID, name, user or command line</source>
        <translation>Filtrar por PID, nombre, usuario o línea de órdenes</translation>
    </message>
    <message>
        <source>Show only the processes whose PID, name, user or command line contains this text (Ctrl+F)</source>
        <translation>Mostrar solo los procesos cuyo PID, nombre, usuario o línea de órdenes contiene este texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter processes</source>
        <translation>Filtrar procesos</translation>
    </message>
    <message>
        <source>&amp;Only my processes</source>
        <translation>Solo mis pr&amp;ocesos</translation>
    </message>
    <message>
        <source>Hide the processes of other users (system services, root)</source>
        <translation>Ocultar los procesos de otros usuarios (servicios del sistema, root)</translation>
    </message>
    <message>
        <source>Top by C&amp;PU</source>
        <translation>Más uso de C&amp;PU</translation>
    </message>
    <message>
        <source>List the processes using the most CPU</source>
        <translation>Listar los procesos que más CPU usan</translation>
    </message>
    <message>
        <source>Top by &amp;memory</source>
        <translation>Más uso de &amp;memoria</translation>
    </message>
    <message>
        <source>List the processes using the most resident memory</source>
        <translation>Listar los procesos que más memoria residente usan</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>above</source>
        <translation>por encima de</translation>
    </message>
    <message>
        <source>at or above</source>
        <translation>en o por encima de</translation>
    </message>
    <message>
        <source>below</source>
        <translation>por debajo de</translation>
    </message>
    <message>
        <source>at or below</source>
        <translation>en o por debajo de</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <source>Alert rule</source>
        <translation>Regla de alerta</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Unique name of the rule; it becomes the alertname label. Letters, digits and _, not starting with a digit.</source>
        <translation>Nombre único de la regla; se convierte en la etiqueta alertname. Letras, dígitos y _, sin empezar por un dígito.</translation>
    </message>
    <message>
        <source>e.g. disk_busy</source>
        <translation>p. ej. disk_busy</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activada</translation>
    </message>
    <message>
        <source>A disabled rule is kept in the configuration but not evaluated.</source>
        <translation>Una regla desactivada se conserva en la configuración, pero no se evalúa.</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Serie:</translation>
    </message>
    <message>
        <source>Selector of the series to watch: a series name with optional label matchers =, !=, =~ (regex), !~, like filesystem_used_percent{mount!=&quot;/boot&quot;}. Pick a known series from the list or type; one alert per matching series.</source>
        <translation>Selector de las series que se vigilan: un nombre de serie con condiciones de etiqueta opcionales =, !=, =~ (regex), !~, como filesystem_used_percent{mount!=&quot;/boot&quot;}. Elija una serie conocida de la lista o escriba; una alerta por cada serie coincidente.</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>O&amp;perador:</translation>
    </message>
    <message>
        <source>How the value is compared with the thresholds: “&gt;” and “&gt;=” alert on high values, “&lt;” and “&lt;=” on low values.</source>
        <translation>Cómo se compara el valor con los umbrales: «&gt;» y «&gt;=» alertan con valores altos, «&lt;» y «&lt;=» con valores bajos.</translation>
    </message>
    <message>
        <source>&amp;Warning:</source>
        <translation>Ad&amp;vertencia:</translation>
    </message>
    <message>
        <source>Warning threshold: the alert warns when the value passes it (see Operator). Empty: no warning level.</source>
        <translation>Umbral de advertencia: la alerta advierte cuando el valor lo rebasa (vea Operador). Vacío: sin nivel de advertencia.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>c&amp;lears</source>
        <translation>se &amp;despeja</translation>
    </message>
    <message>
        <source>Hysteresis: once warning, the alert stays warning until the value passes back beyond this value. Empty: the warning threshold itself.</source>
        <translation>Histéresis: una vez en advertencia, la alerta sigue así hasta que el valor vuelve a rebasar este valor en sentido contrario. Vacío: el propio umbral de advertencia.</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>C&amp;ritical:</source>
        <translation>C&amp;rítico:</translation>
    </message>
    <message>
        <source>Critical threshold: the alert becomes critical when the value passes it. Empty: no critical level.</source>
        <translation>Umbral crítico: la alerta pasa a crítica cuando el valor lo rebasa. Vacío: sin nivel crítico.</translation>
    </message>
    <message>
        <source>cle&amp;ars</source>
        <translation>se despe&amp;ja</translation>
    </message>
    <message>
        <source>Hysteresis: once critical, the alert stays critical until the value passes back beyond this value. Empty: the critical threshold itself.</source>
        <translation>Histéresis: una vez crítica, la alerta sigue así hasta que el valor vuelve a rebasar este valor en sentido contrario. Vacío: el propio umbral crítico.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>Dura&amp;nte:</translation>
    </message>
    <message>
        <source>How long the condition must hold before the alert fires (pending until then), like 30s, 2m, 1h30m. 0s fires at once.</source>
        <translation>Cuánto debe mantenerse la condición antes de que la alerta se dispare (pendiente hasta entonces), como 30s, 2m, 1h30m. 0s la dispara al momento.</translation>
    </message>
    <message>
        <source>e.g. 2m</source>
        <translation>p. ej. 2m</translation>
    </message>
    <message>
        <source>&amp;Keep firing for:</source>
        <translation>&amp;Mantener disparada durante:</translation>
    </message>
    <message>
        <source>How long a firing alert stays firing after the condition clears, against flapping. 0s resolves at once.</source>
        <translation>Cuánto sigue disparada una alerta después de que desaparezca la condición, para evitar oscilaciones. 0s la resuelve al momento.</translation>
    </message>
    <message>
        <source>e.g. 0s</source>
        <translation>p. ej. 0s</translation>
    </message>
    <message>
        <source>Repea&amp;t every:</source>
        <translation>Repe&amp;tir cada:</translation>
    </message>
    <message>
        <source>While an alert keeps firing, notify again this often (0s: never). Acknowledging an alert stops the repeats.</source>
        <translation>Mientras una alerta siga disparada, volver a notificar con esta frecuencia (0s: nunca). Reconocer una alerta detiene las repeticiones.</translation>
    </message>
    <message>
        <source>e.g. 4h</source>
        <translation>p. ej. 4h</translation>
    </message>
    <message>
        <source>Labels and text</source>
        <translation>Etiquetas y texto</translation>
    </message>
    <message>
        <source>La&amp;bels added to each alert:</source>
        <translation>&amp;Etiquetas añadidas a cada alerta:</translation>
    </message>
    <message>
        <source>Extra labels, for example team=ops; they identify the alert and can be used to silence it. Names use letters, digits and _.</source>
        <translation>Etiquetas adicionales, por ejemplo team=ops; identifican la alerta y sirven para silenciarla. Los nombres usan letras, dígitos y _.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>A&amp;dd label</source>
        <translation>Añadir eti&amp;queta</translation>
    </message>
    <message>
        <source>Add a label row</source>
        <translation>Añadir una fila de etiqueta</translation>
    </message>
    <message>
        <source>Remo&amp;ve label</source>
        <translation>Qu&amp;itar etiqueta</translation>
    </message>
    <message>
        <source>Remove the selected label</source>
        <translation>Quitar la etiqueta seleccionada</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>One line shown in notifications and the alerts table. Templates: {{ $value }}, {{ $threshold }}, {{ $for }}, {{ $labels.mount }}.</source>
        <translation>Una línea que se muestra en las notificaciones y en la tabla de alertas. Plantillas: {{ $value }}, {{ $threshold }}, {{ $for }}, {{ $labels.mount }}.</translation>
    </message>
    <message>
        <source>e.g. {{ $labels.mount }} is {{ $value }} full</source>
        <translation>p. ej. {{ $labels.mount }} está lleno al {{ $value }}</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Des&amp;cripción:</translation>
    </message>
    <message>
        <source>Longer text shown in the alert&apos;s details; the same templates as the summary.</source>
        <translation>Texto más largo que se muestra en los detalles de la alerta; las mismas plantillas que el resumen.</translation>
    </message>
    <message>
        <source>Runbook &amp;URL:</source>
        <translation>URL de&amp;l runbook:</translation>
    </message>
    <message>
        <source>Where to read what to do about this alert (an absolute URL); opened from the alerts table.</source>
        <translation>Dónde leer qué hacer ante esta alerta (una URL absoluta); se abre desde la tabla de alertas.</translation>
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
        <translation>Reglas compro&amp;badas en cada muestra (doble clic o Intro para editar):</translation>
    </message>
    <message>
        <source>Every alert rule. A warning sign marks a rule that cannot be saved; hover it for the reason. Uncheck “Enabled” to keep a rule without evaluating it.</source>
        <translation>Todas las reglas de alerta. Un signo de advertencia marca una regla que no se puede guardar; pase el puntero por encima para ver el motivo. Desmarque «Activada» para conservar una regla sin evaluarla.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <source>Create a new rule in the rule editor</source>
        <translation>Crear una regla nueva en el editor de reglas</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected rule</source>
        <translation>Editar la regla seleccionada</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plicar</translation>
    </message>
    <message>
        <source>Copy the selected rule under a new name, as a starting point for a similar rule</source>
        <translation>Copiar la regla seleccionada con un nombre nuevo, como punto de partida para otra parecida</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected rule (Delete). Nothing is saved until you press OK or Apply.</source>
        <translation>Quitar la regla seleccionada (Supr). No se guarda nada hasta que pulse Aceptar o Aplicar.</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Reglas de alerta</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Vigil Settings</source>
        <translation>Ajustes de Vigil</translation>
    </message>
</context>
<context>
    <name>SilenceDialog</name>
    <message>
        <source>Silence alerts</source>
        <translation>Silenciar alertas</translation>
    </message>
    <message>
        <source>Mutes notifications of every alert whose labels match all included matchers. Alerts are still evaluated and stay visible in the alerts table.</source>
        <translation>Silencia las notificaciones de toda alerta cuyas etiquetas cumplan todas las condiciones incluidas. Las alertas se siguen evaluando y siguen visibles en la tabla de alertas.</translation>
    </message>
    <message>
        <source>&amp;Matchers</source>
        <translation>&amp;Condiciones</translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>&amp;Add matcher</source>
        <translation>&amp;Añadir condición</translation>
    </message>
    <message>
        <source>&amp;Remove matcher</source>
        <translation>&amp;Quitar condición</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 hora</translation>
    </message>
    <message>
        <source>&amp;4 hours</source>
        <translation>&amp;4 horas</translation>
    </message>
    <message>
        <source>1 &amp;day</source>
        <translation>1 &amp;día</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Silence until</source>
        <translation>Silencio hasta</translation>
    </message>
    <message>
        <source>C&amp;omment (required): why, and who to ask</source>
        <translation>C&amp;omentario (obligatorio): por qué y a quién preguntar</translation>
    </message>
    <message>
        <source>e.g. Nightly backup fills /srv until 03:00 — ask Ana</source>
        <translation>p. ej. La copia nocturna llena /srv hasta las 03:00 — preguntar a Ana</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Vigil</source>
        <translation>Bienvenido a Vigil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigil is watching this machine&lt;/h3&gt;CPU, memory, disks, network and temperatures are sampled all the time. Three things to know:</source>
        <translation>&lt;h3&gt;Vigil vigila este equipo&lt;/h3&gt;La CPU, la memoria, los discos, la red y las temperaturas se miden continuamente. Tres cosas que conviene saber:</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again</source>
        <translation>&amp;No volver a mostrar</translation>
    </message>
    <message>
        <source>Unticked, this welcome comes back at the next start. The user guide explains the same and more.</source>
        <translation>Si no se marca, esta bienvenida vuelve en el próximo inicio. La guía del usuario explica lo mismo y más.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Skipped in %1:
%2</source>
        <translation>Omitido en %1:
%2</translation>
    </message>
</context>
<context>
    <name>vigil</name>
    <message>
        <source>the data could not be encoded</source>
        <translation>no se pudieron codificar los datos</translation>
    </message>
</context>
<context>
    <name>vigil::AboutDialog</name>
    <message>
        <source>Vigil icon</source>
        <translation>Icono de Vigil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigil %1&lt;/h3&gt;&lt;p&gt;A native system monitor for Linux: live charts, alert rules, service checks and notifications, with a Prometheus endpoint.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigil %1&lt;/h3&gt;&lt;p&gt;Un monitor del sistema nativo para Linux: gráficos en directo, reglas de alerta, comprobaciones de servicio y notificaciones, con un punto de acceso para Prometheus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (git %2, %3 build)</source>
        <translation>%1 (git %2, compilación %3)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Versión de Qt</translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation>Compilador</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Start at login entry</source>
        <translation>Entrada de inicio al iniciar sesión</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Estado de la copia</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <source>%1 (and standard error)</source>
        <translation>%1 (y la salida de error estándar)</translation>
    </message>
</context>
<context>
    <name>vigil::AlertDetailPane</name>
    <message>
        <source>, clears below %1</source>
        <translation>, se despeja por debajo de %1</translation>
    </message>
    <message>
        <source>, clears above %1</source>
        <translation>, se despeja por encima de %1</translation>
    </message>
    <message>
        <source>Close the details (Esc)</source>
        <translation>Cerrar los detalles (Esc)</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Cerrar detalles</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>Thresholds:</source>
        <translation>Umbrales:</translation>
    </message>
    <message>
        <source>Runbook:</source>
        <translation>Runbook:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Cronología:</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> a las %1</translation>
    </message>
    <message>
        <source> (stale: no newer sample)</source>
        <translation> (desactualizada: no hay una muestra más reciente)</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>durante %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Firing (%1)</source>
        <translation>Disparada (%1)</translation>
    </message>
    <message>
        <source>Acknowledged: no repeats until it resolves</source>
        <translation>Reconocida: sin repeticiones hasta que se resuelva</translation>
    </message>
    <message>
        <source>Silenced by %1</source>
        <translation>Silenciada por %1</translation>
    </message>
    <message>
        <source>Last sample (stale since)</source>
        <translation>Última muestra (desactualizada desde)</translation>
    </message>
    <message>
        <source>No samples of this series in memory.</source>
        <translation>No hay muestras de esta serie en memoria.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>%1 threshold %2</source>
        <translation>umbral de %1: %2</translation>
    </message>
</context>
<context>
    <name>vigil::AlertModel</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>pending, fires in %1</source>
        <translation>pendiente, se dispara en %1</translation>
    </message>
    <message>
        <source>pending, fires now</source>
        <translation>pendiente, se dispara ahora</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>disparada</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desactualizada</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>reconocida</translation>
    </message>
    <message>
        <source>silenced</source>
        <translation>silenciada</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>%1, pending: not notified until it fires</source>
        <translation>%1, pendiente: no se notifica hasta que se dispare</translation>
    </message>
    <message>
        <source>%1, firing</source>
        <translation>%1, disparada</translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <translation>Umbral: %1</translation>
    </message>
    <message>
        <source>Last sample: %1</source>
        <translation>Última muestra: %1</translation>
    </message>
    <message>
        <source>Stale: no new samples, so the alert keeps its state.</source>
        <translation>Desactualizada: no hay muestras nuevas, así que la alerta mantiene su estado.</translation>
    </message>
    <message>
        <source>Acknowledged: no repeat notifications until it resolves.</source>
        <translation>Reconocida: sin notificaciones repetidas hasta que se resuelva.</translation>
    </message>
    <message>
        <source>Silenced: notifications muted by silence %1.</source>
        <translation>Silenciada: notificaciones acalladas por el silencio %1.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>vigil::AlertStore</name>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>No se puede crear el directorio de datos %1</translation>
    </message>
    <message>
        <source>The alert database %1 is damaged (%2) and %3</source>
        <translation>La base de datos de alertas %1 está dañada (%2) y %3</translation>
    </message>
    <message>
        <source>The alert history database was damaged and has been moved to %1. A new, empty database was created; earlier alert history is in the moved file.</source>
        <translation>La base de datos del historial de alertas estaba dañada y se ha movido a %1. Se ha creado una base de datos nueva y vacía; el historial anterior está en el archivo movido.</translation>
    </message>
    <message>
        <source>The alert database is not open</source>
        <translation>La base de datos de alertas no está abierta</translation>
    </message>
    <message>
        <source>Alert history is being saved again to %1.</source>
        <translation>El historial de alertas vuelve a guardarse en %1.</translation>
    </message>
    <message>
        <source>Alert history cannot be saved and more than %1 events are waiting; the oldest are being dropped.</source>
        <translation>El historial de alertas no se puede guardar y hay más de %1 eventos esperando; se están descartando los más antiguos.</translation>
    </message>
    <message numerus="yes">
        <source>%n held event(s) were written.</source>
        <translation>
            <numerusform>Se escribió %n evento retenido.</numerusform>
            <numerusform>Se escribieron %n eventos retenidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were lost while it was unavailable.</source>
        <translation>
            <numerusform>Se perdió %n evento mientras no estaba disponible.</numerusform>
            <numerusform>Se perdieron %n eventos mientras no estaba disponible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AlertsView</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Reconocer</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Stop repeat notifications of this firing alert until it resolves</source>
        <translation>Detener las notificaciones repetidas de esta alerta disparada hasta que se resuelva</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>&amp;Silenciar…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Mute notifications of alerts like this one for a while</source>
        <translation>Silenciar durante un tiempo las notificaciones de alertas como esta</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the alert&apos;s name, labels, value and state</source>
        <translation>Copiar el nombre, las etiquetas, el valor y el estado de la alerta</translation>
    </message>
    <message>
        <source>Open &amp;runbook</source>
        <translation>Abrir el ru&amp;nbook</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Open the rule&apos;s runbook in the browser</source>
        <translation>Abrir el runbook de la regla en el navegador</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Show labels, thresholds, timeline and chart (Enter, double-click)</source>
        <translation>Mostrar etiquetas, umbrales, cronología y gráfico (Intro, doble clic)</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Cerrar detalles</translation>
    </message>
    <message>
        <source>No active alerts</source>
        <translation>No hay alertas activas</translation>
    </message>
    <message numerus="yes">
        <source>%n firing</source>
        <translation>
            <numerusform>%n disparada</numerusform>
            <numerusform>%n disparadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n critical)</source>
        <translation>
            <numerusform> (%n crítica)</numerusform>
            <numerusform> (%n críticas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silenced</source>
        <translation>
            <numerusform>%n silenciada</numerusform>
            <numerusform>%n silenciadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n desactualizada</numerusform>
            <numerusform>%n desactualizadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AutostartToggle</name>
    <message>
        <source>Start Vigil at login</source>
        <translation>Iniciar Vigil al iniciar sesión</translation>
    </message>
    <message>
        <source>Start Vigil hidden in the system tray when you log in (vigil --minimized). Takes effect at once: writes or removes %1</source>
        <translation>Iniciar Vigil oculto en la bandeja del sistema al iniciar sesión (vigil --minimized). Se aplica al momento: escribe o elimina %1</translation>
    </message>
    <message>
        <source>Start at login status</source>
        <translation>Estado del inicio al iniciar sesión</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Start Vigil in the system tray when you log in</source>
        <translation>Iniciar Vigil en la bandeja del sistema al iniciar sesión</translation>
    </message>
    <message>
        <source>Could not change the start at login: %1</source>
        <translation>No se pudo cambiar el inicio al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Vigil starts in the tray at login (%1).</source>
        <translation>Vigil se inicia en la bandeja al iniciar sesión (%1).</translation>
    </message>
    <message>
        <source>Vigil does not start at login.</source>
        <translation>Vigil no se inicia al iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>vigil::ChannelEditorDialog</name>
    <message>
        <source>Warning and critical</source>
        <translation>Advertencia y crítico</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Solo crítico</translation>
    </message>
    <message>
        <source>New notification channel</source>
        <translation>Nuevo canal de notificación</translation>
    </message>
    <message>
        <source>Notification channel %1</source>
        <translation>Canal de notificación %1</translation>
    </message>
    <message>
        <source>Group window: %1 (write it like 10s or 1m)</source>
        <translation>Ventana de agrupación: %1 (escríbala como 10s o 1m)</translation>
    </message>
    <message>
        <source>An incoming webhook of a Slack app (Features → Incoming Webhooks). Slack accepts about one message per second; Vigil waits rather than lose one.</source>
        <translation>Un webhook entrante de una aplicación de Slack (Features → Incoming Webhooks). Slack acepta alrededor de un mensaje por segundo; Vigil prefiere esperar a perder uno.</translation>
    </message>
    <message>
        <source>Channel settings → Integrations → Webhooks → Copy Webhook URL.</source>
        <translation>Ajustes del canal → Integraciones → Webhooks → Copiar URL del webhook.</translation>
    </message>
    <message>
        <source>A Workflows webhook (“Post to a channel when a webhook request is received”); the message is an Adaptive Card.</source>
        <translation>Un webhook de Workflows («Publicar en un canal cuando se reciba una solicitud de webhook»); el mensaje es una Adaptive Card.</translation>
    </message>
    <message>
        <source>Events API v2. Leave the URL empty for PagerDuty&apos;s own; an alert keeps one incident (dedup key = the alert&apos;s fingerprint) and resolves it.</source>
        <translation>Events API v2. Deje la URL vacía para usar la de PagerDuty; una alerta mantiene un único incidente (clave de deduplicación = la huella de la alerta) y lo resuelve.</translation>
    </message>
    <message>
        <source>default: https://events.pagerduty.com/v2/enqueue</source>
        <translation>predeterminada: https://events.pagerduty.com/v2/enqueue</translation>
    </message>
    <message>
        <source>Routing &amp;key:</source>
        <translation>&amp;Clave de enrutamiento:</translation>
    </message>
    <message>
        <source>The integration key of the PagerDuty service (required).</source>
        <translation>La clave de integración del servicio de PagerDuty (obligatoria).</translation>
    </message>
    <message>
        <source>The base URL of an Alertmanager; Vigil pushes to /api/v2/alerts, re-sends firing alerts every minute and resolved ones for 5 minutes.</source>
        <translation>La URL base de un Alertmanager; Vigil envía a /api/v2/alerts, reenvía las alertas disparadas cada minuto y las resueltas durante 5 minutos.</translation>
    </message>
    <message>
        <source>The topic URL on ntfy.sh or your own server.</source>
        <translation>La URL del tema en ntfy.sh o en su propio servidor.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Token de acc&amp;eso:</translation>
    </message>
    <message>
        <source>Optional, for protected topics (sent as a bearer token).</source>
        <translation>Opcional, para temas protegidos (se envía como token bearer).</translation>
    </message>
    <message>
        <source>The base URL of your Gotify server.</source>
        <translation>La URL base de su servidor Gotify.</translation>
    </message>
    <message>
        <source>Application &amp;token:</source>
        <translation>Token de apli&amp;cación:</translation>
    </message>
    <message>
        <source>The token of a Gotify application (required).</source>
        <translation>El token de una aplicación de Gotify (obligatorio).</translation>
    </message>
    <message>
        <source>Any HTTP endpoint; the body is Vigil&apos;s documented JSON (docs/channels.md).</source>
        <translation>Cualquier punto de acceso HTTP; el cuerpo es el JSON documentado de Vigil (docs/channels.md).</translation>
    </message>
    <message>
        <source>1 to %1; “by severity” maps warning and critical to the receiver&apos;s levels.</source>
        <translation>De 1 a %1; «según la gravedad» asigna advertencia y crítico a los niveles del receptor.</translation>
    </message>
    <message>
        <source>Name: another channel is already called “%1”</source>
        <translation>Nombre: ya hay otro canal llamado «%1»</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Enviando a %1…</translation>
    </message>
    <message>
        <source>PagerDuty</source>
        <translation>PagerDuty</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 en %2 ms</translation>
    </message>
    <message>
        <source>no answer after %1 ms</source>
        <translation>sin respuesta tras %1 ms</translation>
    </message>
    <message>
        <source>✔ Delivered</source>
        <translation>✔ Entregada</translation>
    </message>
    <message>
        <source>✘ Not delivered</source>
        <translation>✘ No entregada</translation>
    </message>
    <message>
        <source>The receiver answered %1.</source>
        <translation>El receptor respondió %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>The test did not finish in time. Try again.</source>
        <translation>La prueba no terminó a tiempo. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>vigil::ChannelTableModel</name>
    <message>
        <source>(default)</source>
        <translation>(predeterminada)</translation>
    </message>
    <message>
        <source>critical only</source>
        <translation>solo crítico</translation>
    </message>
    <message>
        <source>warning and critical</source>
        <translation>advertencia y crítico</translation>
    </message>
    <message>
        <source>Enabled: alerts are sent to this channel</source>
        <translation>Activado: las alertas se envían a este canal</translation>
    </message>
    <message>
        <source>Disabled: this channel is kept but receives nothing</source>
        <translation>Desactivado: este canal se conserva, pero no recibe nada</translation>
    </message>
    <message>
        <source>Only the scheme and host are shown: the rest of a webhook URL is a secret</source>
        <translation>Solo se muestran el esquema y el host: el resto de la URL de un webhook es secreto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envía</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>%1 — Name: more than one channel has this name</source>
        <translation>%1 — Nombre: más de un canal tiene este nombre</translation>
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
        <translation>Webhook genérico (JSON)</translation>
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
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Gravedad mínima</translation>
    </message>
    <message>
        <source>Only alerts matching</source>
        <translation>Solo alertas que coincidan con</translation>
    </message>
    <message>
        <source>Group window</source>
        <translation>Ventana de agrupación</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
</context>
<context>
    <name>vigil::ChannelValidation</name>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>más de %1 caracteres</translation>
    </message>
    <message>
        <source>not an http:// or https:// URL with a host</source>
        <translation>no es una URL http:// o https:// con host</translation>
    </message>
    <message>
        <source>the PagerDuty routing key is required</source>
        <translation>la clave de enrutamiento de PagerDuty es obligatoria</translation>
    </message>
    <message>
        <source>the Gotify application token is required</source>
        <translation>el token de aplicación de Gotify es obligatorio</translation>
    </message>
    <message>
        <source>must be warning or critical</source>
        <translation>debe ser warning o critical</translation>
    </message>
    <message>
        <source>must be between 0s and 10m</source>
        <translation>debe estar entre 0s y 10m</translation>
    </message>
    <message>
        <source>must be between 0 (by severity) and %1</source>
        <translation>debe estar entre 0 (según la gravedad) y %1</translation>
    </message>
</context>
<context>
    <name>vigil::CheckDetailPane</name>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Ejecutar ahora</translation>
    </message>
    <message>
        <source>Latency over the last hour (ms)</source>
        <translation>Latencia en la última hora (ms)</translation>
    </message>
    <message>
        <source>Run this check once now, outside its schedule</source>
        <translation>Ejecutar esta comprobación una vez ahora, fuera de su programación</translation>
    </message>
    <message>
        <source>Run check now</source>
        <translation>Ejecutar la comprobación ahora</translation>
    </message>
    <message>
        <source>Close the details (Esc)</source>
        <translation>Cerrar los detalles (Esc)</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Cerrar detalles</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Programación:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Disponibilidad:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>Recent results</source>
        <translation>Resultados recientes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>Copy request &amp;ID</source>
        <translation>Copiar &amp;ID de solicitud</translation>
    </message>
    <message>
        <source>Copy &amp;traceparent</source>
        <translation>Copiar &amp;traceparent</translation>
    </message>
    <message>
        <source>&amp;Copy result</source>
        <translation>&amp;Copiar resultado</translation>
    </message>
    <message>
        <source>Request ID and traceparent</source>
        <translation>ID de solicitud y traceparent</translation>
    </message>
    <message>
        <source>No latency samples in the last hour.</source>
        <translation>No hay muestras de latencia en la última hora.</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>latencia</translation>
    </message>
    <message>
        <source>, running</source>
        <translation>, en ejecución</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>cada %1</translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation>tiempo límite %1</translation>
    </message>
    <message>
        <source>retries %1</source>
        <translation>reintentos %1</translation>
    </message>
    <message>
        <source>next run %1</source>
        <translation>próxima ejecución %1</translation>
    </message>
    <message>
        <source>no attempts yet</source>
        <translation>aún no hay intentos</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>%1 over the last 24 hours</source>
        <translation>%1 en las últimas 24 horas</translation>
    </message>
    <message>
        <source> (retry %1)</source>
        <translation> (reintento %1)</translation>
    </message>
    <message>
        <source>traceparent: %1</source>
        <translation>traceparent: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
</context>
<context>
    <name>vigil::CheckEditorDialog</name>
    <message>
        <source>Runs one attempt with these settings, without saving.</source>
        <translation>Ejecuta un intento con estos ajustes, sin guardar.</translation>
    </message>
    <message>
        <source>New service check</source>
        <translation>Nueva comprobación de servicio</translation>
    </message>
    <message>
        <source>Service check %1</source>
        <translation>Comprobación de servicio %1</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>Destino %1</translation>
    </message>
    <message>
        <source>Name: another check is already called “%1”</source>
        <translation>Nombre: ya hay otra comprobación llamada «%1»</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>The test did not finish in time. Try again.</source>
        <translation>La prueba no terminó a tiempo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>none (use the pattern)</source>
        <translation>ninguno (usar el patrón)</translation>
    </message>
    <message>
        <source>not a duration like 30s</source>
        <translation>no es una duración como 30s</translation>
    </message>
    <message>
        <source>write codes and ranges like 200-399, 418</source>
        <translation>escriba códigos y rangos como 200-399, 418</translation>
    </message>
    <message>
        <source>“%1” is not a “Name: value” line</source>
        <translation>«%1» no es una línea «Nombre: valor»</translation>
    </message>
    <message>
        <source>write a size like 500 MB or 2 GiB</source>
        <translation>escriba un tamaño como 500 MB o 2 GiB</translation>
    </message>
</context>
<context>
    <name>vigil::CheckHealth</name>
    <message>
        <source>Check %1 %2%3</source>
        <translation>Comprobación %1 %2%3</translation>
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
        <translation>disponibilidad %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>a las %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Failing, retrying before it counts as unhealthy</source>
        <translation>Falla; se reintenta antes de contar como fallida</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>No attempts yet</source>
        <translation>Aún no hay intentos</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Share of successful attempts over the last 24 hours</source>
        <translation>Proporción de intentos correctos en las últimas 24 horas</translation>
    </message>
    <message>
        <source>Duration of the last attempt</source>
        <translation>Duración del último intento</translation>
    </message>
    <message>
        <source>When the last attempt finished</source>
        <translation>Cuándo terminó el último intento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Disponibilidad 24 h</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>vigil::CheckService</name>
    <message>
        <source> (retry %1 of %2 in %3 s)</source>
        <translation> (reintento %1 de %2 en %3 s)</translation>
    </message>
</context>
<context>
    <name>vigil::CheckTableModel</name>
    <message>
        <source>Enabled: this check runs</source>
        <translation>Activada: esta comprobación se ejecuta</translation>
    </message>
    <message>
        <source>Disabled: this check is kept but does not run</source>
        <translation>Desactivada: esta comprobación se conserva, pero no se ejecuta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>%1 — Name: more than one check has this name</source>
        <translation>%1 — Nombre: más de una comprobación tiene este nombre</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo límite</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>Recover after</source>
        <translation>Recuperada tras</translation>
    </message>
    <message>
        <source>Backoff base</source>
        <translation>Base de espera</translation>
    </message>
    <message>
        <source>Backoff cap</source>
        <translation>Tope de espera</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Expected status</source>
        <translation>Estado esperado</translation>
    </message>
    <message>
        <source>Body regex</source>
        <translation>Regex del cuerpo</translation>
    </message>
    <message>
        <source>JSON field</source>
        <translation>Campo JSON</translation>
    </message>
    <message>
        <source>Degraded above</source>
        <translation>Degradado por encima de</translation>
    </message>
    <message>
        <source>Certificate critical</source>
        <translation>Certificado crítico</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>Redirecciones</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Expected address</source>
        <translation>Dirección esperada</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de órdenes</translation>
    </message>
    <message>
        <source>Minimum count</source>
        <translation>Número mínimo</translation>
    </message>
    <message>
        <source>Maximum count</source>
        <translation>Número máximo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Max age</source>
        <translation>Antigüedad máxima</translation>
    </message>
    <message>
        <source>Max size</source>
        <translation>Tamaño máximo</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Nivel mínimo</translation>
    </message>
    <message>
        <source>Max per minute</source>
        <translation>Máximo por minuto</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Max series</source>
        <translation>Máximo de series</translation>
    </message>
</context>
<context>
    <name>vigil::CheckValidation</name>
    <message>
        <source>invalid regular expression at offset %1: %2</source>
        <translation>expresión regular no válida en la posición %1: %2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL with a host</source>
        <translation>%1 no es una URL http:// o https:// con host</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>%1-%2 is not a range of HTTP statuses (100-599)</source>
        <translation>%1-%2 no es un rango de estados HTTP (100-599)</translation>
    </message>
    <message>
        <source>required when json_equals is set</source>
        <translation>obligatorio cuando se indica json_equals</translation>
    </message>
    <message>
        <source>must not be above cert_warning_days (%1)</source>
        <translation>no debe superar cert_warning_days (%1)</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>debe estar entre 0 y %1</translation>
    </message>
    <message>
        <source>must be between 1 and 65535</source>
        <translation>debe estar entre 1 y 65535</translation>
    </message>
    <message>
        <source>%1 is not an IP address</source>
        <translation>%1 no es una dirección IP</translation>
    </message>
    <message>
        <source>give a process name or a cmdline pattern</source>
        <translation>indique un nombre de proceso o un patrón cmdline</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <source>must not be below min_count (%1)</source>
        <translation>no debe ser inferior a min_count (%1)</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>debe ser una ruta absoluta</translation>
    </message>
    <message>
        <source>give a pattern or a min_level for JSON lines</source>
        <translation>indique un patrón o un min_level para líneas JSON</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 no es uno de %2</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>más de %1 caracteres</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <source>must be between 1s and 24h</source>
        <translation>debe estar entre 1s y 24h</translation>
    </message>
    <message>
        <source>must be between 100ms and 5m</source>
        <translation>debe estar entre 100ms y 5m</translation>
    </message>
    <message>
        <source>must not be below backoff_base</source>
        <translation>no debe ser inferior a backoff_base</translation>
    </message>
</context>
<context>
    <name>vigil::ChecksSettingsPage</name>
    <message>
        <source>No service checks yet. Add… (Alt+D) watches an HTTP endpoint, a TCP port, a DNS name, a process, a file, a log or a Prometheus target.</source>
        <translation>Aún no hay comprobaciones de servicio. Añadir… (Alt+D) vigila un punto de acceso HTTP, un puerto TCP, un nombre DNS, un proceso, un archivo, un registro o un destino de Prometheus.</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>C&amp;omprobaciones</translation>
    </message>
</context>
<context>
    <name>vigil::ChecksView</name>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Ejecutar ahora</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run the check once now, outside its schedule</source>
        <translation>Ejecutar la comprobación una vez ahora, fuera de su programación</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the check&apos;s name, target, status and last result</source>
        <translation>Copiar el nombre, el destino, el estado y el último resultado de la comprobación</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Change this check in the settings</source>
        <translation>Cambiar esta comprobación en los ajustes</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Show the latency chart and recent results (Enter, double-click)</source>
        <translation>Mostrar el gráfico de latencia y los resultados recientes (Intro, doble clic)</translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Cerrar detalles</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Not healthy</source>
        <translation>No correctas</translation>
    </message>
    <message>
        <source>Open Settings → Checks and add a service check</source>
        <translation>Abrir Ajustes → Comprobaciones y añadir una comprobación de servicio</translation>
    </message>
    <message>
        <source>Add a service check</source>
        <translation>Añadir una comprobación de servicio</translation>
    </message>
    <message numerus="yes">
        <source>%n configured</source>
        <translation>
            <numerusform>%n configurada</numerusform>
            <numerusform>%n configuradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n degradada</numerusform>
            <numerusform>%n degradadas</numerusform>
        </translation>
    </message>
    <message>
        <source>No service checks yet — add one in Settings → Checks</source>
        <translation>Aún no hay comprobaciones de servicio: añada una en Ajustes → Comprobaciones</translation>
    </message>
    <message>
        <source>No checks match the filter</source>
        <translation>Ninguna comprobación coincide con el filtro</translation>
    </message>
    <message>
        <source>Add a chec&amp;k…</source>
        <translation>Añadir una compro&amp;bación…</translation>
    </message>
</context>
<context>
    <name>vigil::ConfigFile</name>
    <message>
        <source>(no path)</source>
        <translation>(sin ruta)</translation>
    </message>
    <message>
        <source>no configuration file given</source>
        <translation>no se indicó ningún archivo de configuración</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>es un directorio, no un archivo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>file is too large (%1 bytes; the limit is 1 MiB)</source>
        <translation>el archivo es demasiado grande (%1 bytes; el límite es 1 MiB)</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>no se indicó ningún nombre de archivo</translation>
    </message>
</context>
<context>
    <name>vigil::ConfigWriter</name>
    <message>
        <source>cannot move the unreadable configuration %1 aside; nothing was saved</source>
        <translation>no se puede apartar la configuración ilegible %1; no se guardó nada</translation>
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
        <translation>Memoria e intercambio</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>E/S de disco</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Load average</source>
        <translation>Carga media</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Temperaturas</translation>
    </message>
    <message>
        <source>No disks found, or waiting for a second sample.</source>
        <translation>No se encontraron discos, o se espera una segunda muestra.</translation>
    </message>
    <message>
        <source>No network interfaces found besides loopback.</source>
        <translation>No se encontraron interfaces de red aparte de loopback.</translation>
    </message>
    <message>
        <source>No temperature sensors found.
Virtual machines usually have none.</source>
        <translation>No se encontraron sensores de temperatura.
Las máquinas virtuales no suelen tenerlos.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>I/O wait</source>
        <translation>Espera de E/S</translation>
    </message>
    <message>
        <source>Core %1</source>
        <translation>Núcleo %1</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lectura</translation>
    </message>
    <message>
        <source>write</source>
        <translation>escritura</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>out</source>
        <translation>salida</translation>
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
            <numerusform>%1 · %n núcleo</numerusform>
            <numerusform>%1 · %n núcleos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 used of %2</source>
        <translation>%1 usados de %2</translation>
    </message>
</context>
<context>
    <name>vigil::DeliveriesView</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Discard notification?</source>
        <translation>¿Descartar la notificación?</translation>
    </message>
    <message>
        <source>“%1” to %2 will not be sent. Discard it?</source>
        <translation>«%1» a %2 no se enviará. ¿Descartarla?</translation>
    </message>
    <message>
        <source>Nothing queued. Notifications to Slack, webhooks and other channels appear here with their delivery state; add a channel in Settings → Notifications.</source>
        <translation>No hay nada en cola. Las notificaciones a Slack, webhooks y otros canales aparecen aquí con su estado de entrega; añada un canal en Ajustes → Notificaciones.</translation>
    </message>
    <message>
        <source>No deliveries match the filter</source>
        <translation>Ninguna entrega coincide con el filtro</translation>
    </message>
</context>
<context>
    <name>vigil::DeliveryModel</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
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
        <translation>ahora</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Next attempt at %1</source>
        <translation>Próximo intento a las %1</translation>
    </message>
    <message>
        <source>Delivered at %1</source>
        <translation>Entregada a las %1</translation>
    </message>
    <message>
        <source>Only the scheme and host are shown: the rest of a webhook URL is a secret</source>
        <translation>Solo se muestran el esquema y el host: el resto de la URL de un webhook es secreto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next retry / sent</source>
        <translation>Próximo reintento / enviada</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
</context>
<context>
    <name>vigil::DesktopIntegration</name>
    <message>
        <source>Could not create the default configuration: %1</source>
        <translation>No se pudo crear la configuración predeterminada: %1</translation>
    </message>
</context>
<context>
    <name>vigil::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Resuelta: %1</translation>
    </message>
    <message>
        <source>[FIRING] %1 (%2, was %3)</source>
        <translation>[DISPARADA] %1 (%2, antes %3)</translation>
    </message>
    <message>
        <source>[FIRING] %1 (%2)</source>
        <translation>[DISPARADA] %1 (%2)</translation>
    </message>
    <message>
        <source>Value %1, resolved after %2 (firing since %3)</source>
        <translation>Valor %1, resuelta tras %2 (disparada desde %3)</translation>
    </message>
    <message>
        <source>Value %1 (threshold %2), firing since %3</source>
        <translation>Valor %1 (umbral %2), disparada desde %3</translation>
    </message>
    <message>
        <source>Still firing. %1</source>
        <translation>Sigue disparada. %1</translation>
    </message>
</context>
<context>
    <name>vigil::Dispatcher</name>
    <message>
        <source>The notification outbox cannot be used (%1): deliveries are kept in memory and lost if Vigil stops before they are sent.</source>
        <translation>No se puede usar la bandeja de salida de notificaciones (%1): las entregas se guardan en memoria y se pierden si Vigil se detiene antes de enviarlas.</translation>
    </message>
    <message numerus="yes">
        <source>The notification outbox %1 cannot be written (%2): %n queued notification(s) moved to memory and delivery goes on, but anything not sent is lost if Vigil stops. Free space in the data directory and restart Vigil to make the outbox persistent again.</source>
        <translation>
            <numerusform>No se puede escribir en la bandeja de salida de notificaciones %1 (%2): %n notificación en cola se ha pasado a memoria y la entrega continúa, pero lo que no se envíe se perderá si Vigil se detiene. Libere espacio en el directorio de datos y reinicie Vigil para que la bandeja de salida vuelva a ser persistente.</numerusform>
            <numerusform>No se puede escribir en la bandeja de salida de notificaciones %1 (%2): %n notificaciones en cola se han pasado a memoria y la entrega continúa, pero lo que no se envíe se perderá si Vigil se detiene. Libere espacio en el directorio de datos y reinicie Vigil para que la bandeja de salida vuelva a ser persistente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::DnsCheck</name>
    <message>
        <source>timed out after %1 s</source>
        <translation>tiempo agotado tras %1 s</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 no se resuelve: %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2, expected %3</source>
        <translation>%1 se resuelve como %2, se esperaba %3</translation>
    </message>
    <message>
        <source>%1 → %2 in %3 ms</source>
        <translation>%1 → %2 en %3 ms</translation>
    </message>
</context>
<context>
    <name>vigil::Duration</name>
    <message>
        <source>use ms, s, m, h or d</source>
        <translation>use ms, s, m, h o d</translation>
    </message>
    <message>
        <source>empty; expected a number with a unit, like &quot;1s&quot;</source>
        <translation>vacío; se esperaba un número con unidad, como «1s»</translation>
    </message>
    <message>
        <source>negative durations are not allowed</source>
        <translation>no se admiten duraciones negativas</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>se esperaba un número, se obtuvo %1</translation>
    </message>
    <message>
        <source>fractions are not supported; combine units instead, like &quot;1s500ms&quot;</source>
        <translation>no se admiten fracciones; combine unidades, como «1s500ms»</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>%1 inesperado</translation>
    </message>
    <message>
        <source>missing unit after %1; %2</source>
        <translation>falta la unidad tras %1; %2</translation>
    </message>
    <message>
        <source>unknown unit %1; %2</source>
        <translation>unidad desconocida %1; %2</translation>
    </message>
    <message>
        <source>units must go from largest to smallest, each used once, like &quot;1h30m&quot;</source>
        <translation>las unidades deben ir de mayor a menor, cada una una sola vez, como «1h30m»</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
</context>
<context>
    <name>vigil::Engine</name>
    <message>
        <source>storage is not running</source>
        <translation>el almacenamiento no está en marcha</translation>
    </message>
    <message>
        <source>Exporter not serving: %1</source>
        <translation>El exportador no está sirviendo: %1</translation>
    </message>
    <message>
        <source>Notification to %1 failed: %2</source>
        <translation>Falló la notificación a %1: %2</translation>
    </message>
    <message>
        <source>Test notification from Vigil</source>
        <translation>Notificación de prueba de Vigil</translation>
    </message>
    <message>
        <source>If you can read this, the channel &quot;%1&quot; works.</source>
        <translation>Si puede leer esto, el canal «%1» funciona.</translation>
    </message>
    <message>
        <source>Storage is not running.</source>
        <translation>El almacenamiento no está en marcha.</translation>
    </message>
</context>
<context>
    <name>vigil::FileProbe</name>
    <message>
        <source>a path is required</source>
        <translation>se necesita una ruta</translation>
    </message>
    <message>
        <source>the maximum age must not be negative</source>
        <translation>la antigüedad máxima no debe ser negativa</translation>
    </message>
    <message>
        <source>the maximum size must be -1 (no limit) or more</source>
        <translation>el tamaño máximo debe ser -1 (sin límite) o más</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: no es un archivo normal</translation>
    </message>
    <message>
        <source>modified %1 ago (max %2)</source>
        <translation>modificado hace %1 (máx. %2)</translation>
    </message>
    <message>
        <source>%1 (max %2)</source>
        <translation>%1 (máx. %2)</translation>
    </message>
    <message>
        <source>%1, modified %2 ago</source>
        <translation>%1, modificado hace %2</translation>
    </message>
</context>
<context>
    <name>vigil::FilesystemPanel</name>
    <message>
        <source>Filesystems</source>
        <translation>Sistemas de archivos</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>Esperando datos…</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 usado</translation>
    </message>
    <message>
        <source> · %1 free of %2</source>
        <translation> · %1 libres de %2</translation>
    </message>
</context>
<context>
    <name>vigil::GeneralSettingsPage</name>
    <message>
        <source>total CPU usage</source>
        <translation>el uso total de CPU</translation>
    </message>
    <message>
        <source>memory in use</source>
        <translation>la memoria en uso</translation>
    </message>
    <message>
        <source>a file system</source>
        <translation>un sistema de archivos</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Warning threshold for %1</source>
        <translation>Umbral de advertencia para %1</translation>
    </message>
    <message>
        <source>Critical threshold for %1</source>
        <translation>Umbral crítico para %1</translation>
    </message>
    <message>
        <source>Pending time for %1</source>
        <translation>Tiempo pendiente para %1</translation>
    </message>
    <message>
        <source>Sampling interval: %1</source>
        <translation>Intervalo de muestreo: %1</translation>
    </message>
    <message>
        <source>Warn when %1 stays %2 this value (%3) for the time in “for”. “off” (the lowest value): no warning level.</source>
        <translation>Advertir cuando %1 se mantenga %2 este valor (%3) durante el tiempo de «durante». «desactivado» (el valor más bajo): sin nivel de advertencia.</translation>
    </message>
    <message>
        <source>Raise a critical alert when %1 stays %2 this value (%3) for the time in “for”. “off” (the lowest value): no critical level.</source>
        <translation>Lanzar una alerta crítica cuando %1 se mantenga %2 este valor (%3) durante el tiempo de «durante». «desactivado» (el valor más bajo): sin nivel crítico.</translation>
    </message>
    <message>
        <source>How long %1 must stay past a threshold before the alert fires, like 30s, 2m or 1h30m; 0s fires at once. Shorter breaches never notify.</source>
        <translation>Cuánto debe seguir %1 más allá de un umbral antes de que se dispare la alerta, como 30s, 2m o 1h30m; 0s la dispara al momento. Los rebases más cortos nunca se notifican.</translation>
    </message>
    <message>
        <source>Rule %1 on %2. Uncheck to keep the rule but stop evaluating it.</source>
        <translation>Regla %1 sobre %2. Desmarque para conservar la regla pero dejar de evaluarla.</translation>
    </message>
    <message>
        <source>Rule “%1” was removed from the rule list, so this check is off. &lt;a href=&quot;restore&quot;&gt;Restore the default rule&lt;/a&gt;</source>
        <translation>La regla «%1» se quitó de la lista de reglas, así que esta vigilancia está desactivada. &lt;a href=&quot;restore&quot;&gt;Restaurar la regla predeterminada&lt;/a&gt;</translation>
    </message>
    <message>
        <source> (edit the rule on the Alert rules page)</source>
        <translation> (edite la regla en la página Reglas de alerta)</translation>
    </message>
    <message>
        <source>%1 is out of range; allowed %2 to %3</source>
        <translation>%1 está fuera de rango; se permite de %2 a %3</translation>
    </message>
    <message>
        <source>%1 is longer than the history kept (%2)</source>
        <translation>%1 es más largo que el historial que se conserva (%2)</translation>
    </message>
    <message>
        <source>%1 keeps %2 samples per series over the %3 history; the maximum is %4</source>
        <translation>%1 supone %2 muestras por serie en un historial de %3; el máximo es %4</translation>
    </message>
</context>
<context>
    <name>vigil::GuiSession</name>
    <message>
        <source>Vigil is still running</source>
        <translation>Vigil sigue en marcha</translation>
    </message>
    <message>
        <source>Vigil keeps watching from the tray. Use Quit in its menu to stop it.</source>
        <translation>Vigil sigue vigilando desde la bandeja. Use Salir en su menú para detenerlo.</translation>
    </message>
</context>
<context>
    <name>vigil::Health</name>
    <message>
        <source>No data yet</source>
        <translation>Aún no hay datos</translation>
    </message>
    <message>
        <source>All values below their warning thresholds</source>
        <translation>Todos los valores por debajo de sus umbrales de advertencia</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (y %n más)</numerusform>
            <numerusform>%1 (y %n más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::HistoryModel</name>
    <message>
        <source>Not notified: silenced by %1</source>
        <translation>No notificada: silenciada por %1</translation>
    </message>
    <message>
        <source>Sent to notifications</source>
        <translation>Enviada a las notificaciones</translation>
    </message>
    <message>
        <source>Not notified</source>
        <translation>No notificada</translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <translation>Umbral: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>vigil::HistoryView</name>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Notified changes</source>
        <translation>Cambios notificados</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Disparada</translation>
    </message>
    <message>
        <source>Escalated or de-escalated</source>
        <translation>Escaladas o desescaladas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <source>No alert events in this time range</source>
        <translation>No hay eventos de alerta en este intervalo</translation>
    </message>
    <message>
        <source>No alert events match these filters</source>
        <translation>Ningún evento de alerta coincide con estos filtros</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source> (the newest %1; narrow the filters to see older ones)</source>
        <translation> (los %1 más recientes; acote los filtros para ver los anteriores)</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>Export history as JSON</source>
        <translation>Exportar el historial como JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>exporting…</source>
        <translation>exportando…</translation>
    </message>
    <message>
        <source>export failed</source>
        <translation>falló la exportación</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>The alert history could not be written to
%1

%2

Nothing was changed there; the events are still shown here, so you can try another place.</source>
        <translation>No se pudo escribir el historial de alertas en
%1

%2

No se cambió nada allí; los eventos se siguen mostrando aquí, así que puede probar en otro lugar.</translation>
    </message>
    <message numerus="yes">
        <source>exported %n event to %1</source>
        <translation>
            <numerusform>%n evento exportado a %1</numerusform>
            <numerusform>%n eventos exportados a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n events to %1</source>
        <translation>
            <numerusform>%n evento exportado a %1</numerusform>
            <numerusform>%n eventos exportados a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::HistoryWriter</name>
    <message>
        <source>History is turned off (history.enabled).</source>
        <translation>El historial está desactivado (history.enabled).</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1; series history is kept in memory only</source>
        <translation>No se puede crear el directorio de datos %1; el historial de series se guarda solo en memoria</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used (%2); series history is kept in memory only</source>
        <translation>La base de datos del historial %1 no se puede usar (%2); el historial de series se guarda solo en memoria</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2) and %3</source>
        <translation>La base de datos del historial %1 está dañada (%2) y %3</translation>
    </message>
    <message>
        <source>The series history database was damaged and has been moved to %1. A new, empty one was created; earlier chart history is in the moved file.</source>
        <translation>La base de datos del historial de series estaba dañada y se ha movido a %1. Se creó una nueva, vacía; el historial anterior de los gráficos está en el archivo movido.</translation>
    </message>
    <message>
        <source>The history database is not open</source>
        <translation>La base de datos del historial no está abierta</translation>
    </message>
    <message>
        <source>Series history cannot be saved: %1. Vigil keeps recent samples in memory and retries.</source>
        <translation>No se puede guardar el historial de series: %1. Vigil conserva las muestras recientes en memoria y lo reintenta.</translation>
    </message>
    <message>
        <source>Series history is being saved again to %1.</source>
        <translation>El historial de series vuelve a guardarse en %1.</translation>
    </message>
    <message>
        <source>%1 sample(s) were lost while it was unavailable.</source>
        <translation>Se perdieron %1 muestra(s) mientras no estaba disponible.</translation>
    </message>
    <message>
        <source>Series history cannot be saved and more than %1 samples are waiting; the oldest are being dropped.</source>
        <translation>No se puede guardar el historial de series y hay más de %1 muestras en espera; se descartan las más antiguas.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>El intervalo termina antes de empezar.</translation>
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
        <translation>se esperaba %1</translation>
    </message>
    <message>
        <source>body does not contain &quot;%1&quot;</source>
        <translation>el cuerpo no contiene «%1»</translation>
    </message>
    <message>
        <source>body does not match /%1/</source>
        <translation>el cuerpo no coincide con /%1/</translation>
    </message>
    <message>
        <source>body over the read limit, not parsed</source>
        <translation>cuerpo por encima del límite de lectura, no analizado</translation>
    </message>
    <message>
        <source>body is not JSON (%1 at offset %2)</source>
        <translation>el cuerpo no es JSON (%1 en la posición %2)</translation>
    </message>
    <message>
        <source>no JSON field &quot;%1&quot;</source>
        <translation>no hay campo JSON «%1»</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation>%1 es «%2», se esperaba «%3»</translation>
    </message>
    <message>
        <source>service reports &quot;%1&quot;</source>
        <translation>el servicio informa «%1»</translation>
    </message>
    <message>
        <source>slower than %1 ms</source>
        <translation>más lento que %1 ms</translation>
    </message>
    <message>
        <source>certificate expired %1 days ago</source>
        <translation>el certificado caducó hace %1 días</translation>
    </message>
    <message>
        <source>certificate expires in %1 days</source>
        <translation>el certificado caduca en %1 días</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 en %2 ms</translation>
    </message>
    <message>
        <source>body cut at %1 KiB</source>
        <translation>cuerpo cortado en %1 KiB</translation>
    </message>
</context>
<context>
    <name>vigil::HttpExporter</name>
    <message>
        <source>invalid listen address %1: %2</source>
        <translation>dirección de escucha no válida %1: %2</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>vigil::HttpFetch</name>
    <message>
        <source>timed out after %1 s</source>
        <translation>tiempo agotado tras %1 s</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>más de %1 redirecciones</translation>
    </message>
</context>
<context>
    <name>vigil::LanguageChooser</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>vigil::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>vigil::LogTail</name>
    <message>
        <source>a path is required</source>
        <translation>se necesita una ruta</translation>
    </message>
    <message>
        <source>either a pattern or a minimum level is required</source>
        <translation>se necesita un patrón o un nivel mínimo</translation>
    </message>
    <message>
        <source>invalid pattern: %1 at offset %2</source>
        <translation>patrón no válido: %1 en la posición %2</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; (use debug, info, warning, error or critical)</source>
        <translation>nivel desconocido «%1» (use debug, info, warning, error o critical)</translation>
    </message>
    <message>
        <source>the maximum rate must be a number of 0 (no limit) or more</source>
        <translation>la tasa máxima debe ser un número de 0 (sin límite) o más</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: no es un archivo normal</translation>
    </message>
    <message>
        <source>rotated</source>
        <translation>rotado</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>truncated, reading from the start</source>
        <translation>truncado, se lee desde el principio</translation>
    </message>
    <message numerus="yes">
        <source>%n matching line</source>
        <translation>
            <numerusform>%n línea coincidente</numerusform>
            <numerusform>%n líneas coincidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching lines</source>
        <translation>
            <numerusform>%n línea coincidente</numerusform>
            <numerusform>%n líneas coincidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>, max %1/min</source>
        <translation>, máx. %1/min</translation>
    </message>
    <message>
        <source>%1 in the last %2 s (%3)</source>
        <translation>%1 en los últimos %2 s (%3)</translation>
    </message>
    <message>
        <source>%1 (rate from the next run)</source>
        <translation>%1 (tasa a partir de la próxima ejecución)</translation>
    </message>
    <message>
        <source>skipped %1 to catch up</source>
        <translation>se saltaron %1 para ponerse al día</translation>
    </message>
    <message>
        <source>%1 over %2 cut</source>
        <translation>%1 de más de %2 cortadas</translation>
    </message>
    <message numerus="yes">
        <source>%n line</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::LogView</name>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Nothing has been logged yet.</source>
        <translation>Todavía no se ha registrado nada.</translation>
    </message>
    <message>
        <source>Open %1 (vigil.log and its rotated copies) in the file manager</source>
        <translation>Abrir %1 (vigil.log y sus copias rotadas) en el gestor de archivos</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 de %n entrada</numerusform>
            <numerusform>%1 de %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match the level and search.</source>
        <translation>Ninguna entrada coincide con el nivel y la búsqueda.</translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Comprobaciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;The configuration could not be used; Vigil runs on defaults.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;No se pudo usar la configuración; Vigil funciona con los valores predeterminados.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&amp;Alerts (%1)</source>
        <translation>A&amp;lertas (%1)</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;lertas</translation>
    </message>
    <message>
        <source>Updated %1 · every %2</source>
        <translation>Actualizado %1 · cada %2</translation>
    </message>
    <message>
        <source>Built-in thresholds: CPU 80/95 %, memory 85/95 %, filesystems 80/90 % (warning/critical)</source>
        <translation>Umbrales integrados: CPU 80/95 %, memoria 85/95 %, sistemas de archivos 80/90 % (advertencia/crítico)</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 horas</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>P&amp;rocesses</source>
        <translation>P&amp;rocesos</translation>
    </message>
    <message>
        <source>D&amp;eliveries</source>
        <translation>&amp;Entregas</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Re&amp;gistro</translation>
    </message>
</context>
<context>
    <name>vigil::NotificationsSettingsPage</name>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
</context>
<context>
    <name>vigil::OutboxDatabase</name>
    <message>
        <source>The notification outbox was damaged (%1) and has been moved to %2. A new, empty outbox was created; deliveries still queued in the moved file will not be sent.</source>
        <translation>La bandeja de salida de notificaciones estaba dañada (%1) y se ha movido a %2. Se ha creado una bandeja nueva y vacía; las entregas que seguían en cola en el archivo movido no se enviarán.</translation>
    </message>
</context>
<context>
    <name>vigil::ProcessModel</name>
    <message>
        <source>Known from the next refresh: CPU use is measured between two looks</source>
        <translation>Se sabrá en la próxima actualización: el uso de CPU se mide entre dos lecturas</translation>
    </message>
    <message>
        <source>Unknown: the kernel shows disk activity only for your own processes, and a rate needs two refreshes</source>
        <translation>Desconocido: el núcleo muestra la actividad de disco solo de sus propios procesos, y una tasa necesita dos actualizaciones</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Disk read</source>
        <translation>Lectura de disco</translation>
    </message>
    <message>
        <source>Disk write</source>
        <translation>Escritura de disco</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de órdenes</translation>
    </message>
    <message>
        <source>CPU use since the last refresh, per core: 200 % is two cores busy</source>
        <translation>Uso de CPU desde la última actualización, por núcleo: 200 % son dos núcleos ocupados</translation>
    </message>
    <message>
        <source>Resident memory (RSS)</source>
        <translation>Memoria residente (RSS)</translation>
    </message>
    <message>
        <source>Bytes per second that reached the disk since the last refresh</source>
        <translation>Bytes por segundo que llegaron al disco desde la última actualización</translation>
    </message>
</context>
<context>
    <name>vigil::ProcessProbe</name>
    <message>
        <source>either a process name or a command-line pattern is required</source>
        <translation>se necesita un nombre de proceso o un patrón de línea de órdenes</translation>
    </message>
    <message>
        <source>invalid command-line pattern: %1 at offset %2</source>
        <translation>patrón de línea de órdenes no válido: %1 en la posición %2</translation>
    </message>
    <message>
        <source>the proc root must not be empty</source>
        <translation>la raíz de proc no debe estar vacía</translation>
    </message>
    <message>
        <source>the minimum count must not be negative</source>
        <translation>el número mínimo no debe ser negativo</translation>
    </message>
    <message>
        <source>the maximum count must be -1 (no limit) or more</source>
        <translation>el número máximo debe ser -1 (sin límite) o más</translation>
    </message>
    <message>
        <source>the maximum count (%1) is below the minimum (%2)</source>
        <translation>el número máximo (%1) es inferior al mínimo (%2)</translation>
    </message>
    <message>
        <source>unexpected format</source>
        <translation>formato inesperado</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>mín. %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>máx. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n process matches %1</source>
        <translation>
            <numerusform>%n proceso coincide con %1</numerusform>
            <numerusform>%n procesos coinciden con %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processes match %1</source>
        <translation>
            <numerusform>%n proceso coincide con %1</numerusform>
            <numerusform>%n procesos coinciden con %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 unreadable (%2)</source>
        <translation>; %1 ilegibles (%2)</translation>
    </message>
</context>
<context>
    <name>vigil::ProcessesView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;PID</source>
        <translation>Copiar &amp;PID</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy co&amp;mmand line</source>
        <translation>Copiar línea de ór&amp;denes</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>&amp;End process…</source>
        <translation>&amp;Terminar proceso…</translation>
    </message>
    <message>
        <source>&amp;Kill process…</source>
        <translation>&amp;Matar proceso…</translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <source>Create c&amp;heck from process…</source>
        <translation>Crear compro&amp;bación desde el proceso…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Copy the selected row</source>
        <translation>Copiar la fila seleccionada</translation>
    </message>
    <message>
        <source>Copy the process ID</source>
        <translation>Copiar el ID del proceso</translation>
    </message>
    <message>
        <source>Copy the full command line</source>
        <translation>Copiar la línea de órdenes completa</translation>
    </message>
    <message>
        <source>Add a service check that watches for this process by name</source>
        <translation>Añadir una comprobación de servicio que vigila este proceso por su nombre</translation>
    </message>
    <message>
        <source>Looking at the processes…</source>
        <translation>Examinando los procesos…</translation>
    </message>
    <message>
        <source>“%1” (PID %2)</source>
        <translation>«%1» (PID %2)</translation>
    </message>
    <message>
        <source>Kill process?</source>
        <translation>¿Matar el proceso?</translation>
    </message>
    <message>
        <source>End process?</source>
        <translation>¿Terminar el proceso?</translation>
    </message>
    <message>
        <source>Kill %1 at once? It cannot save anything or clean up (SIGKILL).</source>
        <translation>¿Matar %1 de inmediato? No podrá guardar nada ni hacer limpieza (SIGKILL).</translation>
    </message>
    <message>
        <source>Ask %1 to end (SIGTERM)? Unsaved work in it may be lost.</source>
        <translation>¿Pedir a %1 que termine (SIGTERM)? El trabajo sin guardar en él puede perderse.</translation>
    </message>
    <message>
        <source>&amp;Kill</source>
        <translation>M&amp;atar</translation>
    </message>
    <message>
        <source>&amp;End process</source>
        <translation>Te&amp;rminar proceso</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>Se envió %1 a %2.</translation>
    </message>
    <message>
        <source>Not allowed to signal %1: it belongs to another user.</source>
        <translation>No está permitido enviar señales a %1: pertenece a otro usuario.</translation>
    </message>
    <message>
        <source>%1 has already exited.</source>
        <translation>%1 ya ha terminado.</translation>
    </message>
    <message>
        <source>Could not signal %1: %2</source>
        <translation>No se pudo enviar la señal a %1: %2</translation>
    </message>
    <message>
        <source>Select a process first</source>
        <translation>Seleccione primero un proceso</translation>
    </message>
    <message>
        <source>“%1” belongs to %2: you can end only your own processes</source>
        <translation>«%1» pertenece a %2: solo puede terminar sus propios procesos</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>otro usuario</translation>
    </message>
    <message>
        <source>Ask the process to end (SIGTERM)</source>
        <translation>Pedir al proceso que termine (SIGTERM)</translation>
    </message>
    <message>
        <source>Stop the process at once (SIGKILL)</source>
        <translation>Detener el proceso de inmediato (SIGKILL)</translation>
    </message>
    <message>
        <source>Cannot read the processes: %1</source>
        <translation>No se pueden leer los procesos: %1</translation>
    </message>
    <message>
        <source>No process matches the filter</source>
        <translation>Ningún proceso coincide con el filtro</translation>
    </message>
    <message>
        <source>No processes to show</source>
        <translation>No hay procesos que mostrar</translation>
    </message>
    <message>
        <source>%1 of %2 processes</source>
        <translation>%1 de %2 procesos</translation>
    </message>
    <message>
        <source>The %1 processes using the most memory are listed (collectors.processes.top), then filtered</source>
        <translation>Se listan los %1 procesos que más memoria usan (collectors.processes.top) y luego se filtran</translation>
    </message>
    <message>
        <source>The %1 processes using the most CPU are listed (collectors.processes.top), then filtered</source>
        <translation>Se listan los %1 procesos que más CPU usan (collectors.processes.top) y luego se filtran</translation>
    </message>
</context>
<context>
    <name>vigil::PrometheusCheck</name>
    <message>
        <source>HTTP %1 from the target</source>
        <translation>HTTP %1 del destino</translation>
    </message>
    <message>
        <source>exposition larger than %1 MiB, not parsed</source>
        <translation>exposición mayor de %1 MiB, no analizada</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 over max_series dropped</source>
        <translation>, %1 descartadas por superar max_series</translation>
    </message>
    <message>
        <source>, %1 filtered</source>
        <translation>, %1 filtradas</translation>
    </message>
    <message>
        <source>scraped %1 in %2 ms</source>
        <translation>%1 recogidas en %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the exposition, first: %1 (%2 kept)</source>
        <translation>
            <numerusform>%n problema en la exposición, el primero: %1 (%2 conservadas)</numerusform>
            <numerusform>%n problemas en la exposición, el primero: %1 (%2 conservadas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::RuleEditorDialog</name>
    <message>
        <source>above</source>
        <translation>por encima de</translation>
    </message>
    <message>
        <source>at or above</source>
        <translation>en o por encima de</translation>
    </message>
    <message>
        <source>below</source>
        <translation>por debajo de</translation>
    </message>
    <message>
        <source>at or below</source>
        <translation>en o por debajo de</translation>
    </message>
    <message>
        <source>Every series named %1</source>
        <translation>Todas las series llamadas %1</translation>
    </message>
    <message>
        <source>%1 (every series of this name)</source>
        <translation>%1 (todas las series con este nombre)</translation>
    </message>
    <message>
        <source>New alert rule</source>
        <translation>Nueva regla de alerta</translation>
    </message>
    <message>
        <source>Alert rule %1</source>
        <translation>Regla de alerta %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Warning clear</source>
        <translation>Despeje de advertencia</translation>
    </message>
    <message>
        <source>Critical clear</source>
        <translation>Despeje de crítico</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1: «%2» no es un número</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durante</translation>
    </message>
    <message>
        <source>Keep firing for</source>
        <translation>Mantener disparada durante</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Labels: the label with value “%1” has no name</source>
        <translation>Etiquetas: la etiqueta con valor «%1» no tiene nombre</translation>
    </message>
    <message>
        <source>Labels: “%1” is used more than once</source>
        <translation>Etiquetas: «%1» se usa más de una vez</translation>
    </message>
    <message>
        <source>Name: another rule is already called “%1”</source>
        <translation>Nombre: ya hay otra regla llamada «%1»</translation>
    </message>
    <message>
        <source>Matches no series yet: the rule applies once one appears.</source>
        <translation>Aún no coincide con ninguna serie: la regla se aplicará en cuanto aparezca una.</translation>
    </message>
    <message numerus="yes">
        <source>Matches %n known series.</source>
        <translation>
            <numerusform>Coincide con %n serie conocida.</numerusform>
            <numerusform>Coincide con %n series conocidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>c&amp;lears below</source>
        <translation>se &amp;despeja por debajo</translation>
    </message>
    <message>
        <source>c&amp;lears above</source>
        <translation>se &amp;despeja por encima</translation>
    </message>
    <message>
        <source>cle&amp;ars below</source>
        <translation>se despe&amp;ja por debajo</translation>
    </message>
    <message>
        <source>cle&amp;ars above</source>
        <translation>se despe&amp;ja por encima</translation>
    </message>
</context>
<context>
    <name>vigil::RuleTableModel</name>
    <message>
        <source>Enabled: this rule is evaluated</source>
        <translation>Activada: esta regla se evalúa</translation>
    </message>
    <message>
        <source>Disabled: this rule is kept but not evaluated</source>
        <translation>Desactivada: esta regla se conserva, pero no se evalúa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durante</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Selector of the series the rule watches</source>
        <translation>Selector de las series que vigila la regla</translation>
    </message>
    <message>
        <source>How a value is compared with the thresholds</source>
        <translation>Cómo se compara un valor con los umbrales</translation>
    </message>
    <message>
        <source>How long the condition must hold before the alert fires</source>
        <translation>Cuánto debe mantenerse la condición antes de que se dispare la alerta</translation>
    </message>
    <message>
        <source>%1 — Name: more than one rule has this name</source>
        <translation>%1 — Nombre: más de una regla tiene este nombre</translation>
    </message>
</context>
<context>
    <name>vigil::RulesSettingsPage</name>
    <message>
        <source>No alert rules: nothing raises an alert. Add… (Alt+D) creates one; the General page restores the shipped CPU, memory and file system rules.</source>
        <translation>No hay reglas de alerta: nada lanzará una alerta. Añadir… (Alt+D) crea una; la página General restaura las reglas incluidas de CPU, memoria y sistemas de archivos.</translation>
    </message>
    <message>
        <source>Alert r&amp;ules</source>
        <translation>&amp;Reglas de alerta</translation>
    </message>
</context>
<context>
    <name>vigil::SettingsDialog</name>
    <message>
        <source>Save the settings and close</source>
        <translation>Guardar los ajustes y cerrar</translation>
    </message>
    <message>
        <source>Save the settings and keep this window open</source>
        <translation>Guardar los ajustes y mantener abierta esta ventana</translation>
    </message>
    <message>
        <source>Close without saving what was changed since the last Apply</source>
        <translation>Cerrar sin guardar lo que cambió desde el último Aplicar</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix these to save:</source>
        <translation>Corrija esto para guardar:</translation>
    </message>
    <message>
        <source>Could not save the settings: %1
Your changes are still here: fix the problem and press OK or Apply again, or Cancel to discard them.</source>
        <translation>No se pudieron guardar los ajustes: %1
Sus cambios siguen aquí: corrija el problema y vuelva a pulsar Aceptar o Aplicar, o Cancelar para descartarlos.</translation>
    </message>
</context>
<context>
    <name>vigil::SilenceDialog</name>
    <message>
        <source>&amp;Silence</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Created by: %1</source>
        <translation>Creado por: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Silence %1</source>
        <translation>Silencio %1</translation>
    </message>
    <message>
        <source>Include this matcher (checkbox); double-click or F2 to edit the name</source>
        <translation>Incluir esta condición (casilla); doble clic o F2 para editar el nombre</translation>
    </message>
    <message>
        <source>= equals, != differs, =~ matches the regular expression, !~ does not</source>
        <translation>= igual, != distinto, =~ coincide con la expresión regular, !~ no coincide</translation>
    </message>
    <message>
        <source>A matcher has no label name.</source>
        <translation>Una condición no tiene nombre de etiqueta.</translation>
    </message>
    <message>
        <source>“%1” is not a valid label name.</source>
        <translation>«%1» no es un nombre de etiqueta válido.</translation>
    </message>
    <message>
        <source>The regular expression for “%1” is invalid: %2.</source>
        <translation>La expresión regular de «%1» no es válida: %2.</translation>
    </message>
    <message>
        <source>Include at least one matcher.</source>
        <translation>Incluya al menos una condición.</translation>
    </message>
    <message>
        <source>At least one matcher must require a value (such as alertname = …); otherwise the silence would mute every alert.</source>
        <translation>Al menos una condición debe exigir un valor (como alertname = …); si no, el silencio acallaría todas las alertas.</translation>
    </message>
    <message>
        <source>The end time must be in the future.</source>
        <translation>La hora de fin debe estar en el futuro.</translation>
    </message>
    <message>
        <source>Enter a comment: why are these alerts silenced?</source>
        <translation>Escriba un comentario: ¿por qué se silencian estas alertas?</translation>
    </message>
    <message>
        <source>Ends %1 (in %2)</source>
        <translation>Termina %1 (dentro de %2)</translation>
    </message>
    <message>
        <source>Ends %1 (already past)</source>
        <translation>Termina %1 (ya pasado)</translation>
    </message>
</context>
<context>
    <name>vigil::SingleInstance</name>
    <message>
        <source>no runtime directory for the instance lock (%1)</source>
        <translation>no hay directorio de ejecución para el bloqueo de instancia (%1)</translation>
    </message>
    <message>
        <source>cannot create the instance lock %1</source>
        <translation>no se puede crear el bloqueo de instancia %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <source>Vigil is already running (pid %1) but does not answer on %2</source>
        <translation>Vigil ya está en marcha (pid %1), pero no responde en %2</translation>
    </message>
    <message>
        <source>cannot reach the running Vigil on %1: %2</source>
        <translation>no se puede contactar con el Vigil en marcha en %1: %2</translation>
    </message>
    <message>
        <source>the running Vigil sent an oversized reply</source>
        <translation>el Vigil en marcha envió una respuesta demasiado grande</translation>
    </message>
    <message>
        <source>the running Vigil sent a reply this version does not understand</source>
        <translation>el Vigil en marcha envió una respuesta que esta versión no entiende</translation>
    </message>
</context>
<context>
    <name>vigil::TcpCheck</name>
    <message>
        <source>connected, but no expected reply within %1 s</source>
        <translation>conectado, pero sin la respuesta esperada en %1 s</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>tiempo agotado tras %1 s</translation>
    </message>
    <message>
        <source>connected in %1 ms</source>
        <translation>conectado en %1 ms</translation>
    </message>
    <message>
        <source>reply contains &quot;%1&quot;</source>
        <translation>la respuesta contiene «%1»</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; in the first %2 KiB of the reply</source>
        <translation>no hay «%1» en los primeros %2 KiB de la respuesta</translation>
    </message>
    <message>
        <source>connection closed without a reply</source>
        <translation>conexión cerrada sin respuesta</translation>
    </message>
    <message>
        <source>reply does not contain &quot;%1&quot;: %2</source>
        <translation>la respuesta no contiene «%1»: %2</translation>
    </message>
</context>
<context>
    <name>vigil::TimeSeriesChart</name>
    <message>
        <source>Waiting for data…</source>
        <translation>Esperando datos…</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Gráfico de %1</translation>
    </message>
    <message>
        <source>Drag across the chart to zoom; double-click or Esc to reset; the menu key for more</source>
        <translation>Arrastre sobre el gráfico para ampliar; doble clic o Esc para restablecer; la tecla de menú para más opciones</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <source>(above the axis)</source>
        <translation>(por encima del eje)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Restablecer zoom</translation>
    </message>
    <message>
        <source>Show the live window again (Esc, or double-click the chart)</source>
        <translation>Volver a mostrar la ventana en directo (Esc o doble clic en el gráfico)</translation>
    </message>
    <message>
        <source>&amp;Ignore outliers</source>
        <translation>&amp;Ignorar valores atípicos</translation>
    </message>
    <message>
        <source>Scale the value axis to the 99th percentile, so one spike does not flatten the rest</source>
        <translation>Escalar el eje de valores al percentil 99, para que un solo pico no aplane el resto</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save this chart as an image</source>
        <translation>Guardar este gráfico como imagen</translation>
    </message>
    <message>
        <source>Export data as &amp;CSV…</source>
        <translation>Exportar datos como &amp;CSV…</translation>
    </message>
    <message>
        <source>Save every sample of the visible time span as CSV</source>
        <translation>Guardar todas las muestras del intervalo visible como CSV</translation>
    </message>
    <message>
        <source>%1 chart menu</source>
        <translation>Menú del gráfico de %1</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n off scale</source>
        <translation>
            <numerusform>▲ %n fuera de escala</numerusform>
            <numerusform>▲ %n fuera de escala</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) above %1 are cut off (Ignore outliers is on)</source>
        <translation>
            <numerusform>%n punto por encima de %1 queda recortado (Ignorar valores atípicos está activado)</numerusform>
            <numerusform>%n puntos por encima de %1 quedan recortados (Ignorar valores atípicos está activado)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart Data as CSV</source>
        <translation>Exportar datos del gráfico como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>vigil::TrayController</name>
    <message>
        <source>&amp;Hide Vigil</source>
        <translation>&amp;Ocultar Vigil</translation>
    </message>
    <message>
        <source>Show &amp;alerts</source>
        <translation>Mostrar a&amp;lertas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Resume notifications (paused until %1)</source>
        <translation>Reanudar las notificaciones (en pausa hasta %1)</translation>
    </message>
    <message>
        <source>Pause notifications for 1 hour</source>
        <translation>Pausar las notificaciones 1 hora</translation>
    </message>
    <message>
        <source>Vigil: %1</source>
        <translation>Vigil: %1</translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Notificaciones en pausa hasta %1</translation>
    </message>
    <message>
        <source>&amp;Show Vigil</source>
        <translation>&amp;Mostrar Vigil</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <comment>alerts</comment>
        <translation>
            <numerusform>%n crítica</numerusform>
            <numerusform>%n críticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <comment>alerts</comment>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silenced</source>
        <comment>alerts</comment>
        <translation>
            <numerusform>%n silenciada</numerusform>
            <numerusform>%n silenciadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::WelcomeDialog</name>
    <message>
        <source>Vigil icon</source>
        <translation>Icono de Vigil</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rules.&lt;/b&gt; Alert rules on: %1. They warn, or go critical, when a value stays past its threshold for a while, and a desktop notification tells you. Change thresholds and rules in File → Settings (Ctrl+,).</source>
        <translation>&lt;b&gt;Las reglas.&lt;/b&gt; Reglas de alerta sobre: %1. Advierten, o pasan a críticas, cuando un valor sigue un rato más allá de su umbral, y una notificación de escritorio se lo dice. Cambie umbrales y reglas en Archivo → Ajustes (Ctrl+,).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your files.&lt;/b&gt; The configuration was created with the defaults in &lt;tt&gt;%1&lt;/tt&gt;; the settings dialog edits the same file. The alert history is kept in &lt;tt&gt;%2&lt;/tt&gt;. Help → About Vigil lists these paths again.</source>
        <translation>&lt;b&gt;Sus archivos.&lt;/b&gt; La configuración se creó con los valores predeterminados en &lt;tt&gt;%1&lt;/tt&gt;; el diálogo de ajustes edita ese mismo archivo. El historial de alertas se guarda en &lt;tt&gt;%2&lt;/tt&gt;. Ayuda → Acerca de Vigil vuelve a mostrar estas rutas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your files.&lt;/b&gt; The configuration is &lt;tt&gt;%1&lt;/tt&gt;; the settings dialog edits the same file. The alert history is kept in &lt;tt&gt;%2&lt;/tt&gt;. Help → About Vigil lists these paths again.</source>
        <translation>&lt;b&gt;Sus archivos.&lt;/b&gt; La configuración es &lt;tt&gt;%1&lt;/tt&gt;; el diálogo de ajustes edita ese mismo archivo. El historial de alertas se guarda en &lt;tt&gt;%2&lt;/tt&gt;. Ayuda → Acerca de Vigil vuelve a mostrar estas rutas.</translation>
    </message>
    <message>
        <source>Where Vigil keeps its files</source>
        <translation>Dónde guarda Vigil sus archivos</translation>
    </message>
    <message>
        <source>Don&apos;t show the welcome again</source>
        <translation>No volver a mostrar la bienvenida</translation>
    </message>
    <message>
        <source>&lt;b&gt;The tray.&lt;/b&gt; Vigil keeps running in the system tray when you close this window; the icon&apos;s colour is the overall status (green healthy, orange warning, red critical). Click it to bring the window back; quit from its menu or with Ctrl+Q.</source>
        <translation>&lt;b&gt;La bandeja.&lt;/b&gt; Vigil sigue en marcha en la bandeja del sistema cuando cierra esta ventana; el color del icono es el estado general (verde correcto, naranja advertencia, rojo crítico). Haga clic en él para recuperar la ventana; salga desde su menú o con Ctrl+Q.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The tray.&lt;/b&gt; This desktop has no system tray right now, so closing the window quits Vigil. Where a tray exists, Vigil keeps running there and its icon&apos;s colour is the overall status.</source>
        <translation>&lt;b&gt;La bandeja.&lt;/b&gt; Este escritorio no tiene ahora bandeja del sistema, así que al cerrar la ventana se sale de Vigil. Donde hay bandeja, Vigil sigue en marcha en ella y el color de su icono es el estado general.</translation>
    </message>
</context>
<context>
    <name>vigil::ruletext</name>
    <message>
        <source>Label “%1”</source>
        <translation>Etiqueta «%1»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Warning clear</source>
        <translation>Despeje de advertencia</translation>
    </message>
    <message>
        <source>Critical clear</source>
        <translation>Despeje de crítico</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durante</translation>
    </message>
    <message>
        <source>Keep firing for</source>
        <translation>Mantener disparada durante</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Runbook URL</source>
        <translation>URL del runbook</translation>
    </message>
    <message>
        <source>(unnamed rule)</source>
        <translation>(regla sin nombre)</translation>
    </message>
</context>
</TS>
