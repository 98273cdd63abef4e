#pragma once

#include "checks/PromText.h"
#include "series/Sample.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace vigil {

// Target ingestion for the `prometheus` service check: turns successive parsed scrapes of one
// target into Vigil sample batches.
//  * Every kept sample gets the label target=<Options::target>. A scraped "target" label is
//    renamed to "exported_target" ("exported_exported_target" if that is taken too), as
//    Prometheus does with honor_labels: false.
//  * allow / deny are regexes fully matched against the sample's metric name (as written in the
//    exposition, e.g. "http_duration_seconds_bucket", like Prometheus' __name__): a sample is kept
//    when allow is empty or one allow pattern matches, and no deny pattern matches.
//  * NaN values are skipped. At most maxSeries scraped series are kept per scrape, the first
//    ones in exposition order; the rest count as droppedByLimit.
//  * Counters (TYPE counter, and the _sum and _count of histograms and summaries) also produce
//    "<name>:rate" with the same labels: the per-second increase since the previous scrape, by
//    monotonic time. None on the first scrape a series appears in, and none when the counter
//    went down (a reset). Only the latest scrape's counter values are remembered.
//  * Timestamps in the exposition are ignored: everything is stamped with ingest()'s timeMs.
// Not thread-safe; one instance per target, used from one thread.
class PromTarget final
{
public:
    struct Options
    {
        QString target;       // value of the "target" label; must not be empty
        QStringList allow;    // regexes on the metric name, full match; empty = all
        QStringList deny;     // regexes on the metric name, full match
        int maxSeries = 2000; // scraped series kept per scrape (":rate" series not counted)
    };

    struct Result
    {
        SampleBatch batch;       // kept samples in exposition order, each followed by its rate
        int seriesTotal = 0;     // samples in the scrape
        int seriesKept = 0;      // scraped samples in the batch (":rate" samples not counted)
        int droppedByFilter = 0; // rejected by allow / deny
        int droppedByLimit = 0;  // beyond maxSeries
        int droppedNaN = 0;      // NaN values
        QStringList errors;      // the parse errors, then this target's own problems
    };

    explicit PromTarget(Options options);
    Q_DISABLE_COPY_MOVE(PromTarget)

    // Empty when the options are usable, else what is wrong, e.g.
    // "allow pattern \"(\": missing closing parenthesis at offset 1".
    static QString validate(const Options &options);

    const Options &options() const { return m_options; }
    // validate() of the constructor's options. With an error, ingest() keeps nothing.
    const QString &configError() const { return m_configError; }

    // monoNs: monotonic time of this scrape (for rates); timeMs: wall time stamped on the batch.
    Result ingest(const promtext::ParseResult &parsed, qint64 timeMs, qint64 monoNs);

    // Counter values remembered from the latest scrape.
    qsizetype trackedCounters() const { return m_previous.size(); }

private:
    bool isWanted(const QString &name) const;
    SeriesId withTargetLabel(const SeriesId &scraped) const;

    const Options m_options;
    QString m_configError;
    QList<QRegularExpression> m_allow;
    QList<QRegularExpression> m_deny;
    QHash<SeriesId, double> m_previous; // counter values of the latest scrape, by output id
    qint64 m_previousMonoNs = 0;
};

} // namespace vigil
