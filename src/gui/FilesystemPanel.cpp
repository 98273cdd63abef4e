#include "FilesystemPanel.h"

#include "series/MetricStore.h"
#include "series/Unit.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace vigil {

namespace {
const QString kUsed = QStringLiteral("filesystem_used_percent");
const QString kSize = QStringLiteral("filesystem_size_bytes");
const QString kAvail = QStringLiteral("filesystem_avail_bytes");
const char *const kMountProperty = "vigilMount";

// Same colours as the status: the built-in thresholds are 80 % (warning) and 90 % (critical).
QString barStyle(double percent)
{
    const char *colour = percent >= 90 ? "#d62728" : percent >= 80 ? "#ff7f0e" : "#2ca02c";
    return QStringLiteral("QProgressBar::chunk { background-color: %1; }")
        .arg(QLatin1String(colour));
}
} // namespace

FilesystemPanel::FilesystemPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    auto *title = new QLabel(tr("Filesystems"));
    QFont bold = font();
    bold.setBold(true);
    title->setFont(bold);
    outer->addWidget(title);
    m_empty = new QLabel(tr("Waiting for data…"));
    m_empty->setEnabled(false);
    outer->addWidget(m_empty);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(2, 1);
    m_grid->setHorizontalSpacing(12);
    outer->addLayout(m_grid);
}

void FilesystemPanel::rebuild(const QStringList &mounts)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_mounts = mounts;
    for (int row = 0; row < mounts.size(); ++row) {
        auto *name = new QLabel(mounts[row]);
        name->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *detail = new QLabel;
        detail->setEnabled(false);
        auto *bar = new QProgressBar;
        bar->setRange(0, 1000);
        bar->setTextVisible(false);
        bar->setMaximumHeight(14);
        auto *text = new QLabel;
        for (QWidget *w : {static_cast<QWidget *>(name), static_cast<QWidget *>(detail),
                           static_cast<QWidget *>(bar), static_cast<QWidget *>(text)})
            w->setProperty(kMountProperty, mounts[row]);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(detail, row, 1);
        m_grid->addWidget(bar, row, 2);
        m_grid->addWidget(text, row, 3);
    }
}

void FilesystemPanel::refresh(const MetricStore &store)
{
    const QList<SeriesId> used = store.seriesNamed(kUsed);
    const qint64 newest = store.lastTimeMs();
    QStringList mounts;
    QList<SeriesId> current;
    for (const SeriesId &id : used) {
        // A filesystem unmounted since stops reporting: leave it out of the "current" view.
        const auto last = store.latest(id);
        if (last && newest - last->timeMs <= 10000) {
            mounts.append(id.label(u"mount"));
            current.append(id);
        }
    }
    m_empty->setVisible(mounts.isEmpty());
    if (mounts != m_mounts)
        rebuild(mounts);
    for (int row = 0; row < current.size(); ++row) {
        const SeriesId &id = current[row];
        const double percent = store.latest(id)->value;
        const auto size = store.latest(SeriesId(kSize, id.labels()));
        const auto avail = store.latest(SeriesId(kAvail, id.labels()));
        auto *detail = qobject_cast<QLabel *>(m_grid->itemAtPosition(row, 1)->widget());
        auto *bar = qobject_cast<QProgressBar *>(m_grid->itemAtPosition(row, 2)->widget());
        auto *text = qobject_cast<QLabel *>(m_grid->itemAtPosition(row, 3)->widget());
        detail->setText(id.label(u"fstype") + u' ' + id.label(u"device"));
        bar->setValue(int(percent * 10));
        bar->setStyleSheet(barStyle(percent));
        QString t = tr("%1 used").arg(formatValue(percent, Unit::Percent));
        if (size && avail)
            t += tr(" · %1 free of %2")
                     .arg(formatValue(avail->value, Unit::Bytes),
                          formatValue(size->value, Unit::Bytes));
        text->setText(t);
        bar->setToolTip(t);
    }
}

QString FilesystemPanel::rowText(const QString &mount) const
{
    const int row = int(m_mounts.indexOf(mount));
    if (row < 0)
        return {};
    return qobject_cast<QLabel *>(m_grid->itemAtPosition(row, 3)->widget())->text();
}

} // namespace vigil
