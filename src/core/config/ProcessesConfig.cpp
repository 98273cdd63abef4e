#include "ProcessesConfig.h"

#include "config/ConfigText.h"
#include "config/ObjectReader.h"

#include <QJsonObject>

namespace vigil::configreader {

void readProcesses(const QJsonValue &value, ConfigResult &result)
{
    const QString path = QStringLiteral("collectors.processes");
    QJsonObject object;
    if (!sectionObject(path, value, result.errors, &object))
        return;
    Config::Collectors::Processes processes = result.config.collectors.processes;
    QStringList problems;
    ObjectReader reader(path, object, &problems);
    reader.boolean("enabled", &processes.enabled);
    const qsizetype before = problems.size();
    reader.integer("top", &processes.top);
    if (problems.size() == before &&
        (processes.top < 1 || processes.top > ConfigLimits::MaxProcessTop))
        reader.problem(QStringLiteral("top"), QStringLiteral("%1 is out of range; allowed 1 to %2")
                                                  .arg(processes.top)
                                                  .arg(ConfigLimits::MaxProcessTop));
    for (const QString &key : reader.unknownKeys())
        result.warnings << reader.at(key) + QStringLiteral(": unknown key, ignored");
    result.errors << problems;
    if (problems.isEmpty())
        result.config.collectors.processes = processes;
}

} // namespace vigil::configreader

namespace vigil::configwriter {

QByteArray processesSection(const Config &config)
{
    const Config::Collectors::Processes &p = config.collectors.processes;
    QByteArray out = "        \"processes\": {\n";
    out += "            \"enabled\": ";
    out += p.enabled ? "true" : "false";
    out += ",\n            \"top\": " + QByteArray::number(p.top) + "\n";
    out += "        }\n";
    return out;
}

} // namespace vigil::configwriter
