#pragma once

// One tests/integration/scripted_receiver.py process (a real HTTP server on 127.0.0.1) that
// logs every request to a JSON-lines file; killed when destroyed. Shared by the delivery, the
// engine notification and the channel settings tests.

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace vigil::test {

class ScriptedReceiver final
{
public:
    explicit ScriptedReceiver(QString logPath)
        : m_log(std::move(logPath))
    {}
    ~ScriptedReceiver() { stop(); }
    Q_DISABLE_COPY_MOVE(ScriptedReceiver)

    // The script: $VIGIL_SCRIPTED_RECEIVER (set by CTest), else the path compiled in.
    static QString script()
    {
        const QString fromEnv = qEnvironmentVariable("VIGIL_SCRIPTED_RECEIVER");
        return fromEnv.isEmpty() ? QStringLiteral(VIGIL_SCRIPTED_RECEIVER) : fromEnv;
    }

    // Empty on success, else why the receiver did not come up. args: --script 500,200 etc.
    QString start(const QStringList &args = {}, quint16 port = 0, int waitMs = 10000)
    {
        m_process.setProgram(QStringLiteral("/usr/bin/python3"));
        m_process.setArguments(QStringList{script(), QStringLiteral("--port"),
                                           QString::number(port), QStringLiteral("--log"), m_log} +
                               args);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return m_process.errorString();
        QElapsedTimer t;
        t.start();
        while (!m_process.canReadLine() && t.elapsed() < waitMs &&
               m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(100);
        const QByteArray line = m_process.readLine().trimmed();
        m_port = line.mid(line.lastIndexOf(':') + 1).toUShort();
        if (line.startsWith("listening ") && m_port != 0)
            return {};
        return QStringLiteral("no port from the receiver (\"%1\"): %2")
            .arg(QString::fromUtf8(line), QString::fromUtf8(m_process.readAllStandardError()));
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    // The requests received so far (on `path` only, when given), oldest first.
    QList<QJsonObject> records(const QString &path = QString()) const
    {
        QList<QJsonObject> out;
        QFile f(m_log);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject record = QJsonDocument::fromJson(line).object();
            if (path.isEmpty() || record.value(QLatin1String("path")).toString() == path)
                out.append(record);
        }
        return out;
    }

private:
    QString m_log;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace vigil::test
