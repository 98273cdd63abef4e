#include "ObjectReader.h"

#include "config/ConfigText.h"
#include "config/Duration.h"

#include <QJsonArray>

namespace vigil::configreader {

using configtext::describe;
using configtext::keyPath;
using configtext::quoted;

QString ObjectReader::at(const QString &key) const
{
    return keyPath(m_path, key);
}

bool sectionObject(const QString &path, const QJsonValue &value, QStringList &errors,
                   QJsonObject *out)
{
    if (value.isUndefined())
        return false;
    if (!value.isObject()) {
        errors << path + QStringLiteral(": expected an object, got ") + configtext::describe(value);
        return false;
    }
    *out = value.toObject();
    return true;
}

void ObjectReader::problem(const QString &key, const QString &text)
{
    *m_problems << at(key) + QLatin1String(": ") + text;
}

void ObjectReader::expected(const QString &key, const char *what, const QJsonValue &got)
{
    problem(key, QLatin1String("expected ") + QLatin1String(what) + QLatin1String(", got ") +
                     describe(got));
}

QJsonValue ObjectReader::take(const char *key)
{
    m_used.insert(QLatin1String(key));
    return m_object.value(QLatin1String(key));
}

QStringList ObjectReader::unknownKeys() const
{
    QStringList out;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_used.contains(it.key()))
            out << it.key();
    }
    return out;
}

void ObjectReader::text(const char *key, QString *out, bool required)
{
    const QJsonValue v = take(key);
    if (v.isString())
        *out = v.toString();
    else if (v.isUndefined() && required)
        problem(QLatin1String(key), QStringLiteral("required"));
    else if (!v.isUndefined())
        expected(QLatin1String(key), "a string", v);
}

void ObjectReader::integer(const char *key, int *out)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return;
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)) || d < -1e9 || d > 1e9)
        expected(QLatin1String(key), "a whole number", v);
    else
        *out = int(d);
}

void ObjectReader::number(const char *key, double *out)
{
    const QJsonValue v = take(key);
    if (v.isDouble())
        *out = v.toDouble();
    else if (!v.isUndefined())
        expected(QLatin1String(key), "a number", v);
}

void ObjectReader::boolean(const char *key, bool *out)
{
    const QJsonValue v = take(key);
    if (v.isBool())
        *out = v.toBool();
    else if (!v.isUndefined())
        expected(QLatin1String(key), "true or false", v);
}

void ObjectReader::duration(const char *key, qint64 *out)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return;
    const DurationStatus status =
        v.isString() ? parseDurationStatus(v.toString(), out) : DurationStatus::Invalid;
    if (status == DurationStatus::Invalid)
        expected(QLatin1String(key), "a duration like \"30s\"", v);
    else if (status == DurationStatus::TooLarge)
        problem(QLatin1String(key), quoted(v.toString()) + QStringLiteral(" is out of range"));
}

void ObjectReader::strings(const char *key, QStringList *out)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return;
    QStringList list;
    const QJsonArray array = v.toArray();
    bool ok = v.isArray();
    for (const QJsonValue &item : array) {
        ok = ok && item.isString();
        list << item.toString();
    }
    if (!ok)
        expected(QLatin1String(key), "an array of strings", v);
    else
        *out = list;
}

} // namespace vigil::configreader
