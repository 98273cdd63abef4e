#include "ExporterConfig.h"

#include "config/ConfigText.h"
#include "config/ObjectReader.h"
#include "export/ListenAddress.h"

#include <QJsonObject>

namespace vigil::configreader {

void readExporter(const QJsonValue &value, ConfigResult &result)
{
    const QString path = QStringLiteral("exporter");
    QJsonObject object;
    if (!sectionObject(path, value, result.errors, &object))
        return;
    Config::Exporter exporter = result.config.exporter;
    QStringList problems;
    ObjectReader reader(path, object, &problems);
    reader.boolean("enabled", &exporter.enabled);
    reader.text("listen", &exporter.listen);
    reader.text("token", &exporter.token);
    for (const QString &key : reader.unknownKeys())
        result.warnings << reader.at(key) + QStringLiteral(": unknown key, ignored");
    QString why;
    if (!ListenAddress::parse(exporter.listen, &why))
        reader.problem(QStringLiteral("listen"),
                       configtext::quoted(exporter.listen) + QStringLiteral(": ") + why);
    if (exporter.token != exporter.token.trimmed() || exporter.token.contains(u'\n'))
        reader.problem(QStringLiteral("token"),
                       QStringLiteral("must not start or end with white space"));
    result.errors << problems;
    if (problems.isEmpty())
        result.config.exporter = exporter;
}

} // namespace vigil::configreader

namespace vigil::configwriter {

QByteArray exporterSection(const Config &config)
{
    using configtext::jsonString;
    const Config::Exporter &e = config.exporter;
    QByteArray out = "    \"exporter\": {\n";
    out += "        \"enabled\": ";
    out += e.enabled ? "true" : "false";
    out += ",\n        \"listen\": " + jsonString(e.listen);
    out += ",\n        \"token\": " + jsonString(e.token) + "\n";
    out += "    },\n";
    return out;
}

} // namespace vigil::configwriter
