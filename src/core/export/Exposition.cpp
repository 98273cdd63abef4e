#include "Exposition.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace vigil {

void Exposition::add(const QString &name, Type type, const QString &help, const Labels &labels,
                     double value)
{
    bool valid = SeriesId::isValidMetricName(name) && !name.contains(u':');
    Labels kept;
    kept.reserve(labels.size());
    for (const Label &l : labels) {
        valid = valid && SeriesId::isValidLabelName(l.first) && !l.first.startsWith(u"__");
        if (!l.second.isEmpty())
            kept.append(l);
    }
    auto it = m_families.find(name);
    if (!valid || (it != m_families.end() && it->second.type != type)) {
        ++m_dropped;
        return;
    }
    if (it == m_families.end())
        it = m_families.emplace(name, Family{type, help, {}}).first;
    std::sort(kept.begin(), kept.end());
    it->second.samples.append({std::move(kept), value});
}

QByteArray Exposition::formatValue(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, qsizetype(result.ptr - buffer));
}

QByteArray Exposition::escapeHelp(const QString &help)
{
    QByteArray out = help.toUtf8();
    out.replace("\\", "\\\\");
    out.replace("\n", "\\n");
    return out;
}

QByteArray Exposition::render() const
{
    QByteArray out;
    out.reserve(qsizetype(m_families.size()) * 128);
    for (const auto &[name, family] : m_families) {
        QList<std::pair<Labels, double>> samples = family.samples;
        // Stable: of two equal label sets the one added first stays.
        std::stable_sort(samples.begin(), samples.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        const QByteArray utf8Name = name.toUtf8();
        out += "# HELP " + utf8Name + ' ' + escapeHelp(family.help.isEmpty() ? name : family.help) +
               '\n';
        out += "# TYPE " + utf8Name + (family.type == Type::Counter ? " counter\n" : " gauge\n");
        for (qsizetype i = 0; i < samples.size(); ++i) {
            if (i > 0 && samples[i].first == samples[i - 1].first)
                continue; // duplicate series: the first one added is exported
            out += utf8Name;
            const Labels &labels = samples[i].first;
            if (!labels.isEmpty()) {
                out += '{';
                for (qsizetype l = 0; l < labels.size(); ++l) {
                    if (l > 0)
                        out += ',';
                    out += labels[l].first.toUtf8() + "=\"" +
                           SeriesId::escapeLabelValue(labels[l].second).toUtf8() + '"';
                }
                out += '}';
            }
            out += ' ' + formatValue(samples[i].second) + '\n';
        }
    }
    return out;
}

} // namespace vigil
