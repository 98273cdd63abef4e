#pragma once

// Internal to src/core/config: reads the members of one JSON object (a check, a channel) into
// typed fields. Every problem goes to `problems` with its full key path; keys never read are
// reported by unknownKeys().

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vigil::configreader {

// The object of a section (exporter, collectors.processes): false, with the error appended,
// when the value is not an object; false without an error when it is absent.
bool sectionObject(const QString &path, const QJsonValue &value, QStringList &errors,
                   QJsonObject *out);

class ObjectReader
{
public:
    ObjectReader(const QString &path, const QJsonObject &object, QStringList *problems)
        : m_path(path)
        , m_object(object)
        , m_problems(problems)
    {}

    QString at(const QString &key) const;
    void problem(const QString &key, const QString &text);
    void expected(const QString &key, const char *what, const QJsonValue &got);
    // The value of key, marked as read.
    QJsonValue take(const char *key);

    void text(const char *key, QString *out, bool required = false);
    void integer(const char *key, int *out);
    void number(const char *key, double *out);
    void boolean(const char *key, bool *out);
    void duration(const char *key, qint64 *out);
    void strings(const char *key, QStringList *out);
    // Keys of the object that were never taken.
    QStringList unknownKeys() const;

private:
    QString m_path;
    QJsonObject m_object;
    QStringList *m_problems;
    QSet<QString> m_used;
};

} // namespace vigil::configreader
