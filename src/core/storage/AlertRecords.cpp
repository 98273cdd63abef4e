#include "AlertRecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <utility>

namespace vigil::records {

namespace {

template<typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return QString::fromUtf16(code);
    }
    return {};
}

template<typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, const QString &code,
             Enum fallback, bool *ok)
{
    for (const auto &[e, c] : table) {
        if (code == QStringView(c)) {
            if (ok)
                *ok = true;
            return e;
        }
    }
    if (ok)
        *ok = false;
    return fallback;
}

// Stored in the database: never rename a code, only add new ones.
constexpr std::array<std::pair<AlertEventKind, const char16_t *>, 7> kKinds{{
    {AlertEventKind::Pending, u"pending"},
    {AlertEventKind::Firing, u"firing"},
    {AlertEventKind::Escalated, u"escalated"},
    {AlertEventKind::Deescalated, u"deescalated"},
    {AlertEventKind::Repeat, u"repeat"},
    {AlertEventKind::Resolved, u"resolved"},
    {AlertEventKind::Acknowledged, u"acknowledged"},
}};

constexpr std::array<std::pair<AlertState, const char16_t *>, 3> kStates{{
    {AlertState::Inactive, u"inactive"},
    {AlertState::Pending, u"pending"},
    {AlertState::Firing, u"firing"},
}};

constexpr std::array<std::pair<Severity, const char16_t *>, 4> kSeverities{{
    {Severity::Healthy, u"healthy"},
    {Severity::Warning, u"warning"},
    {Severity::Critical, u"critical"},
    {Severity::Unknown, u"unknown"},
}};

constexpr QChar kFieldSeparator{0x1f}; // so a search never matches across two fields

} // namespace

QString eventKindCode(AlertEventKind kind)
{
    return codeOf(kKinds, kind);
}

AlertEventKind eventKindFromCode(const QString &code, bool *ok)
{
    return valueOf(kKinds, code, AlertEventKind::Firing, ok);
}

QString stateCode(AlertState state)
{
    return codeOf(kStates, state);
}

AlertState stateFromCode(const QString &code, bool *ok)
{
    return valueOf(kStates, code, AlertState::Inactive, ok);
}

QString severityCode(Severity severity)
{
    return codeOf(kSeverities, severity);
}

Severity severityFromCode(const QString &code, bool *ok)
{
    return valueOf(kSeverities, code, Severity::Unknown, ok);
}

QString labelsToJson(const Labels &labels)
{
    QJsonObject object;
    for (const Label &label : labels)
        object.insert(label.first, label.second);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Labels labelsFromJson(const QString &json, bool *ok)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && doc.isObject();
    Labels labels;
    const QJsonObject object = doc.object();
    labels.reserve(object.size());
    for (auto it = object.begin(); it != object.end(); ++it)
        labels.append({it.key(), it.value().toString()});
    std::sort(labels.begin(), labels.end(),
              [](const Label &a, const Label &b) { return a.first < b.first; });
    return labels;
}

QString matchersToJson(const QList<LabelMatcher> &matchers)
{
    QJsonArray array;
    for (const LabelMatcher &m : matchers) {
        const bool regex = m.op == LabelMatcher::Op::Regex || m.op == LabelMatcher::Op::NotRegex;
        const bool equal = m.op == LabelMatcher::Op::Equal || m.op == LabelMatcher::Op::Regex;
        array.append(QJsonObject{{QStringLiteral("name"), m.name},
                                 {QStringLiteral("value"), m.value},
                                 {QStringLiteral("isRegex"), regex},
                                 {QStringLiteral("isEqual"), equal}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<LabelMatcher> matchersFromJson(const QString &json, bool *ok)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && doc.isArray();
    QList<LabelMatcher> matchers;
    const QJsonArray array = doc.array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        LabelMatcher m;
        m.name = o.value(QLatin1String("name")).toString();
        m.value = o.value(QLatin1String("value")).toString();
        const bool regex = o.value(QLatin1String("isRegex")).toBool();
        const bool equal = o.value(QLatin1String("isEqual")).toBool(true);
        if (regex)
            m.op = equal ? LabelMatcher::Op::Regex : LabelMatcher::Op::NotRegex;
        else
            m.op = equal ? LabelMatcher::Op::Equal : LabelMatcher::Op::NotEqual;
        matchers.append(m);
    }
    return matchers;
}

QString searchText(const AlertEvent &event)
{
    QString text = event.rule % kFieldSeparator % event.summary;
    for (const Label &label : event.labels)
        text += kFieldSeparator % label.second;
    return text.toCaseFolded();
}

QString searchNeedle(const QString &text)
{
    QString needle = text.trimmed().toCaseFolded();
    needle.remove(kFieldSeparator);
    return needle;
}

bool matchesQuery(const AlertEvent &event, const EventQuery &query)
{
    if (event.timeMs < query.fromMs || event.timeMs > query.toMs)
        return false;
    if (!query.severities.isEmpty() && !query.severities.contains(event.toSeverity))
        return false;
    if (!query.kinds.isEmpty() && !query.kinds.contains(event.kind))
        return false;
    const QString needle = searchNeedle(query.text);
    return needle.isEmpty() || searchText(event).contains(needle);
}

} // namespace vigil::records
