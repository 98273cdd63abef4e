#include "LogTail.h"

#include "series/Unit.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

#include <QCoreApplication>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace vigil {

namespace {

constexpr qsizetype ChunkBytes = 64 * 1024;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

// Severity ranks, lowest first; the names loggers commonly write.
int levelRank(QStringView level)
{
    static const struct
    {
        const char *name;
        int rank;
    } levels[] = {
        {"trace", 0},  {"debug", 1},    {"info", 2},      {"information", 2},
        {"notice", 2}, {"warn", 3},     {"warning", 3},   {"error", 4},
        {"err", 4},    {"critical", 5}, {"crit", 5},      {"fatal", 5},
        {"alert", 5},  {"emerg", 5},    {"emergency", 5}, {"panic", 5},
    };
    for (const auto &entry : levels) {
        if (level.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.rank;
    }
    return -1;
}

// "60", "2.5": whole numbers without decimals.
QString shortNumber(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    return QString::number(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1);
}

} // namespace

// What one run read and found.
struct LogTail::Run
{
    qint64 budget = ReadBudgetBytes;
    quint64 matches = 0;
    qint64 skippedBytes = 0;
    int cutLines = 0;
    QStringList notes;
    QString error; // set when the run is Unhealthy for a reason other than the rate
};

LogTail::LogTail(Options options)
    : m_options(std::move(options))
    , m_invalid(validate(m_options))
    , m_regex(m_options.pattern)
    , m_minLevel(m_options.minLevel.isEmpty() ? -1 : levelRank(m_options.minLevel))
{}

void LogTail::Descriptor::reset(int fd)
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
}

QString LogTail::validate(const Options &options)
{
    if (options.path.isEmpty())
        return QCoreApplication::translate("vigil::LogTail", "a path is required");
    if (options.pattern.isEmpty() && options.minLevel.isEmpty())
        return QCoreApplication::translate("vigil::LogTail",
                                           "either a pattern or a minimum level is required");
    if (!options.pattern.isEmpty()) {
        const QRegularExpression regex(options.pattern);
        if (!regex.isValid())
            return QCoreApplication::translate("vigil::LogTail", "invalid pattern: %1 at offset %2")
                .arg(regex.errorString())
                .arg(regex.patternErrorOffset());
    }
    if (!options.minLevel.isEmpty() && levelRank(options.minLevel) < 0)
        return QCoreApplication::translate(
                   "vigil::LogTail",
                   "unknown level \"%1\" (use debug, info, warning, error or critical)")
            .arg(options.minLevel);
    if (!(options.maxPerMinute >= 0) || std::isinf(options.maxPerMinute))
        return QCoreApplication::translate(
            "vigil::LogTail", "the maximum rate must be a number of 0 (no limit) or more");
    return {};
}

bool LogTail::openFile(Run &run)
{
    const QByteArray path = QFile::encodeName(m_options.path);
    // O_NONBLOCK: should the path have become a FIFO since stat(), open() must not hang.
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        run.error = m_options.path + QStringLiteral(": ") + errnoText(errno);
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        run.error = QCoreApplication::translate("vigil::LogTail", "%1: not a regular file")
                        .arg(m_options.path);
        return false;
    }
    m_file.reset(fd);
    m_device = quint64(st.st_dev);
    m_inode = quint64(st.st_ino);
    m_offset = 0;
    m_partial.clear();
    m_partialCut = false;
    m_skipToNewline = false;
    // Like tail -f, the first run starts at the end; a file that appears later (created or
    // rotated in) is new, so it is read from its start.
    if (m_firstRun && !m_options.fromStart && st.st_size > 0) {
        m_offset = qint64(st.st_size);
        char last = '\n';
        if (::pread(m_file.get(), &last, 1, m_offset - 1) == 1 && last != '\n')
            m_skipToNewline = true; // the rest of a line already under way is not ours
    }
    return true;
}

bool LogTail::readAvailable(Run &run)
{
    struct stat st;
    if (::fstat(m_file.get(), &st) != 0) {
        run.error = m_options.path + QStringLiteral(": ") + errnoText(errno);
        return false;
    }
    qint64 available = qint64(st.st_size) - m_offset;
    if (available <= 0)
        return true;
    if (available > run.budget) {
        // Too far behind: skip the oldest bytes so the count stays about the present.
        const qint64 skip = available - run.budget;
        run.skippedBytes += skip;
        m_offset += skip;
        available = run.budget;
        m_partial.clear();
        m_partialCut = false;
        char before = '\n'; // landing just after a newline loses no line
        m_skipToNewline =
            ::pread(m_file.get(), &before, 1, off_t(m_offset - 1)) != 1 || before != '\n';
    }
    QByteArray chunk(qsizetype(qMin<qint64>(available, ChunkBytes)), Qt::Uninitialized);
    while (available > 0) {
        const ssize_t n = ::pread(m_file.get(), chunk.data(),
                                  size_t(qMin<qint64>(available, chunk.size())), off_t(m_offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            run.error = m_options.path + QStringLiteral(": ") + errnoText(errno);
            return false;
        }
        if (n == 0)
            break; // shrank while reading; the next run sees the truncation
        consume(chunk.constData(), qsizetype(n), run);
        m_offset += n;
        available -= n;
        run.budget -= n;
    }
    return true;
}

void LogTail::consume(const char *data, qsizetype size, Run &run)
{
    const char *p = data;
    const char *const end = data + size;
    while (p < end) {
        const auto *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = newline ? newline : end;
        const char *next = newline ? newline + 1 : end;
        if (m_skipToNewline) {
            m_skipToNewline = !newline;
        } else if (newline && m_partial.isEmpty()) {
            // The common case: a whole line inside the chunk, matched without copying.
            const qsizetype length = lineEnd - p;
            if (length > MaxLineBytes)
                ++run.cutLines;
            processLine(QByteArrayView(p, qMin(length, MaxLineBytes)), run);
        } else {
            const qsizetype room = MaxLineBytes - m_partial.size();
            const qsizetype length = lineEnd - p;
            m_partial.append(p, qMin(length, room));
            if (length > room)
                m_partialCut = true;
            if (newline)
                finishPartial(run);
        }
        p = next;
    }
}

// Counts the buffered line (completed, or left unfinished in a file we stop reading).
void LogTail::finishPartial(Run &run)
{
    if (!m_partial.isEmpty() || m_partialCut) {
        if (m_partialCut)
            ++run.cutLines;
        processLine(m_partial, run);
    }
    m_partial.clear();
    m_partialCut = false;
    m_skipToNewline = false;
}

void LogTail::processLine(QByteArrayView line, Run &run)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (!m_options.pattern.isEmpty() && !m_regex.match(QString::fromUtf8(line)).hasMatch())
        return;
    if (m_minLevel >= 0 && lineLevel(line) < m_minLevel)
        return;
    ++run.matches;
}

int LogTail::lineLevel(QByteArrayView line) const
{
    qsizetype start = 0;
    while (start < line.size() && (line[start] == ' ' || line[start] == '\t'))
        ++start;
    if (start == line.size() || line[start] != '{')
        return -1; // not JSON: cheap to reject before parsing
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error == QJsonParseError::IllegalUTF8String) // match on the lossy decode
        document = QJsonDocument::fromJson(QString::fromUtf8(line).toUtf8());
    const QJsonObject object = document.object();
    for (const QLatin1String key :
         {QLatin1String("level"), QLatin1String("severity"), QLatin1String("lvl")}) {
        const QJsonValue value = object.value(key);
        if (value.isString())
            return levelRank(value.toString());
    }
    return -1;
}

ProbeOutcome LogTail::run(qint64 nowMs, qint64 monoNs)
{
    Q_UNUSED(nowMs) // samples are stamped by the caller; rates use the monotonic clock
    if (!m_invalid.isEmpty()) {
        ProbeOutcome outcome;
        outcome.target = m_options.path;
        outcome.message = m_invalid;
        return outcome;
    }

    Run run;
    struct stat st;
    const bool exists = ::stat(QFile::encodeName(m_options.path).constData(), &st) == 0;
    const int statError = exists ? 0 : errno;
    const bool sameFile = exists && m_file.isOpen() && quint64(st.st_dev) == m_device &&
                          quint64(st.st_ino) == m_inode;
    if (m_file.isOpen() && !sameFile) {
        // Renamed away or deleted: the open descriptor still reads what was left in it.
        readAvailable(run);
        finishPartial(run);
        m_file.reset();
        if (exists)
            run.notes.append(QCoreApplication::translate("vigil::LogTail", "rotated"));
    }

    if (!exists) {
        const QString why = statError == ENOENT || statError == ENOTDIR
                                ? QCoreApplication::translate("vigil::LogTail", "not found")
                                : errnoText(statError);
        run.error = m_options.path + QStringLiteral(": ") + why;
    } else if (!S_ISREG(st.st_mode)) {
        run.error = QCoreApplication::translate("vigil::LogTail", "%1: not a regular file")
                        .arg(m_options.path);
    } else if (m_file.isOpen() || openFile(run)) {
        struct stat current;
        if (::fstat(m_file.get(), &current) == 0 && qint64(current.st_size) < m_offset) {
            finishPartial(run);
            m_offset = 0;
            run.notes.append(
                QCoreApplication::translate("vigil::LogTail", "truncated, reading from the start"));
        }
        readAvailable(run);
    }
    m_firstRun = false;
    return finish(run, monoNs);
}

ProbeOutcome LogTail::finish(Run &run, qint64 monoNs)
{
    ProbeOutcome outcome;
    outcome.target = m_options.path;
    m_total += run.matches;
    outcome.samples.append(
        {checkSeriesId(QStringLiteral("check_log_matches_total"), m_options.check),
         double(m_total)});

    const bool haveRate = m_havePrevious && monoNs > m_previousMonoNs;
    const double elapsedSeconds = haveRate ? double(monoNs - m_previousMonoNs) / 1e9 : 0.0;
    const double perMinute = haveRate ? double(run.matches) * 60.0 / elapsedSeconds : 0.0;
    m_havePrevious = true;
    m_previousMonoNs = monoNs;
    if (haveRate)
        outcome.samples.append(
            {checkSeriesId(QStringLiteral("check_log_matches_per_minute"), m_options.check),
             perMinute});

    const int matches = int(run.matches);
    const QString lines =
        matches == 1
            ? QCoreApplication::translate("vigil::LogTail", "%n matching line", nullptr, matches)
            : QCoreApplication::translate("vigil::LogTail", "%n matching lines", nullptr, matches);
    const bool limited = m_options.maxPerMinute > 0;
    if (haveRate) {
        QString rate = QString::number(perMinute, 'f', 1) + QStringLiteral("/min");
        if (limited)
            rate += QCoreApplication::translate("vigil::LogTail", ", max %1/min")
                        .arg(shortNumber(m_options.maxPerMinute));
        outcome.message = QCoreApplication::translate("vigil::LogTail", "%1 in the last %2 s (%3)")
                              .arg(lines, shortNumber(elapsedSeconds), rate);
    } else {
        outcome.message =
            QCoreApplication::translate("vigil::LogTail", "%1 (rate from the next run)").arg(lines);
    }
    if (run.skippedBytes > 0)
        run.notes.append(QCoreApplication::translate("vigil::LogTail", "skipped %1 to catch up")
                             .arg(formatValue(double(run.skippedBytes), Unit::Bytes)));
    if (run.cutLines > 0)
        run.notes.append(
            QCoreApplication::translate("vigil::LogTail", "%1 over %2 cut")
                .arg(run.cutLines == 1
                         ? QCoreApplication::translate("vigil::LogTail", "%n line", nullptr, 1)
                         : QCoreApplication::translate("vigil::LogTail", "%n lines", nullptr,
                                                       int(run.cutLines)),
                     formatValue(double(MaxLineBytes), Unit::Bytes)));
    // The error leads; the count only matters then when the old file still had matches.
    QStringList parts;
    if (!run.error.isEmpty())
        parts.append(run.error);
    if (run.error.isEmpty() || run.matches > 0)
        parts.append(outcome.message);
    outcome.message = (parts + run.notes).join(QStringLiteral("; "));

    if (!run.error.isEmpty()) {
        outcome.verdict = ProbeVerdict::Unhealthy;
    } else if (haveRate && limited && perMinute > m_options.maxPerMinute) {
        outcome.verdict = ProbeVerdict::Unhealthy;
    } else {
        // Skipped bytes make the count a lower bound.
        outcome.verdict = run.skippedBytes > 0 ? ProbeVerdict::Degraded : ProbeVerdict::Healthy;
    }
    return outcome;
}

} // namespace vigil
