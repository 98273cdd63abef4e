#include "AlertConfigWriter.h"

#include "alerts/CompareOp.h"
#include "config/ConfigText.h"
#include "config/Duration.h"

namespace vigil::configwriter {

using configtext::jsonNumber;
using configtext::jsonString;

namespace {

QByteArray optionalNumber(const std::optional<double> &value)
{
    return value ? jsonNumber(*value) : QByteArrayLiteral("null");
}

QByteArray labelsObject(const Labels &labels)
{
    if (labels.isEmpty())
        return QByteArrayLiteral("{}");
    QByteArray out = QByteArrayLiteral("{\n");
    for (qsizetype i = 0; i < labels.size(); ++i) {
        out +=
            "                " + jsonString(labels[i].first) + ": " + jsonString(labels[i].second);
        out += i + 1 < labels.size() ? ",\n" : "\n";
    }
    return out + "            }";
}

QByteArray rule(const AlertRule &r)
{
    const QByteArray in(12, ' ');
    QByteArray out = "        {\n";
    out += in + "\"name\": " + jsonString(r.name) + ",\n";
    out += in + "\"series\": " + jsonString(r.series) + ",\n";
    out += in + "\"operator\": " + jsonString(compareOpSymbol(r.op)) + ",\n";
    out += in + "\"warning\": " + optionalNumber(r.warning) + ",\n";
    out += in + "\"critical\": " + optionalNumber(r.critical) + ",\n";
    out += in + "\"warning_clear\": " + optionalNumber(r.warningClear) + ",\n";
    out += in + "\"critical_clear\": " + optionalNumber(r.criticalClear) + ",\n";
    out += in + "\"for\": " + jsonString(formatDuration(r.forMs)) + ",\n";
    out += in + "\"keep_firing_for\": " + jsonString(formatDuration(r.keepFiringForMs)) + ",\n";
    out += in + "\"repeat\": " + jsonString(formatDuration(r.repeatMs)) + ",\n";
    out += in + "\"labels\": " + labelsObject(r.labels) + ",\n";
    out += in + "\"summary\": " + jsonString(r.summary) + ",\n";
    out += in + "\"description\": " + jsonString(r.description) + ",\n";
    out += in + "\"runbook\": " + jsonString(r.runbook) + ",\n";
    out += in + "\"enabled\": " + (r.enabled ? "true" : "false") + "\n";
    return out + "        }";
}

} // namespace

QByteArray alertSections(const Config &config)
{
    QByteArray out;
    if (config.rules.isEmpty()) {
        out += "    \"rules\": [],\n"; // written, so that "no rules" stays no rules
    } else {
        out += "    \"rules\": [\n";
        for (qsizetype i = 0; i < config.rules.size(); ++i) {
            out += rule(config.rules[i]);
            out += i + 1 < config.rules.size() ? ",\n" : "\n";
        }
        out += "    ],\n";
    }
    out += "    \"alerts\": {\n";
    out += "        \"history_retention\": " +
           jsonString(formatDuration(config.alerts.historyRetentionMs)) + "\n";
    out += "    },\n";
    const Config::Notifications::Desktop &desktop = config.notifications.desktop;
    out += "    \"notifications\": {\n";
    out += "        \"desktop\": {\n";
    out += "            \"enabled\": ";
    out += desktop.enabled ? "true" : "false";
    out +=
        ",\n            \"min_severity\": " + jsonString(severityName(desktop.minSeverity)) + "\n";
    out += "        }\n";
    out += "    }\n";
    return out;
}

} // namespace vigil::configwriter
