#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace vigil {

class MetricStore;

// Current use of every filesystem: one row per mount with a bar, "used %" and "free of size".
class FilesystemPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesystemPanel)

public:
    explicit FilesystemPanel(QWidget *parent = nullptr);

    void refresh(const MetricStore &store);
    QStringList mounts() const { return m_mounts; }
    // The text of one mount's row ("24.6 % used · 12.3 GiB free of 50.0 GiB"), for tests.
    QString rowText(const QString &mount) const;

private:
    void rebuild(const QStringList &mounts);

    QGridLayout *m_grid = nullptr;
    QLabel *m_empty = nullptr;
    QStringList m_mounts;
};

} // namespace vigil
