#include "PromTarget.h"

#include <cmath>

namespace vigil {

namespace {

const QString TargetLabel = QStringLiteral("target");
const QString ExportedPrefix = QStringLiteral("exported_");
const QString RateSuffix = QStringLiteral(":rate");

QString quotedPattern(const QString &pattern)
{
    constexpr qsizetype MaxShown = promtext::MaxQuotedText;
    if (pattern.size() <= MaxShown)
        return u'"' + pattern + u'"';
    return u'"' + pattern.left(MaxShown) + QChar(0x2026) + u'"';
}

QString patternError(const QStringList &patterns, const QString &kind)
{
    for (const QString &p : patterns) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(p));
        if (!re.isValid())
            return QStringLiteral("%1 pattern %2: %3 at offset %4")
                .arg(kind, quotedPattern(p), re.errorString())
                .arg(re.patternErrorOffset());
    }
    return {};
}

QList<QRegularExpression> compile(const QStringList &patterns)
{
    QList<QRegularExpression> out;
    for (const QString &p : patterns)
        out.append(QRegularExpression(QRegularExpression::anchoredPattern(p)));
    return out;
}

bool anyMatches(const QList<QRegularExpression> &list, const QString &name)
{
    return std::any_of(list.begin(), list.end(),
                       [&](const QRegularExpression &re) { return re.match(name).hasMatch(); });
}

// Counters, and the _sum and _count children of histograms and summaries.
bool isCounter(const promtext::Family &family, const QString &name)
{
    using promtext::MetricType;
    if (family.type == MetricType::Counter)
        return true;
    if (family.type != MetricType::Histogram && family.type != MetricType::Summary)
        return false;
    return name.size() > family.name.size() && name.startsWith(family.name) &&
           (QStringView(name).sliced(family.name.size()) == u"_sum" ||
            QStringView(name).sliced(family.name.size()) == u"_count");
}

} // namespace

PromTarget::PromTarget(Options options)
    : m_options(std::move(options))
    , m_configError(validate(m_options))
{
    if (m_configError.isEmpty()) {
        m_allow = compile(m_options.allow);
        m_deny = compile(m_options.deny);
    }
}

QString PromTarget::validate(const Options &options)
{
    if (options.target.isEmpty())
        return QStringLiteral("the target label value is empty");
    if (options.maxSeries < 1)
        return QStringLiteral("maxSeries must be at least 1, not %1").arg(options.maxSeries);
    const QString allowError = patternError(options.allow, QStringLiteral("allow"));
    return allowError.isEmpty() ? patternError(options.deny, QStringLiteral("deny")) : allowError;
}

bool PromTarget::isWanted(const QString &name) const
{
    return (m_allow.isEmpty() || anyMatches(m_allow, name)) && !anyMatches(m_deny, name);
}

SeriesId PromTarget::withTargetLabel(const SeriesId &scraped) const
{
    Labels labels = scraped.labels();
    const QString exposed = scraped.label(TargetLabel);
    if (!exposed.isEmpty()) {
        QString renamed = ExportedPrefix + TargetLabel;
        while (!scraped.label(renamed).isEmpty())
            renamed.prepend(ExportedPrefix);
        labels.removeIf([](const Label &l) { return l.first == TargetLabel; });
        labels.append({renamed, exposed});
    }
    labels.append({TargetLabel, m_options.target});
    return SeriesId(scraped.name(), std::move(labels));
}

PromTarget::Result PromTarget::ingest(const promtext::ParseResult &parsed, qint64 timeMs,
                                      qint64 monoNs)
{
    Result result;
    result.batch.timeMs = timeMs;
    result.errors = parsed.errors;
    if (!m_configError.isEmpty()) {
        result.errors.append(m_configError);
        return result;
    }
    const bool haveInterval = !m_previous.isEmpty() && monoNs > m_previousMonoNs;
    const double seconds = double(monoNs - m_previousMonoNs) / 1e9;
    QHash<SeriesId, double> current;
    QHash<QString, bool> wanted; // by metric name, for this scrape only
    for (const promtext::Family &family : parsed.families) {
        for (const promtext::PromSample &sample : family.samples) {
            ++result.seriesTotal;
            const QString &name = sample.id.name();
            auto want = wanted.constFind(name);
            if (want == wanted.constEnd())
                want = wanted.insert(name, isWanted(name));
            if (!want.value()) {
                ++result.droppedByFilter;
                continue;
            }
            if (std::isnan(sample.value)) {
                ++result.droppedNaN;
                continue;
            }
            if (result.seriesKept >= m_options.maxSeries) {
                ++result.droppedByLimit;
                continue;
            }
            ++result.seriesKept;
            const SeriesId id = withTargetLabel(sample.id);
            result.batch.add(id, sample.value);
            if (!isCounter(family, name))
                continue;
            current.insert(id, sample.value);
            const auto previous = m_previous.constFind(id);
            if (!haveInterval || previous == m_previous.constEnd() || sample.value < *previous)
                continue; // first sight, or a reset: no rate for this interval
            const double rate = (sample.value - *previous) / seconds;
            if (std::isfinite(rate))
                result.batch.add(SeriesId(name + RateSuffix, id.labels()), rate);
        }
    }
    if (result.droppedByLimit > 0)
        result.errors.append(QStringLiteral("more than %1 series: %2 dropped")
                                 .arg(m_options.maxSeries)
                                 .arg(result.droppedByLimit));
    m_previous = std::move(current);
    m_previousMonoNs = monoNs;
    return result;
}

} // namespace vigil
