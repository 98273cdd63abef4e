#pragma once

// Helpers of the service-check integration tests (tst_httpcheck, tst_httpcheck_tls,
// tst_netchecks): check_server.py as a child process, a closed loopback port, and one
// CheckService::testCheck attempt waited for with a bound.

#include "checks/CheckService.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

#include <optional>

namespace vigil {
// QCOMPARE prints statuses by name ("degraded"), not as numbers.
inline char *toString(CheckStatus status)
{
    return qstrdup(checkStatusName(status).toUtf8().constData());
}
} // namespace vigil

namespace vigil::checktest {

// check_server.py: VIGIL_CHECK_SERVER (set by CTest), else the source tree's copy.
inline QString checkServerScript()
{
    const QString fromEnv = qEnvironmentVariable("VIGIL_CHECK_SERVER");
    return fromEnv.isEmpty() ? QStringLiteral(VIGIL_CHECK_SERVER) : fromEnv;
}

// Whether `pattern` matches all of `text`.
inline bool fullMatch(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

// A port on 127.0.0.1 that nothing listens on (it was free a moment ago).
inline quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// One check_server.py process; killed when this object goes away.
class CheckServer final
{
public:
    CheckServer() = default;
    ~CheckServer() { stop(); }
    Q_DISABLE_COPY_MOVE(CheckServer)

    // Starts `python3 check_server.py --port 0 <args>` and reads the port from its first line.
    // Returns an empty string on success, else why it did not start.
    QString start(const QStringList &args = {})
    {
        m_process.setProgram(QStringLiteral("/usr/bin/python3"));
        m_process.setArguments(
            QStringList{checkServerScript(), QStringLiteral("--port"), QStringLiteral("0")} + args);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return m_process.errorString();
        const QByteArray line = readLine(10000);
        bool ok = false;
        m_port = line.trimmed().toUShort(&ok);
        if (ok && m_port != 0)
            return {};
        return QStringLiteral("check_server.py %1 gave no port (first line \"%2\"): %3")
            .arg(args.join(u' '), QString::fromUtf8(line),
                 QString::fromUtf8(m_process.readAllStandardError()));
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    quint16 port() const { return m_port; }
    QUrl url(const QString &path, const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_port).arg(path));
    }

    // The next line the server printed on stdout, waiting up to timeoutMs; empty if none.
    QByteArray readLine(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running &&
               timer.elapsed() < timeoutMs)
            m_process.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - timer.elapsed())));
        return m_process.canReadLine() ? m_process.readLine().trimmed() : QByteArray();
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// A CheckService in the test's thread, for one testCheck() attempt at a time.
class CheckRunner final
{
public:
    CheckRunner() = default;
    Q_DISABLE_COPY_MOVE(CheckRunner)

    struct Outcome
    {
        std::optional<CheckResult> result; // none: no testFinished within the wait
        qint64 elapsedMs = 0;
    };

    // Runs one attempt and waits at most waitMs for its result.
    Outcome run(const CheckSpec &spec, int waitMs)
    {
        const quint64 id = ++m_lastId;
        QSignalSpy spy(&m_service, &CheckService::testFinished);
        QElapsedTimer timer;
        timer.start();
        m_service.testCheck(id, spec);
        while (spy.isEmpty() && timer.elapsed() < waitMs)
            spy.wait(int(qMax<qint64>(1, waitMs - timer.elapsed())));
        Outcome out;
        out.elapsedMs = timer.elapsed();
        if (!spy.isEmpty() && spy.first().at(0).toULongLong() == id)
            out.result = spy.first().at(1).value<CheckResult>();
        return out;
    }

    // Empty when every attempt so far reported exactly once (checked after a short grace
    // period, so that a late second report would be seen), else what went wrong.
    QString eachReportedOnce()
    {
        QTest::qWait(200);
        QSet<quint64> seen;
        for (const QList<QVariant> &args : std::as_const(m_all)) {
            const quint64 id = args.at(0).toULongLong();
            if (seen.contains(id))
                return QStringLiteral("attempt %1 reported twice").arg(id);
            seen.insert(id);
        }
        if (quint64(seen.size()) != m_lastId)
            return QStringLiteral("%1 attempts, %2 reports").arg(m_lastId).arg(seen.size());
        return {};
    }

    CheckService &service() { return m_service; }

private:
    CheckService m_service{Clock::system()};
    QSignalSpy m_all{&m_service, &CheckService::testFinished};
    quint64 m_lastId = 0;
};

// A check of `type` named after the test row, with a short timeout.
inline CheckSpec makeSpec(CheckType type, const QString &name, qint64 timeoutMs = 5000)
{
    CheckSpec spec;
    spec.name = name;
    spec.type = type;
    spec.timeoutMs = timeoutMs;
    spec.retries = 0;
    return spec;
}

} // namespace vigil::checktest
