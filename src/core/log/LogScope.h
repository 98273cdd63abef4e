#pragma once

#include <QJsonObject>

namespace vigil {

// Structured fields for the log lines written while it lives, on the thread that made it:
//
//     const LogScope scope({{QStringLiteral("check"), spec.name}});
//     qCInfo(lcChecks) << "check" << spec.name << "->" << status; // carries "fields":{"check":…}
//
// Scopes nest (inner values win for the same key). The message handler runs on the thread that
// logs, so it reads the fields there; nothing is shared between threads.
class LogScope final
{
    Q_DISABLE_COPY_MOVE(LogScope)

public:
    explicit LogScope(const QJsonObject &fields);
    ~LogScope();

    // The fields of every scope open on this thread, merged.
    static QJsonObject current();
};

} // namespace vigil
