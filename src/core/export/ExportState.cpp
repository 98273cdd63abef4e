#include "ExportState.h"

#include <QSet>

namespace vigil {

namespace {
// A check batch carries check="<name>" on its check_* series.
QString checkOf(const SampleBatch &batch)
{
    for (const SeriesSample &s : batch.samples) {
        const QString name = s.id.label(u"check");
        if (!name.isEmpty())
            return name;
    }
    return {};
}
} // namespace

void ExportState::applyCheckBatch(const SampleBatch &batch)
{
    history.append(batch);
    const QString check = checkOf(batch);
    if (!check.isEmpty())
        checkBatches.insert(check, batch);
}

void ExportState::setChecks(const QList<CheckState> &states)
{
    checks = states;
    QSet<QString> names;
    for (const CheckState &s : states)
        names.insert(s.spec.name);
    for (auto it = checkBatches.begin(); it != checkBatches.end();) {
        if (names.contains(it.key()))
            ++it;
        else
            it = checkBatches.erase(it);
    }
}

void ExportState::updateCheck(const CheckState &state)
{
    for (CheckState &s : checks) {
        if (s.spec.name == state.spec.name)
            s = state;
    }
}

QString ExportState::notReadyReason(qint64 nowMs) const
{
    if (systemReceivedMs == 0)
        return QStringLiteral("the collector has not produced a sample yet");
    const qint64 age = nowMs - systemReceivedMs;
    if (age > 3 * intervalMs)
        return QStringLiteral("no sample from the collector for %1 s (interval %2 s)")
            .arg(double(age) / 1000.0, 0, 'f', 1)
            .arg(double(intervalMs) / 1000.0);
    return {};
}

} // namespace vigil
