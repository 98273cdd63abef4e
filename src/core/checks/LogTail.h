#pragma once

#include "ProbeOutcome.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QRegularExpression>
#include <QString>
#include <QtGlobal>

#include <utility>

namespace vigil {

// Follows a log file like `tail -F` and counts the matching lines appended between runs.
// The descriptor stays open between runs, so after a rename (logrotate) the rest of the old
// file is still read before switching to the new file from its start. Truncation restarts at
// offset 0; a vanished file is reported and read from its start when it comes back. Memory and
// work per run are bounded: lines are cut at MaxLineBytes, at most ReadBudgetBytes are read per
// run (older bytes are skipped to catch up, and the message says so).
class LogTail final
{
public:
    struct Options
    {
        QString check;
        QString path;
        // QRegularExpression, unanchored, matched against each line (invalid UTF-8 decoded
        // lossily). Empty means use minLevel; when both are set a line must satisfy both.
        QString pattern;
        // For JSON lines: "trace", "debug", "info", "warning"/"warn", "error",
        // "critical"/"fatal". A line counts when its "level", "severity" or "lvl" string
        // (case-insensitive) is at or above it; lines that are not JSON objects never count.
        QString minLevel;
        double maxPerMinute = 0; // > 0: Unhealthy when the rate exceeds it
        bool fromStart = false;  // false: start at the current end of the file, like tail -f
    };

    static constexpr qsizetype MaxLineBytes = 64 * 1024;
    static constexpr qint64 ReadBudgetBytes = 8 * 1024 * 1024;

    // Movable (the probe factory keeps one per check), not copyable: it owns a descriptor.
    explicit LogTail(Options options);

    // Empty when the options are usable, else one line saying what is wrong.
    static QString validate(const Options &options);

    // Publishes check_log_matches_total (since construction) and, from the second run on,
    // check_log_matches_per_minute (this run's matches over the monotonic time since the last).
    ProbeOutcome run(qint64 nowMs, qint64 monoNs);

    const Options &options() const { return m_options; }
    quint64 totalMatches() const { return m_total; }
    // Bytes of an unfinished last line held until its newline arrives (at most MaxLineBytes).
    qsizetype bufferedBytes() const { return m_partial.size(); }

private:
    struct Run;
    // The open log file; closes itself and moves without duplicating the descriptor.
    class Descriptor
    {
    public:
        Descriptor() = default;
        Descriptor(Descriptor &&other) noexcept
            : m_fd(std::exchange(other.m_fd, -1))
        {}
        Descriptor &operator=(Descriptor &&other) noexcept
        {
            std::swap(m_fd, other.m_fd);
            return *this;
        }
        ~Descriptor() { reset(); }
        int get() const { return m_fd; }
        bool isOpen() const { return m_fd >= 0; }
        void reset(int fd = -1);

    private:
        int m_fd = -1;
    };

    bool openFile(Run &run);
    bool readAvailable(Run &run);
    void consume(const char *data, qsizetype size, Run &run);
    void finishPartial(Run &run);
    void processLine(QByteArrayView line, Run &run);
    int lineLevel(QByteArrayView line) const;
    ProbeOutcome finish(Run &run, qint64 monoNs);

    Options m_options;
    QString m_invalid;
    QRegularExpression m_regex;
    int m_minLevel = -1; // rank of minLevel, -1 when unused

    Descriptor m_file;
    quint64 m_device = 0; // identity of the open file, to notice a rename
    quint64 m_inode = 0;
    qint64 m_offset = 0;
    QByteArray m_partial;         // start of a line whose newline has not arrived yet
    bool m_partialCut = false;    // m_partial reached MaxLineBytes; the rest is dropped
    bool m_skipToNewline = false; // mid-line after starting at the end or skipping ahead

    bool m_firstRun = true;
    bool m_havePrevious = false;
    qint64 m_previousMonoNs = 0;
    quint64 m_total = 0;
};

} // namespace vigil
