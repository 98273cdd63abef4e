#pragma once

#include <QJsonObject>
#include <QString>

namespace vigil {

// What the log file, standard error and the Log view show instead of secrets:
// - a URL with user info, a path, a query or a fragment becomes scheme + host through
//   redactedUrl() ("https://hooks.slack.com/…"); a bare "http://127.0.0.1:9464" stays;
// - "Bearer <token>", "Basic <credentials>" and key=value / key: value pairs whose key names a
//   secret (token, password, secret, api_key, routing_key, ...) keep the key and lose the value:
//   "token=***".
QString redactSecrets(const QString &text);
// The same for every string in the fields (nested objects and arrays too).
QJsonObject redactFields(const QJsonObject &fields);

} // namespace vigil
