#include "Template.h"

#include "config/Duration.h"
#include "series/SeriesRegistry.h"
#include "util/Logging.h"

#include <QMutex>
#include <QSet>

namespace vigil {

namespace {

// True the first time a key is seen in this process: templates are rendered on every event, and
// a broken one must not flood the log.
bool firstTime(const QString &key)
{
    static QMutex mutex;
    static QSet<QString> seen;
    const QMutexLocker lock(&mutex);
    if (seen.contains(key))
        return false;
    seen.insert(key);
    return true;
}

const QString *findLabel(const Labels &labels, const QString &name)
{
    for (const Label &l : labels) {
        if (l.first == name)
            return &l.second;
    }
    return nullptr;
}

} // namespace

Template::Template(const QString &text, const QString &context)
    : m_context(context)
{
    static const QLatin1String labelsPrefix("$labels.");
    auto literal = [this](QStringView s) {
        if (s.isEmpty())
            return;
        if (!m_parts.isEmpty() && m_parts.back().kind == Kind::Literal)
            m_parts.back().text += s;
        else
            m_parts.append({Kind::Literal, s.toString()});
    };
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1String("}}"), open + 2);
        if (open < 0 || close < 0) {
            literal(QStringView(text).mid(pos));
            break;
        }
        literal(QStringView(text).mid(pos, open - pos));
        const QString inner = text.mid(open + 2, close - open - 2).trimmed();
        pos = close + 2;
        if (inner == QLatin1String("$value")) {
            m_parts.append({Kind::Value, {}});
        } else if (inner == QLatin1String("$threshold")) {
            m_parts.append({Kind::Threshold, {}});
        } else if (inner == QLatin1String("$for")) {
            m_parts.append({Kind::For, {}});
        } else if (inner.startsWith(labelsPrefix) &&
                   SeriesId::isValidLabelName(QStringView(inner).mid(labelsPrefix.size()))) {
            m_parts.append({Kind::Label, inner.mid(labelsPrefix.size())});
        } else {
            const QStringView placeholder = QStringView(text).mid(open, pos - open);
            literal(placeholder);
            if (firstTime(m_context + QLatin1String("\x1fplaceholder\x1f") + inner))
                qCWarning(lcAlerts).noquote()
                    << QStringLiteral("rule %1: unknown placeholder %2 in a template, kept as text")
                           .arg(m_context, placeholder);
        }
    }
}

QString Template::render(const TemplateValues &values) const
{
    QString out;
    for (const Part &part : m_parts) {
        switch (part.kind) {
        case Kind::Literal:
            out += part.text;
            break;
        case Kind::Value:
            out += formatValue(values.value, values.unit);
            break;
        case Kind::Threshold:
            out += formatValue(values.threshold, values.unit);
            break;
        case Kind::For:
            out += formatDuration(values.forMs);
            break;
        case Kind::Label:
            if (const QString *value = findLabel(values.labels, part.text)) {
                out += *value;
            } else if (firstTime(m_context + QLatin1String("\x1flabel\x1f") + part.text)) {
                qCWarning(lcAlerts).noquote()
                    << QStringLiteral("rule %1: template refers to label \"%2\", which the alert "
                                      "does not have; rendered as empty")
                           .arg(m_context, part.text);
            }
            break;
        }
    }
    return out;
}

Unit Template::unitOf(const QString &metric)
{
    static const SeriesRegistry registry = SeriesRegistry::withSystemSeries();
    return registry.info(metric).unit;
}

} // namespace vigil
