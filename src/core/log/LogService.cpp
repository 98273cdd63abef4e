#include "LogService.h"

#include "LogScope.h"
#include "LogWriter.h"
#include "Redaction.h"
#include "storage/AlertStore.h"
#include "util/Clock.h"

#include <QDir>
#include <QLoggingCategory>
#include <QReadWriteLock>

namespace vigil {

namespace {

QReadWriteLock g_lock;
LogService *g_service = nullptr;
QtMessageHandler g_previous = nullptr;
thread_local bool t_inHandler = false;
constexpr int kFatalFlushMs = 2000;

} // namespace

void logMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // A message logged while handling one (a Qt warning from the JSON or regex code) goes to
    // the previous handler rather than recursing.
    if (t_inHandler) {
        if (g_previous)
            g_previous(type, context, message);
        return;
    }
    t_inHandler = true;
    {
        QReadLocker lock(&g_lock);
        if (g_service)
            g_service->enqueue(type, context, message);
        else if (g_previous)
            g_previous(type, context, message);
    }
    t_inHandler = false;
}

LogService::LogService(const LogOptions &options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(clock)
    , m_queue(options.queueCapacity)
    , m_tail(new RecentLog(options.tailCapacity, this))
{
    qRegisterMetaType<LogEntry>();
    qRegisterMetaType<QList<LogEntry>>();
}

LogService::~LogService()
{
    stop();
}

QString LogService::directoryFor(const QString &dataDir)
{
    return QDir(dataDir.isEmpty() ? AlertStore::defaultDataDir() : dataDir)
        .filePath(QStringLiteral("logs"));
}

QString LogService::filePath() const
{
    return LogFile(m_options.directory).path();
}

void LogService::start()
{
    installHandler();
    startWriter();
}

void LogService::installHandler()
{
    QWriteLocker lock(&g_lock);
    if (g_service == this)
        return;
    Q_ASSERT_X(!g_service, "LogService", "one LogService at a time");
    g_service = this;
    g_previous = qInstallMessageHandler(logMessageHandler);
}

void LogService::startWriter()
{
    if (m_writer)
        return;
    LogWriter::Options o;
    o.directory = m_options.directory;
    o.maxFileBytes = m_options.maxFileBytes;
    o.keepFiles = m_options.keepFiles;
    o.tailEntries = m_options.tailCapacity;
    o.echoToStderr = m_options.echoToStderr;
    m_writer = std::make_unique<LogWriter>(m_queue, o, m_clock);
    connect(m_writer.get(), &LogWriter::entriesReady, m_tail, &RecentLog::append,
            Qt::QueuedConnection);
    m_writer->start(QThread::LowPriority);
}

void LogService::stop()
{
    {
        QWriteLocker lock(&g_lock);
        if (g_service == this) {
            qInstallMessageHandler(g_previous);
            g_service = nullptr;
            g_previous = nullptr;
        }
    }
    m_queue.close();
    if (m_writer) {
        m_writer->wait();
        m_writer.reset();
    }
}

void LogService::enqueue(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogRecord r;
    r.entry.timeMs = m_clock.nowMs();
    r.entry.level = logLevelFromQt(type);
    r.entry.category = QString::fromUtf8(context.category ? context.category : "default");
    r.entry.message = redactSecrets(message);
    r.entry.fields = redactFields(LogScope::current());
    if (m_options.echoToStderr)
        r.stderrLine = qFormatLogMessage(type, context, r.entry.message).toLocal8Bit() + '\n';
    m_queue.push(std::move(r));
    // qFatal aborts as soon as the handler returns: give the writer a moment to get it out.
    if (type == QtFatalMsg && m_writer && QThread::currentThread() != m_writer.get())
        m_queue.waitUntilWritten(kFatalFlushMs);
}

std::optional<LogLevel> parseLogLevel(const QString &name)
{
    const std::optional<LogLevel> level = logLevelFromName(name.trimmed().toLower());
    if (!level || *level == LogLevel::Fatal)
        return std::nullopt;
    return level;
}

QString logFilterRules(LogLevel level)
{
    const auto rule = [level](const char *name, LogLevel at) {
        return QStringLiteral("vigil.*.%1=%2\n")
            .arg(QLatin1String(name),
                 level <= at ? QStringLiteral("true") : QStringLiteral("false"));
    };
    return rule("debug", LogLevel::Debug) + rule("info", LogLevel::Info) +
           rule("warning", LogLevel::Warning) + rule("critical", LogLevel::Error);
}

void applyLogLevel(LogLevel level)
{
    QLoggingCategory::setFilterRules(logFilterRules(level));
}

} // namespace vigil
